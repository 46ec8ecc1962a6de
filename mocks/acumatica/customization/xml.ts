import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** A package cannot be published; the message says why. */
export class PackageError extends Error {}

/** An element of a parsed XML document: attributes as `@name`, child elements as arrays by tag. */
export type Element = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
  trimValues: true,
});

/** Parses a document; a malformed one is an Error whose message says where (line and column) and why. */
export function parseDocument(text: string, what: string): Element {
  const verdict = XMLValidator.validate(text);
  if (verdict !== true)
    throw new PackageError(
      `${what} is not well-formed XML: line ${verdict.err.line}, column ${verdict.err.col}: ${verdict.err.msg}`,
    );
  return parser.parse(text) as Element;
}

/** The child elements with this tag. */
export function elements(parent: Element | undefined, tag: string): Element[] {
  const value = parent?.[tag];
  return Array.isArray(value) ? (value.filter((v) => typeof v === 'object' && v !== null) as Element[]) : [];
}

export function attr(element: Element | undefined, name: string): string | undefined {
  const value = element?.[`@${name}`];
  return typeof value === 'string' ? value : undefined;
}

/** The text of a `<CDATA name="…">` child, where Acumatica keeps long attribute values. */
export function cdata(element: Element, name: string): string | undefined {
  const holder = elements(element, 'CDATA').find((child) => attr(child, 'name') === name);
  const text = holder?.['#text'];
  return Array.isArray(text) ? text.join('') : typeof text === 'string' ? text : undefined;
}
