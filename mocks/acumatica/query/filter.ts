/**
 * The OData v3 `$filter` subset that Acumatica's contract-based API documents: comparisons (eq, ne, gt, ge,
 * lt, le), and/or/not, parentheses, string/number/boolean/null literals, `datetimeoffset'…'` and `date'…'`,
 * `substringof`, `startswith`, `endswith`, linked paths (`MainContact/Email`) and custom fields
 * (`cf.String(f='View.Field')`). A malformed filter throws FilterError with the position of the problem.
 */
import type { CustomRef } from '../entities/custom-fields';

export class FilterError extends Error {}

export type FilterNode =
  | { kind: 'literal'; value: string | number | boolean | null | Date }
  | { kind: 'path'; path: string[] }
  | { kind: 'custom'; type: string; view: string; field: string; ref?: CustomRef }
  | { kind: 'compare'; op: ComparisonOp; left: FilterNode; right: FilterNode }
  | { kind: 'logical'; op: 'and' | 'or'; left: FilterNode; right: FilterNode }
  | { kind: 'not'; operand: FilterNode }
  | { kind: 'call'; name: 'substringof' | 'startswith' | 'endswith'; args: [FilterNode, FilterNode] };

type ComparisonOp = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';
const COMPARISONS = new Set(['eq', 'ne', 'gt', 'ge', 'lt', 'le']);
const FUNCTIONS = new Set(['substringof', 'startswith', 'endswith']);
const MAX_DEPTH = 50;

type Token = { type: 'word' | 'string' | 'number' | 'punct'; text: string; at: number; prefix?: string };

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const ch = source[i] as string;
    if (/\s/.test(ch)) {
      i += 1;
    } else if ('(),='.includes(ch)) {
      tokens.push({ type: 'punct', text: ch, at: i });
      i += 1;
    } else if (ch === "'") {
      const { text, end } = readQuoted(source, i);
      tokens.push({ type: 'string', text, at: i });
      i = end;
    } else if (/[-\d]/.test(ch)) {
      const match = /^-?\d+(\.\d+)?([eE][-+]?\d+)?[mMdDlL]?/.exec(source.slice(i));
      if (!match) throw new FilterError(`unexpected "${ch}" at position ${i + 1}`);
      tokens.push({ type: 'number', text: match[0].replace(/[mMdDlL]$/, ''), at: i });
      i += match[0].length;
    } else if (/[A-Za-z_]/.test(ch)) {
      const match = /^[A-Za-z_][\w.]*(\/[A-Za-z_][\w.]*)*/.exec(source.slice(i)) as RegExpExecArray;
      const word = match[0];
      if (source[i + word.length] === "'" && /^(datetimeoffset|datetime|date|guid)$/i.test(word)) {
        const { text, end } = readQuoted(source, i + word.length);
        tokens.push({ type: 'string', text, at: i, prefix: word.toLowerCase() });
        i = end;
      } else {
        tokens.push({ type: 'word', text: word, at: i });
        i += word.length;
      }
    } else {
      throw new FilterError(`unexpected "${ch}" at position ${i + 1}`);
    }
  }
  return tokens;
}

function readQuoted(source: string, start: number): { text: string; end: number } {
  let text = '';
  let i = start + 1;
  while (i < source.length) {
    if (source[i] === "'") {
      if (source[i + 1] === "'") {
        text += "'";
        i += 2;
        continue;
      }
      return { text, end: i + 1 };
    }
    text += source[i];
    i += 1;
  }
  throw new FilterError(`unterminated string starting at position ${start + 1}`);
}

