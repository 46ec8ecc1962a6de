import { attr, cdata, elements, parseDocument, type Element } from './xml';

/** A table a project's Sql item creates: its columns, which one is an identity, and its primary key. */
export interface SqlTable {
  name: string;
  columns: string[];
  identity?: string;
  primaryKey: string[];
}

/** The tables of a project's Sql items (TableSchemaXml, Acumatica's database-neutral table description). */
export function sqlTables(customization: Element): SqlTable[] {
  return elements(customization, 'Sql').flatMap((item) => {
    const schema = cdata(item, 'TableSchemaXml');
    if (!schema) return [];
    return elements(parseDocument(schema, `The schema of the Sql item ${attr(item, 'TableName')}`), 'table').map(
      toTable,
    );
  });
}

function toTable(table: Element): SqlTable {
  const columns = elements(table, 'col');
  const primary = elements(table, 'index').find((index) => attr(index, 'primary') === 'true');
  return {
    name: attr(table, 'name') ?? '',
    columns: columns.map((col) => attr(col, 'name') ?? ''),
    identity: columns.find((col) => attr(col, 'identity') === 'true')?.['@name'] as string | undefined,
    primaryKey: elements(primary, 'col').map((col) => attr(col, 'name') ?? ''),
  };
}
