<%@ Page Language="C#" MasterPageFile="~/MasterPages/ListView.master" AutoEventWireup="true" ValidateRequest="false" CodeFile="KN402000.aspx.cs" Inherits="Page_KN402000" Title="Site Associations" %>
<%@ MasterType VirtualPath="~/MasterPages/ListView.master" %>

<asp:Content ID="cont1" ContentPlaceHolderID="phDS" runat="Server">
    <px:PXDataSource ID="ds" runat="server" Visible="True" Width="100%" TypeName="Kensium.Commerce.KNSiteAssociationInq" PrimaryView="Associations">
    </px:PXDataSource>
</asp:Content>
<asp:Content ID="cont2" ContentPlaceHolderID="phL" runat="Server">
    <px:PXGrid ID="grid" runat="server" DataSourceID="ds" Width="100%" Height="400px" SkinID="PrimaryInquire" AllowPaging="True" AdjustPageSize="Auto" AllowSearch="True" SyncPosition="True">
        <Levels>
            <px:PXGridLevel DataMember="Associations">
                <Columns>
                    <px:PXGridColumn DataField="BAccountID" Width="140" />
                    <px:PXGridColumn DataField="ConfigSite" Width="140" />
                    <px:PXGridColumn DataField="ConnectorType" Width="120" />
                    <px:PXGridColumn DataField="Active" Width="60" Type="CheckBox" TextAlign="Center" />
                    <px:PXGridColumn DataField="CommerceReferenceID" Width="160" />
                    <px:PXGridColumn DataField="LastModifiedDateTime" Width="140" DisplayFormat="g" />
                    <px:PXGridColumn DataField="LastModifiedByScreenID" Width="100" />
                </Columns>
            </px:PXGridLevel>
        </Levels>
        <AutoSize Container="Window" Enabled="True" MinHeight="200" />
    </px:PXGrid>
</asp:Content>
