import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import AdmZip from 'adm-zip';
import { MCS, requireTool } from '../../test/support/required-tool';
import { buildPackage } from './build';
import { decodePageSource } from './page-source';
import { CustomizationError, formatProblem } from './problems';
import { PROJECT_DIR } from './project';
import { projectCopy, type Change } from '../../test/support/test-project';

const xml = (change: (text: string) => string): Record<string, Change> => ({ 'project.xml': change });

/** A Pages folder of a site with the three forms the project changes, each with the tab it adds a tab item to. */
function sitePages(tab = 'tab'): string {
  const dir = mkdtempSync(join(tmpdir(), 'site-pages-'));
  for (const [module, screen] of [
    ['AR', 'AR303000'],
    ['AR', 'AR303020'],
    ['CR', 'CR302000'],
  ] as const) {
    mkdirSync(join(dir, module), { recursive: true });
    writeFileSync(
      join(dir, module, `${screen}.aspx`),
      `<%@ Page Language="C#" %>\n<asp:Content ID="cont3" ContentPlaceHolderID="phG" runat="Server">\n\t<px:PXTab ID="${tab}" runat="server" />\n</asp:Content>\n`,
    );
  }
  return dir;
}

describe('customization build', () => {
  it('packs project.xml and each File item under the names Acumatica writes, with the C# as Code items', async () => {
    const built = await buildPackage(PROJECT_DIR);
    const zip = new AdmZip(built.zip);
    const entries = zip.getEntries().map((entry) => entry.entryName);
    assert.deepEqual(entries, built.entries);
    assert.deepEqual(entries, [
      'project.xml',
      'Pages\\KN\\KN101000.aspx',
      'Pages\\KN\\KN101000.aspx.cs',
      'Pages\\KN\\KN301000.aspx',
      'Pages\\KN\\KN301000.aspx.cs',
      'Pages\\KN\\KN401000.aspx',
      'Pages\\KN\\KN401000.aspx.cs',
      'Pages\\KN\\KN402000.aspx',
      'Pages\\KN\\KN402000.aspx.cs',
    ]);
    const projectXml = zip.readAsText('project.xml');
    assert.doesNotMatch(projectXml, /App_RuntimeCode/);
    assert.match(projectXml, /<Customization level="0" description="[^"]+" product-version="24\.200">/);
    const code = [...projectXml.matchAll(/<Graph ClassName="(\w+)" Source="#CDATA" IsNew="True" FileType="(\w+)">/g)];
    assert.deepEqual(
      code.map((match) => `${match[1]}:${match[2]}`),
      built.codeItems.map((item) => `${item.className}:${item.fileType}`),
    );
    assert.ok(code.some((match) => match[1] === 'KNCustomerMaintExt' && match[2] === 'NewFile'));
    assert.ok(code.some((match) => match[1] === 'KNConnectorLog' && match[2] === 'NewDac'));
    assert.ok(code.some((match) => match[1] === 'KNConnectorLogMaint' && match[2] === 'NewGraph'));
    assert.match(projectXml, /<CDATA name="Source"><!\[CDATA\[using System;\nusing System\.Collections;/);
  });

  it("gives the Page item of a page it ships that page as pageSource, and warns that the standard forms' need the site's", async () => {
    const built = await buildPackage(PROJECT_DIR);
    const zip = new AdmZip(built.zip);
    const pageSource = /<Page path="~\/Pages\/KN\/KN401000\.aspx" pageSource="([^"]+)"/.exec(
      zip.readAsText('project.xml'),
    );
    assert.ok(pageSource, 'KN401000 has a pageSource');
    assert.deepEqual(decodePageSource(pageSource[1] as string), zip.getEntry('Pages\\KN\\KN401000.aspx')?.getData());
    assert.deepEqual(
      built.warnings.map(formatProblem).map((line) => /the Page item (\S+): pageSource is missing/.exec(line)?.[1]),
      ['~/pages/ar/ar303000.aspx', '~/pages/cr/cr302000.aspx', '~/pages/ar/ar303020.aspx'],
    );
  });

  it("takes the standard forms' pageSource from the site's pages, and refuses pages without the container it changes", async () => {
    const site = sitePages();
    const built = await buildPackage(PROJECT_DIR, { sitePages: site });
    assert.deepEqual(built.warnings, []);
    const projectXml = new AdmZip(built.zip).readAsText('project.xml');
    const ar303000 = /<Page path="~\/pages\/ar\/ar303000\.aspx" ControlId="\d+" pageSource="([^"]+)"/.exec(projectXml);
    assert.match(decodePageSource(ar303000?.[1] ?? '')?.toString('utf8') ?? '', /<px:PXTab ID="tab"/);
    await assert.rejects(buildPackage(PROJECT_DIR, { sitePages: sitePages('tabOther') }), (error: unknown) => {
      assert.ok(error instanceof CustomizationError);
      assert.match(
        error.message,
        /project\.xml:\d+: the target site's ~\/pages\/cr\/cr302000\.aspx has no PXTab tab in phG/,
      );
      return true;
    });
    await assert.rejects(
      buildPackage(PROJECT_DIR, { sitePages: tmpdir() }),
      /the target site's page for ~\/pages\/ar\/ar303000\.aspx is not in/,
    );
  });

  it('reports how the C# compile check went: it ran where mcs is installed', async (t) => {
    if (requireTool(t, MCS) === undefined) return;
    const built = await buildPackage(PROJECT_DIR);
    assert.deepEqual(built.compile, { ran: true, problems: [] });
  });

  it('refuses C# that does not compile, naming the file and line', async (t) => {
    if (requireTool(t, MCS) === undefined) return;
    const dir = projectCopy({
      'App_RuntimeCode/KNCustomerMaintExt.cs': (t) =>
        t.replace('Base.GetExtension<CustomerMaint.DefContactAddressExt>().DefContact', 'Base.DefContact'),
    });
    await assert.rejects(
      buildPackage(dir),
      /KNCustomerMaintExt\.cs:\d+: error CS1061: Type `PX\.Objects\.AR\.CustomerMaint' does not contain a definition for `DefContact'/,
    );
  });

  const broken: Array<[string, Record<string, Change>, RegExp]> = [
    [
      'malformed XML',
      xml((t) => t.replace('<Table TableName="Contact">', '<Table TableName="Contact">\n<Oops>')),
      /project\.xml:\d+:\d+: the XML is malformed: Expected closing tag 'Oops'/,
    ],
    [
      'a file it names missing',
      { 'Pages/KN/KN401000.aspx.cs': null },
      /project\.xml:\d+: the File item Pages\\KN\\KN401000\.aspx\.cs names a file that is missing/,
    ],
    [
      'C# that does not parse',
      {
        'App_RuntimeCode/KNContactExt.cs': (t) =>
          t.replace(
            'public bool? UsrKNCommerceEnabled { get; set; }',
            'public bool? UsrKNCommerceEnabled { get; set; ',
          ),
      },
      /KNContactExt\.cs:\d+:\d+: C# syntax error/,
    ],
    [
      'C# shipped as a File item',
      xml((t) =>
        t.replace(
          '<File AppRelativePath="Pages\\KN\\KN101000.aspx" />',
          '<File AppRelativePath="App_RuntimeCode\\KNConstants.cs" />\n  <File AppRelativePath="Pages\\KN\\KN101000.aspx" />',
        ),
      ),
      /project\.xml:3: the File item App_RuntimeCode\\KNConstants\.cs ships C# as a file; C# ships as a Code item/,
    ],
    [
      'an XML comment among the items',
      xml((t) => t.replace('  <Table TableName="Contact">', '  <!-- the contact -->\n  <Table TableName="Contact">')),
      /project\.xml:15: an XML comment among the items/,
    ],
    [
      'another product version',
      xml((t) => t.replace('product-version="24.200"', 'product-version="24.210.0016"')),
      /project\.xml:2: product-version is 24\.210\.0016; the package is for Acumatica 2024 R2, written "24\.200"/,
    ],
    [
      'a field control that names a view',
      xml((t) =>
        t.replace(
          '<Prop Key="DataField" Value="UsrKNCustomerType" />',
          '<Prop Key="DataField" Value="UsrKNCustomerType" />\n<Prop Key="DataMember" Value="CurrentCustomer" />',
        ),
      ),
      /the Page item ~\/pages\/ar\/ar303000\.aspx: the new PXDropDown names a view \(DataMember\); only form views and grid levels do/,
    ],
    [
      'a new control set by attributes',
      xml((t) =>
        t.replace(
          '<PXCheckBox TypeFullName="PX.Web.UI.PXCheckBox">',
          '<PXCheckBox DataField="UsrKNCommerceEnabled" TypeFullName="PX.Web.UI.PXCheckBox">',
        ),
      ),
      /the new PXCheckBox sets DataField as an attribute; a new control's settings are <Prop Key="DataField" Value="…"\/>/,
    ],
    [
      'a container without its ParentId',
      xml((t) =>
        t.replace(
          '<PXTab ID="tab" ParentId="phG_tab" TypeFullName="PX.Web.UI.PXTab">',
          '<PXTab ID="tab" TypeFullName="PX.Web.UI.PXTab">',
        ),
      ),
      /project\.xml:111: the Page item ~\/pages\/ar\/ar303000\.aspx: the container tab needs a ParentId that starts with its content placeholder/,
    ],
    [
      'a new screen without access rights',
      xml((t) => t.replace(/  <ScreenWithRights[\s\S]*?<\/ScreenWithRights>\n/, '')),
      /the new screen KN101000 has no ScreenWithRights item/,
    ],
    [
      'a site map node in a workspace no site has',
      xml((t) => t.replace(/<MUIWorkspace>\s*<row [^>]*\/>\s*<\/MUIWorkspace>/, '<MUIWorkspace />')),
      /the site map node KN101000 is in the workspace [0-9a-f-]+, which the item does not define \(an MUIWorkspace row\) and a standard site does not have/,
    ],
    [
      'an endpoint field missing',
      xml((t) => t.replace('<Field name="CustomerType" type="StringValue" />', '')),
      /project\.xml:\d+: Customer lacks the field CustomerType \(StringValue\) of the contract/,
    ],
    [
      'an endpoint field of another type',
      xml((t) =>
        t.replace(
          '<Field name="KensiumCommerceEnabled" type="BooleanValue" />',
          '<Field name="KensiumCommerceEnabled" type="StringValue" />',
        ),
      ),
      /Customer\.KensiumCommerceEnabled is StringValue; the contract says BooleanValue/,
    ],
    [
      'a field without a mapping',
      xml((t) => t.replace(/<Mapping field="LoginUser">\s*<To object="Logs" field="LoginUser" \/>\s*<\/Mapping>/, '')),
      /ConnectorLog\.LoginUser has no Mapping/,
    ],
    [
      'a detail field mapped in no entity',
      xml((t) =>
        t.replaceAll(
          /<Mapping field="CommerceReferenceID">\s*<To object="SiteAssociations" field="CommerceReferenceID" \/>\s*<\/Mapping>/g,
          '',
        ),
      ),
      /SiteAssociation\.CommerceReferenceID has no Mapping/,
    ],
    [
      'an endpoint that extends another',
      xml((t) =>
        t.replace(
          '<ExtendsEndpoint name="Default" version="24.200.001" />',
          '<ExtendsEndpoint name="Default" version="23.200.001" />',
        ),
      ),
      /must extend Default\/24\.200\.001/,
    ],
    [
      'no endpoint',
      xml((t) => t.replace(/<EntityEndpoint>[\s\S]*<\/EntityEndpoint>/, '')),
      /no EntityEndpoint item defines the endpoint KensiumCommerce\/24\.200\.001/,
    ],
    [
      'an inquiry without the CustomerID column',
      xml((t) => t.replace('Caption="CustomerID"', 'Caption="Customer"')),
      /the inquiry KN Customers Changed has no result column captioned CustomerID/,
    ],
  ];
  for (const [what, changes, expected] of broken) {
    it(`refuses a project with ${what}, naming the file and line`, async () => {
      const dir = projectCopy(changes);
      await assert.rejects(buildPackage(dir), (error: unknown) => {
        assert.ok(error instanceof CustomizationError, String(error));
        const lines = error.problems.map(formatProblem);
        assert.ok(
          lines.some((line) => expected.test(line)),
          lines.join('\n'),
        );
        assert.match(
          error.message,
          /^Failed to build the customization package: \d+ problems? in the customization project\./,
        );
        return true;
      });
    });
  }

  it('reports every problem at once', async () => {
    const dir = projectCopy({
      'Pages/KN/KN401000.aspx.cs': null,
      'App_RuntimeCode/KNCustomerExt.cs': (t) =>
        t.replace('namespace Kensium.Commerce', 'namespace Kensium.Commerce {{'),
    });
    await assert.rejects(buildPackage(dir), (error: unknown) => {
      assert.ok(error instanceof CustomizationError, String(error));
      const lines = error.problems.map(formatProblem).join('\n');
      assert.match(lines, /KN401000\.aspx\.cs names a file that is missing/);
      assert.match(lines, /KNCustomerExt\.cs:\d+:\d+: C# syntax error/);
      return true;
    });
  });
});
