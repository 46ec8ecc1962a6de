import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { checkItems, TARGET_PRODUCT_VERSION } from './item-rules';
import { encodePageSource } from './page-source';
import { formatProblem } from './problems';

const page = Buffer.from('<%@ Page Language="C#" %>\n');

/** A project.xml of a package that ships Pages\KN\KN401000.aspx, with these items. */
function project(items: string): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n<Customization level="0" description="test" product-version="${TARGET_PRODUCT_VERSION}">\n  <File AppRelativePath="Pages\\KN\\KN401000.aspx" />\n${items}\n</Customization>\n`;
}

const check = (xml: string, built = true) =>
  checkItems(xml, 'project.xml', {
    built,
    shippedFile: (path) => (path.toLowerCase() === 'pages\\kn\\kn401000.aspx' ? page : undefined),
  }).map(formatProblem);

const code = (attributes: string, source = 'public class A { }') =>
  `  <Graph ${attributes}>\n    <CDATA name="Source"><![CDATA[${source}]]></CDATA>\n  </Graph>`;

describe('the item rules (what build and the mock refuse)', () => {
  it('accepts Code items and a shipped page as real packages write them', () => {
    const xml = project(
      `${code('ClassName="A" Source="#CDATA" IsNew="True" FileType="NewFile"')}\n  <Page path="~/Pages/KN/KN401000.aspx" pageSource="${encodePageSource(page)}" />`,
    );
    assert.deepEqual(check(xml), []);
  });

  it('refuses a Code item that is not written as Acumatica writes one', () => {
    const problems = check(
      project(
        [
          code('ClassName="A" Source="App_RuntimeCode\\A.cs" IsNew="True" FileType="NewFile"'),
          code('ClassName="A" Source="#CDATA" IsNew="False" FileType="Class"'),
          code('ClassName="My-Class" Source="#CDATA" IsNew="True" FileType="NewDac"', ' '),
        ].join('\n'),
      ),
    );
    assert.deepEqual(
      problems.map((line) => line.replace(/^project\.xml:\d+: /, '')),
      [
        'the Code item A: Source must be "#CDATA", with the code in <CDATA name="Source">',
        'the Code item A: another Code item has the same ClassName',
        'the Code item A: IsNew must be "True"',
        'the Code item A: FileType "Class" is none of NewDac, NewGraph, ExistingGraph, NewFile',
        'the Code item My-Class: ClassName must be a C# identifier (it names App_RuntimeCode\\<ClassName>.cs)',
        'the Code item My-Class: it has no code (<CDATA name="Source"> is missing or empty)',
      ],
    );
  });

  it("refuses a shipped page's pageSource that is not the page, and one that is not deflated", () => {
    const other = encodePageSource(Buffer.from('<%@ Page Language="C#" Title="Other" %>\n'));
    assert.match(
      check(project(`  <Page path="~/Pages/KN/KN401000.aspx" pageSource="${other}" />`)).join('\n'),
      /pageSource is not the page the package ships \(Pages\\KN\\KN401000\.aspx\)/,
    );
    assert.match(
      check(project('  <Page path="~/Pages/KN/KN401000.aspx" pageSource="bm90IGRlZmxhdGVk" />')).join('\n'),
      /pageSource is not a raw-deflated page in base64/,
    );
  });

  it('wants pageSource only of a built package: in the project folder, build fills it in', () => {
    const xml = project('  <Page path="~/Pages/KN/KN401000.aspx" />');
    assert.deepEqual(check(xml, false), []);
    assert.match(check(xml, true).join('\n'), /pageSource is missing; it is the page the package ships/);
  });

  it('warns, and does not refuse, a changed standard form without its pageSource', () => {
    const xml = project(
      '  <Page path="~/pages/ar/ar303000.aspx" ControlId="0">\n    <PXTab ID="tab" ParentId="phG_tab" TypeFullName="PX.Web.UI.PXTab">\n      <Children Key="Items" />\n    </PXTab>\n  </Page>',
    );
    assert.deepEqual(check(xml), [
      "project.xml:4: warning: the Page item ~/pages/ar/ar303000.aspx: pageSource is missing: every real Page item carries the page it was made against, here the target site's own page; build takes it from the site's pages (--site-pages)",
    ]);
  });

  it('refuses a Page item path that is not a screen page, and a ControlId that is not a number', () => {
    const problems = check(
      project(
        '  <Page path="~/Frames/Default.aspx" />\n  <Page path="~/pages/ar/ar303000.aspx" ControlId="x" pageSource="' +
          encodePageSource(page) +
          '" />',
      ),
    ).join('\n');
    assert.match(
      problems,
      /the Page item ~\/Frames\/Default\.aspx: path must be ~\/Pages\/<module>\/<screen ID>\.aspx/,
    );
    assert.match(problems, /the Page item ~\/pages\/ar\/ar303000\.aspx: ControlId "x" is not a number/);
  });
});
