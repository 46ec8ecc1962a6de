import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import AdmZip from 'adm-zip';
import { buildPackage } from './build';
import { CustomizationError, formatProblem } from './problems';
import { PROJECT_DIR } from './project';
import { projectCopy, type Change } from '../../test/support/test-project';

const xml = (change: (text: string) => string): Record<string, Change> => ({ 'project.xml': change });

describe('customization build', () => {
  it('packs project.xml at the root and every file it names at its path', async () => {
    const built = await buildPackage(PROJECT_DIR);
    const entries = new AdmZip(built.zip).getEntries().map((entry) => entry.entryName);
    assert.deepEqual(entries.sort(), [...built.entries].sort());
    assert.ok(entries.includes('project.xml'));
    assert.ok(entries.includes('App_RuntimeCode/KNCustomerMaintExt.cs'));
    assert.ok(entries.includes('Pages/KN/KN401000.aspx'));
    assert.equal(entries.length, built.project.files.length + 1);
  });

  const broken: Array<[string, Record<string, Change>, RegExp]> = [
    [
      'malformed XML',
      xml((t) => t.replace('<Table TableName="Contact">', '<Table TableName="Contact">\n<Oops>')),
      /project\.xml:\d+:\d+: the XML is malformed: Expected closing tag 'Oops'/,
    ],
    [
      'a file it names missing',
      { 'App_RuntimeCode/KNContactExt.cs': null },
      /project\.xml:\d+: the File item App_RuntimeCode\\KNContactExt\.cs names a file that is missing/,
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
      'App_RuntimeCode/KNContactExt.cs': null,
      'App_RuntimeCode/KNCustomerExt.cs': (t) =>
        t.replace('namespace Kensium.Commerce', 'namespace Kensium.Commerce {{'),
    });
    await assert.rejects(
      buildPackage(dir),
      (error: unknown) => error instanceof CustomizationError && error.problems.length >= 2,
    );
  });
});