/** Parses a `$filter` expression into a tree. */
export function parseFilter(source: string): FilterNode {
  const tokens = tokenize(source);
  let position = 0;
  const peek = () => tokens[position];
  const describe = (token: Token | undefined) =>
    token ? `"${token.text}" at position ${token.at + 1}` : 'the end of the filter';
  const expect = (text: string) => {
    const token = tokens[position];
    if (token?.text !== text) throw new FilterError(`expected "${text}" but found ${describe(token)}`);
    position += 1;
  };
  const isWord = (word: string) => peek()?.type === 'word' && peek()?.text.toLowerCase() === word;
  let depth = 0;
  const nest = <T>(parse: () => T): T => {
    depth += 1;
    if (depth > MAX_DEPTH) throw new FilterError(`the filter nests deeper than ${MAX_DEPTH} levels`);
    const result = parse();
    depth -= 1;
    return result;
  };

  const parseOr = (): FilterNode => {
    let node = parseAnd();
    while (isWord('or')) {
      position += 1;
      node = { kind: 'logical', op: 'or', left: node, right: parseAnd() };
    }
    return node;
  };
  const parseAnd = (): FilterNode => {
    let node = parseNot();
    while (isWord('and')) {
      position += 1;
      node = { kind: 'logical', op: 'and', left: node, right: parseNot() };
    }
    return node;
  };
  const parseNot = (): FilterNode => {
    if (isWord('not')) {
      position += 1;
      return { kind: 'not', operand: nest(parseNot) };
    }
    return parseComparison();
  };
  const parseComparison = (): FilterNode => {
    const left = parsePrimary();
    const token = peek();
    if (token?.type === 'word' && COMPARISONS.has(token.text.toLowerCase())) {
      position += 1;
      return { kind: 'compare', op: token.text.toLowerCase() as ComparisonOp, left, right: parsePrimary() };
    }
    return left;
  };
  const parsePrimary = (): FilterNode => {
    const token = peek();
    if (!token) throw new FilterError('the filter ends where a value was expected');
    position += 1;
    if (token.text === '(' && token.type === 'punct') {
      const inner = nest(parseOr);
      expect(')');
      return inner;
    }
    if (token.type === 'string') return { kind: 'literal', value: typedLiteral(token) };
    if (token.type === 'number') return { kind: 'literal', value: Number(token.text) };
    if (token.type === 'word') {
      const lower = token.text.toLowerCase();
      if (lower === 'true' || lower === 'false') return { kind: 'literal', value: lower === 'true' };
      if (lower === 'null') return { kind: 'literal', value: null };
      if (peek()?.text === '(') {
        if (FUNCTIONS.has(lower)) {
          expect('(');
          const first = parseOr();
          expect(',');
          const second = parseOr();
          expect(')');
          return { kind: 'call', name: lower as 'substringof' | 'startswith' | 'endswith', args: [first, second] };
        }
        if (/^cf\.\w+$/i.test(token.text)) return parseCustomField(token.text.slice(3));
        throw new FilterError(
          `unknown function "${token.text}" at position ${token.at + 1}; supported: substringof, startswith, endswith, cf.<Type>`,
        );
      }
      if (COMPARISONS.has(lower) || lower === 'and' || lower === 'or')
        throw new FilterError(`a value was expected before ${describe(token)}`);
      return { kind: 'path', path: token.text.split('/') };
    }
    throw new FilterError(`unexpected ${describe(token)}`);
  };
  const parseCustomField = (type: string): FilterNode => {
    expect('(');
    const name = peek();
    if (name?.type !== 'word' || name.text.toLowerCase() !== 'f')
      throw new FilterError(`expected f='View.Field' in cf.${type}(…) but found ${describe(name)}`);
    position += 1;
    expect('=');
    const value = peek();
    if (value?.type !== 'string' || !/^\w+\.\w+$/.test(value.text))
      throw new FilterError(`expected 'View.Field' in cf.${type}(…) but found ${describe(value)}`);
    position += 1;
    expect(')');
    const [view, field] = value.text.split('.') as [string, string];
    return { kind: 'custom', type, view, field };
  };

  if (tokens.length === 0) throw new FilterError('the filter is empty');
  const tree = parseOr();
  if (position < tokens.length)
    throw new FilterError(`unexpected ${describe(tokens[position])}; expected and, or or the end`);
  return tree;
}

function typedLiteral(token: Token): string | Date {
  if (!token.prefix || token.prefix === 'guid') return token.text;
  const date = new Date(
    token.prefix === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(token.text) ? `${token.text}T00:00:00Z` : token.text,
  );
  if (Number.isNaN(date.getTime()))
    throw new FilterError(`${token.prefix}'${token.text}' at position ${token.at + 1} is not a valid date`);
  return date;
}

/** Reads a value for a path or a custom field from a record. */
export type Resolver = (node: Extract<FilterNode, { kind: 'path' } | { kind: 'custom' }>) => unknown;

/** Evaluates a parsed filter against one record. String comparisons ignore case, as SQL Server's default collation does. */
export function evaluate(node: FilterNode, resolve: Resolver): boolean {
  return Boolean(valueOf(node, resolve));
}

function valueOf(node: FilterNode, resolve: Resolver): unknown {
  switch (node.kind) {
    case 'literal':
      return node.value;
    case 'path':
    case 'custom':
      return resolve(node);
    case 'not':
      return !valueOf(node.operand, resolve);
    case 'logical':
      return node.op === 'and'
        ? Boolean(valueOf(node.left, resolve)) && Boolean(valueOf(node.right, resolve))
        : Boolean(valueOf(node.left, resolve)) || Boolean(valueOf(node.right, resolve));
    case 'call': {
      const [a, b] = node.args.map((arg) => text(valueOf(arg, resolve))) as [string | undefined, string | undefined];
      if (a === undefined || b === undefined) return false;
      if (node.name === 'substringof') return b.includes(a);
      if (node.name === 'startswith') return a.startsWith(b);
      return a.endsWith(b);
    }
    case 'compare':
      return compare(node.op, valueOf(node.left, resolve), valueOf(node.right, resolve));
  }
}

function text(value: unknown): string | undefined {
  return value === null || value === undefined ? undefined : String(value).toLowerCase();
}

function compare(op: ComparisonOp, left: unknown, right: unknown): boolean {
  if (left === null || left === undefined || right === null || right === undefined) {
    const bothEmpty = (left ?? null) === null && (right ?? null) === null;
    return op === 'eq' ? bothEmpty : op === 'ne' ? !bothEmpty : false;
  }
  const [a, b] = comparable(left, right);
  switch (op) {
    case 'eq':
      return a === b;
    case 'ne':
      return a !== b;
    case 'gt':
      return a > b;
    case 'ge':
      return a >= b;
    case 'lt':
      return a < b;
    case 'le':
      return a <= b;
  }
}

/** Brings both sides to one type: dates to milliseconds, strings to lower case, the rest as they are. */
function comparable(left: unknown, right: unknown): [number | string | boolean, number | string | boolean] {
  if (left instanceof Date || right instanceof Date) return [toTime(left), toTime(right)];
  if (typeof left === 'number' || typeof right === 'number') return [Number(left), Number(right)];
  if (typeof left === 'boolean' || typeof right === 'boolean')
    return [left === true || left === 'true', right === true || right === 'true'];
  return [String(left).toLowerCase(), String(right).toLowerCase()];
}

function toTime(value: unknown): number {
  return value instanceof Date ? value.getTime() : Date.parse(String(value));
}
