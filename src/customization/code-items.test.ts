import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { baseListOf, codeItem, codeItemXml } from './code-items';

describe('Code items', () => {
  const kind = (name: string, source: string) => codeItem(`/project/App_RuntimeCode/${name}.cs`, source).fileType;

  it('files a DAC as NewDac, a graph as NewGraph, and extensions and helpers as NewFile, as real packages do', () => {
    assert.equal(kind('KNLog', 'public class KNLog : PXBqlTable, IBqlTable { }'), 'NewDac');
    assert.equal(kind('KNLogMaint', 'public class KNLogMaint : PXGraph<KNLogMaint> { }'), 'NewGraph');
    assert.equal(
      kind('KNCustomerExt', 'public sealed class KNCustomerExt : PXCacheExtension<Customer> { }'),
      'NewFile',
    );
    assert.equal(
      kind(
        'KNExt',
        'public abstract class KNExt<TGraph> : PXGraphExtension<TGraph>\n  where TGraph : PXGraph, IBqlTable { }',
      ),
      'NewFile',
    );
    assert.equal(kind('KNConstants', 'public static class KNMessages { }'), 'NewFile');
  });

  it('is named after its file, and reads the base list of the class of that name only', () => {
    const source = 'class Other : PXBqlTable { }\npublic class KNHelper { }';
    assert.deepEqual(codeItem('/p/App_RuntimeCode/KNHelper.cs', source).className, 'KNHelper');
    assert.equal(baseListOf(source, 'KNHelper'), '');
    assert.equal(baseListOf(source, 'Missing'), undefined);
  });

  it('writes the code in a CDATA block, with Windows line ends made Unix ones', () => {
    assert.equal(
      codeItemXml({ className: 'A', fileType: 'NewFile', source: 'class A\r\n{\r\n}', file: 'A.cs' }),
      '  <Graph ClassName="A" Source="#CDATA" IsNew="True" FileType="NewFile">\n    <CDATA name="Source"><![CDATA[class A\n{\n}]]></CDATA>\n  </Graph>',
    );
  });
});
