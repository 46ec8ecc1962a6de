import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Problem } from './problems';

/** Elements that may repeat: parsed as arrays even when there is one. */
const REPEATED = new Set([
  'File',
  'Table',
  'Column',
  'Sql',
  'Page',
  'Graph',
  'DAC',
  'EntityEndpoint',
  'TopLevelEntity',
  'Detail',
  'LinkedEntity',
  'Field',
  'Mapping',
  'GenericInquiryScreen',
  'GITable',
  'GIResult',
  'PushNotification',
  'SiteMapNode',
  'row',
  'col',
  'index',
]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => REPEATED.has(name),
  parseAttributeValue: false,
  trimValues: true,
});

/** An element as fast-xml-parser gives it: attributes under `@name`, children by tag name. */
export type XmlNode = Record<string, unknown>;

/** Parses XML, or says where it is malformed (file, line, column). */
export function parseXml(text: string, file: string): { node: XmlNode } | { problem: Problem } {
  const valid = XMLValidator.validate(text);
  if (valid !== true)
    return {
      problem: { file, line: valid.err.line, column: valid.err.col, message: `the XML is malformed: ${valid.err.msg}` },
    };
  return { node: parser.parse(text) as XmlNode };
}

export function children(node: unknown, tag: string): XmlNode[] {
  const value = (node as XmlNode | undefined)?.[tag];
  if (value === undefined || value === '') return [];
  return (Array.isArray(value) ? value : [value]) as XmlNode[];
}

export function attribute(node: unknown, name: string): string | undefined {
  const value = (node as XmlNode | undefined)?.[`@${name}`];
  return typeof value === 'string' ? value : undefined;
}
