<%@ Page Language="C#" MasterPageFile="~/MasterPages/FormDetail.master" AutoEventWireup="true" ValidateRequest="false" CodeFile="KN101000.aspx.cs" Inherits="Page_KN101000" Title="Connectors" %>
<%@ MasterType VirtualPath="~/MasterPages/FormDetail.master" %>

<asp:Content ID="cont1" ContentPlaceHolderID="phDS" runat="Server">
    <px:PXDataSource ID="ds" runat="server" Visible="True" Width="100%" TypeName="Kensium.Commerce.KNConnectorConfigurationMaint" PrimaryView="Connectors">
    </px:PXDataSource>
</asp:Content>
<asp:Content ID="cont2" ContentPlaceHolderID="phF" runat="Server">
    <px:PXFormView ID="form" runat="server" DataSourceID="ds" DataMember="Connectors" Width="100%" Height="220px">
        <Template>
            <px:PXLayoutRule runat="server" StartColumn="True" LabelsWidth="M" ControlSize="M" />
            <px:PXSelector ID="edConnectorID" runat="server" DataField="ConnectorID" />
            <px:PXTextEdit ID="edName" runat="server" DataField="Name" />
            <px:PXCheckBox ID="chkActive" runat="server" DataField="Active" />
            <px:PXTextEdit ID="edConfigSite" runat="server" DataField="ConfigSite" />
            <px:PXDropDown ID="edConnectorType" runat="server" DataField="ConnectorType" />
            <px:PXLayoutRule runat="server" StartColumn="True" LabelsWidth="M" ControlSize="L" />
            <px:PXTextEdit ID="edCustomerClasses" runat="server" DataField="CustomerClasses" CommitChanges="True" />
            <px:PXCheckBox ID="chkIncludeContacts" runat="server" DataField="IncludeContacts" />
            <px:PXCheckBox ID="chkIncludeLocations" runat="server" DataField="IncludeLocations" />
        </Template>
    </px:PXFormView>
</asp:Content>
