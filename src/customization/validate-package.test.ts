import { strict as assert } from 'node:assert';
import { before, describe, it } from 'node:test';
import AdmZip from 'adm-zip';
import { MCS, requireTool } from '../../test/support/required-tool';
import { buildPackage } from './build';
import { formatProblem } from './problems';
import { PROJECT_DIR } from './project';
import { validatePackage, type PackageContent } from './validate-package';

/** A package's entries by name, with some replaced (a string) or removed (undefined). */
function content(zip: Buffer, changes: Record<string, string | undefined> = {}): PackageContent {
  const files = new Map(new AdmZip(zip).getEntries().map((entry) => [entry.entryName, entry.getData()]));
  for (const [name, text] of Object.entries(changes))
    if (text === undefined) files.delete(name);
    else files.set(name, Buffer.from(text, 'utf8'));
  return { paths: () => [...files.keys()], get: (path) => files.get(path) };
}

const NO_MCS = { mcs: 'mcs-that-is-not-installed' };

describe('validatePackage (what the mock refuses at the validation stage of a publication)', () => {
  let zip: Buffer;
  let xml: string;
  before(async () => {
    zip = (await buildPackage(PROJECT_DIR)).zip;
    xml = new AdmZip(zip).readAsText('project.xml');
  });

  it("finds nothing to refuse in the built package: a warning for each standard form without the site's pageSource", async () => {
    const validation = await validatePackage(content(zip), NO_MCS);
    assert.deepEqual(
      validation.problems.map(
        (problem) =>
          `${problem.severity}: ${/the Page item ([^\s:]+): pageSource is missing/.exec(problem.message)?.[1]}`,
      ),
      ['warning: ~/pages/ar/ar303000.aspx', 'warning: ~/pages/cr/cr302000.aspx', 'warning: ~/pages/ar/ar303020.aspx'],
    );
    const files = validation.sources.map((source) => source.file);
    assert.equal(files.filter((file) => /^App_RuntimeCode\\KN\w+\.cs$/.test(file)).length, 17);
    assert.deepEqual(
      files.filter((file) => file.startsWith('Pages\\')),
      [
        'Pages\\KN\\KN101000.aspx.cs',
        'Pages\\KN\\KN301000.aspx.cs',
        'Pages\\KN\\KN401000.aspx.cs',
        'Pages\\KN\\KN402000.aspx.cs',
      ],
    );
    assert.deepEqual(validation.compile, {
      ran: false,
      reason: 'mcs-that-is-not-installed is not installed (apt-get install mono-mcs)',
    });
  });

  it('compiles the C# with mcs: the built package compiles, Base.DefContact fails with CS1061 at its line', async (t) => {
    if (requireTool(t, MCS) === undefined) return;
    assert.deepEqual(await validatePackage(content(zip)).then((v) => v.compile), { ran: true, problems: [] });
    const fixed = 'Base.GetExtension<CustomerMaint.DefContactAddressExt>().DefContact';
    assert.ok(xml.includes(fixed));
    const code = /<Graph ClassName="KNCustomerMaintExt"[^>]*>\s*<CDATA name="Source"><!\[CDATA\[([\s\S]*?)\]\]>/.exec(
      xml,
    )?.[1] as string;
    const line = code.split('\n').findIndex((text) => text.includes(fixed)) + 1;
    const broken = await validatePackage(content(zip, { 'project.xml': xml.replace(fixed, 'Base.DefContact') }));
    assert.deepEqual(broken.problems.filter((problem) => problem.severity !== 'warning').map(formatProblem), [
      `App_RuntimeCode\\KNCustomerMaintExt.cs:${line}: error CS1061: Type \`PX.Objects.AR.CustomerMaint' does not contain a definition for \`DefContact' and no extension method \`DefContact' of type \`PX.Objects.AR.CustomerMaint' could be found. Are you missing an assembly reference?`,
    ]);
  });

  it('refuses what build refuses in the items, at the line of project.xml', async () => {
    const withFile = xml.replace('<File ', '<File AppRelativePath="App_RuntimeCode\\Extra.cs" />\n  <File ');
    const validation = await validatePackage(
      content(zip, { 'project.xml': withFile, 'App_RuntimeCode\\Extra.cs': 'public class Extra { }' }),
      NO_MCS,
    );
    const line = withFile.slice(0, withFile.indexOf('App_RuntimeCode\\Extra.cs')).split('\n').length;
    assert.deepEqual(validation.problems.filter((problem) => problem.severity !== 'warning').map(formatProblem), [
      `project.xml:${line}: the File item App_RuntimeCode\\Extra.cs ships C# as a file; C# ships as a Code item (<Graph … Source="#CDATA">): put the file in App_RuntimeCode and let build embed it`,
    ]);
  });

  it('refuses a File item the package lacks, and leaves out .cs entries no item names', async () => {
    const validation = await validatePackage(
      content(zip, { 'Pages\\KN\\KN401000.aspx.cs': undefined, 'Loose.cs': 'class Loose { int x = ; }' }),
      NO_MCS,
    );
    assert.deepEqual(validation.problems.filter((problem) => problem.severity !== 'warning').map(formatProblem), [
      'project.xml: the File item Pages\\KN\\KN401000.aspx.cs names a file the package lacks',
    ]);
    assert.ok(!validation.sources.some((source) => source.file === 'Loose.cs'));
  });

  it('reports a syntax error at its line in the Code item, and does not compile what does not parse', async () => {
    const broken = xml.replace(
      /(<Graph ClassName="KNConstants"[^>]*>\s*<CDATA name="Source"><!\[CDATA\[)/,
      '$1int x = ;\n',
    );
    const validation = await validatePackage(content(zip, { 'project.xml': broken }));
    const errors = validation.problems.filter((problem) => problem.severity !== 'warning');
    assert.ok(errors.length > 0);
    assert.ok(
      errors.every((problem) => problem.file === 'App_RuntimeCode\\KNConstants.cs' && problem.line === 1),
      errors.map(formatProblem).join('\n'),
    );
    assert.deepEqual(validation.compile, { ran: false, reason: 'the C# does not parse' });
  });

  it('says why it cannot read a package without project.xml', async () => {
    const validation = await validatePackage(content(zip, { 'project.xml': undefined }), NO_MCS);
    assert.deepEqual(validation.problems.map(formatProblem), [
      'project.xml: the package has no project.xml at its root',
    ]);
  });
});
