import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { delegateViewsByGraph } from './graph-views';

describe('the views of a package’s graphs a list cannot be optimised over', () => {
  it('finds a PXFilter and a view with a delegate method of its name, in the graph and in its extensions', () => {
    const graph = `
      public class InquiryMaint : PXGraph<InquiryMaint>
      {
          public PXFilter<Filter> Filter;
          public PXSelect<Row> Rows;
          [PXFilterable]
          public PXSelectOrderBy<Row, OrderBy<Desc<Row.id>>> Shown;
          public SelectFrom<Row>.View Plain;
          protected virtual IEnumerable shown() { yield break; }
      }`;
    const base = `
      public abstract class SharedExt<TGraph, TPrimary> : PXGraphExtension<TGraph> where TGraph : PXGraph
      {
          public PXSelect<Row, Where<Row.parent, Equal<Current<TPrimary>>>> Children;
          protected virtual IEnumerable children() { yield break; }
      }`;
    const extension = `public class CustomerMaintExt : SharedExt<CustomerMaint, Customer> { public static bool IsActive() => true; }`;
    const views = delegateViewsByGraph([graph, base, extension]);
    assert.deepEqual([...(views.get('InquiryMaint') ?? [])].sort(), ['Filter', 'Shown']);
    assert.deepEqual(
      [...(views.get('CustomerMaint') ?? [])],
      ['Children'],
      'inherited from the package’s generic base',
    );
    assert.equal(views.has('TGraph'), false, 'a type parameter names no graph');
  });

  it('finds none in a graph whose views are plain queries', () => {
    const plain = `public class ConnectorsMaint : PXGraph<ConnectorsMaint, Connector> { public SelectFrom<Connector>.View Connectors; }`;
    assert.deepEqual([...(delegateViewsByGraph([plain]).get('ConnectorsMaint') ?? [])], []);
  });
});
