<%@ Page Language="C#" MasterPageFile="~/MasterPages/FormDetail.master" AutoEventWireup="true" ValidateRequest="false" CodeFile="KN301000.aspx.cs" Inherits="Page_KN301000" Title="Commerce References" %>
<%@ MasterType VirtualPath="~/MasterPages/FormDetail.master" %>

<asp:Content ID="cont1" ContentPlaceHolderID="phDS" runat="Server">
    <px:PXDataSource ID="ds" runat="server" Visible="True" Width="100%" TypeName="Kensium.Commerce.KNCommerceReferenceMaint" PrimaryView="Filter">
    </px:PXDataSource>
</asp:Content>
<asp:Content ID="cont2" ContentPlaceHolderID="phF" runat="Server">
    <px:PXFormView ID="form" runat="server" DataSourceID="ds" DataMember="Filter" Width="100%" DefaultControlID="edCustomerID">
        <Template>
            <px:PXLayoutRule runat="server" StartColumn="True" LabelsWidth="S" ControlSize="M" />
            <px:PXSelector ID="edCustomerID" runat="server" DataField="CustomerID" CommitChanges="True" />
        </Template>
    </px:PXFormView>
</asp:Content>
<asp:Content ID="cont3" ContentPlaceHolderID="phG" runat="Server">
    <px:PXGrid ID="grid" runat="server" DataSourceID="ds" Width="100%" Height="150px" SkinID="Inquire" AllowPaging="True" AdjustPageSize="Auto" SyncPosition="True">
        <Levels>
            <px:PXGridLevel DataMember="Associations">
                <Columns>
                    <px:PXGridColumn DataField="ConfigSite" Width="140" />
                    <px:PXGridColumn DataField="ConnectorType" Width="120" />
                    <px:PXGridColumn DataField="Active" Width="60" Type="CheckBox" TextAlign="Center" />
                    <px:PXGridColumn DataField="CommerceReferenceID" Width="160" />
                    <px:PXGridColumn DataField="RefNoteID" Width="260" Visible="False" SyncVisible="False" />
                    <px:PXGridColumn DataField="LastModifiedDateTime" Width="140" DisplayFormat="g" />
                </Columns>
            </px:PXGridLevel>
        </Levels>
        <AutoSize Container="Window" Enabled="True" MinHeight="150" />
    </px:PXGrid>
</asp:Content>
