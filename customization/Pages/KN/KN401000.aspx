<%@ Page Language="C#" MasterPageFile="~/MasterPages/ListView.master" AutoEventWireup="true" ValidateRequest="false" CodeFile="KN401000.aspx.cs" Inherits="Page_KN401000" Title="Kensium Commerce Logs" %>
<%@ MasterType VirtualPath="~/MasterPages/ListView.master" %>

<asp:Content ID="cont1" ContentPlaceHolderID="phDS" runat="Server">
    <px:PXDataSource ID="ds" runat="server" Visible="True" Width="100%" TypeName="Kensium.Commerce.KNConnectorLogMaint" PrimaryView="Logs">
    </px:PXDataSource>
</asp:Content>
<asp:Content ID="cont2" ContentPlaceHolderID="phL" runat="Server">
    <px:PXGrid ID="grid" runat="server" DataSourceID="ds" Width="100%" Height="150px" SkinID="Inquire" AllowPaging="True" AdjustPageSize="Auto" SyncPosition="True">
        <Levels>
            <px:PXGridLevel DataMember="Logs">
                <Columns>
                    <px:PXGridColumn DataField="CreatedDateTime" Width="140" DisplayFormat="g" />
                    <px:PXGridColumn DataField="Level" Width="80" />
                    <px:PXGridColumn DataField="ActionType" Width="160" />
                    <px:PXGridColumn DataField="Message" Width="400" />
                    <px:PXGridColumn DataField="EndpointUrl" Width="220" />
                    <px:PXGridColumn DataField="Description" Width="300" />
                    <px:PXGridColumn DataField="LoginUser" Width="120" />
                </Columns>
            </px:PXGridLevel>
        </Levels>
        <AutoSize Container="Window" Enabled="True" MinHeight="150" />
    </px:PXGrid>
</asp:Content>
