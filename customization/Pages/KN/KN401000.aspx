<%@ Page Language="C#" MasterPageFile="~/MasterPages/FormDetail.master" AutoEventWireup="true" ValidateRequest="false" CodeFile="KN401000.aspx.cs" Inherits="Page_KN401000" Title="Logs" %>
<%@ MasterType VirtualPath="~/MasterPages/FormDetail.master" %>

<asp:Content ID="cont1" ContentPlaceHolderID="phDS" runat="Server">
    <px:PXDataSource ID="ds" runat="server" Visible="True" Width="100%" TypeName="Kensium.Commerce.KNConnectorLogMaint" PrimaryView="Filter">
    </px:PXDataSource>
</asp:Content>
<asp:Content ID="cont2" ContentPlaceHolderID="phF" runat="Server">
    <px:PXFormView ID="form" runat="server" DataSourceID="ds" DataMember="Filter" Width="100%" DefaultControlID="edActionType">
        <Template>
            <px:PXLayoutRule runat="server" StartColumn="True" LabelsWidth="S" ControlSize="M" />
            <px:PXTextEdit ID="edActionType" runat="server" DataField="ActionType" CommitChanges="True" />
            <px:PXTextEdit ID="edMessage" runat="server" DataField="Message" CommitChanges="True" />
            <px:PXLayoutRule runat="server" StartColumn="True" LabelsWidth="XS" ControlSize="S" />
            <px:PXDropDown ID="edLevel" runat="server" DataField="Level" AllowNull="True" NullText="All" CommitChanges="True" />
            <px:PXLayoutRule runat="server" StartColumn="True" LabelsWidth="S" ControlSize="S" />
            <px:PXDateTimeEdit ID="edFromDate" runat="server" DataField="FromDate" CommitChanges="True" />
            <px:PXLayoutRule runat="server" StartColumn="True" LabelsWidth="S" ControlSize="S" />
            <px:PXDateTimeEdit ID="edFromTime" runat="server" DataField="FromTime_Time" TimeMode="True" DisplayFormat="t" EditFormat="t" CommitChanges="True" />
            <px:PXLayoutRule runat="server" StartColumn="True" LabelsWidth="S" ControlSize="S" />
            <px:PXDateTimeEdit ID="edToDate" runat="server" DataField="ToDate" CommitChanges="True" />
            <px:PXLayoutRule runat="server" StartColumn="True" LabelsWidth="S" ControlSize="S" />
            <px:PXDateTimeEdit ID="edToTime" runat="server" DataField="ToTime_Time" TimeMode="True" DisplayFormat="t" EditFormat="t" CommitChanges="True" />
        </Template>
    </px:PXFormView>
</asp:Content>
<asp:Content ID="cont3" ContentPlaceHolderID="phG" runat="Server">
    <px:PXGrid ID="grid" runat="server" DataSourceID="ds" Width="100%" Height="150px" SkinID="Inquire" AllowPaging="True" AdjustPageSize="Auto" SyncPosition="True">
        <Levels>
            <px:PXGridLevel DataMember="FilteredLogs">
                <Columns>
                    <px:PXGridColumn DataField="Level" Width="80" />
                    <px:PXGridColumn DataField="ActionType" Width="160" />
                    <px:PXGridColumn DataField="Message" Width="400" />
                    <px:PXGridColumn DataField="EndpointUrl" Width="220" />
                    <px:PXGridColumn DataField="Description" Width="300" />
                    <px:PXGridColumn DataField="LoginUser" Width="120" />
                    <px:PXGridColumn DataField="CreatedDateTime" Width="140" DisplayFormat="g" Visible="False" SyncVisible="False" />
                </Columns>
            </px:PXGridLevel>
        </Levels>
        <AutoSize Container="Window" Enabled="True" MinHeight="150" />
    </px:PXGrid>
</asp:Content>
