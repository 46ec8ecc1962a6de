/**
 * Which views of a package's graphs a list request cannot be optimised over, read from the package's C#.
 * Acumatica answers a list request (`GET …/{Entity}`) with one database query when it can; when a field in
 * scope is mapped to a view that has a BQL delegate it answers 500 "Optimization cannot be performed",
 * naming each field and its view (Acumatica/AcumaticaRESTAPIClientForCSharp issue #12: the Filter view of
 * InventorySummaryInquiry, a PXFilter; kborovik/acumatica-cli docs/rest-api.md: "There is a BqlDelegate in
 * view …"). The mock finds those views in the code as Acumatica binds them: a PXFilter view, or a view with a
 * method `IEnumerable <view>()` in its graph or graph extension (the delegate takes the view's name, first
 * letter in lower case).
 */

const VIEW_TYPE = /^(PXSelect\w*|PXFilter|PXProcessing\w*|PXSetup\w*|SelectFrom)</;
const CLASS = /\bclass\s+(\w+)(?:\s*<([^>{]*)>)?\s*:\s*([^{]+)\{/g;
const VIEW = /\bpublic\s+((?:PX\w+|SelectFrom)\s*<[\s\S]*?>(?:\.View)?)\s+(\w+)\s*;/g;
const DELEGATE = /\bIEnumerable\s+(\w+)\s*\(\s*\)/g;

interface ClassCode {
  name: string;
  /** Its type parameters (`TGraph` of a generic extension, which names no graph). */
  parameters: string[];
  /** The class it derives from, as written (`PXGraphExtension<CustomerMaint>`). */
  base: string;
  views: Map<string, { filter: boolean }>;
  delegates: Set<string>;
}

/** Graph name (its class name, without namespace) → the views of it and its extensions that have a delegate. */
export function delegateViewsByGraph(sources: string[]): Map<string, Set<string>> {
  const classes = sources.flatMap(classesOf);
  const byName = new Map(classes.map((c) => [c.name, c]));
  const result = new Map<string, Set<string>>();
  for (const code of classes) {
    const graph = graphOf(code, byName);
    if (!graph || code.parameters.includes(graph)) continue;
    const views = result.get(graph) ?? new Set<string>();
    for (const own of lineage(code, byName)) {
      for (const [view, { filter }] of own.views) {
        const delegated = [...own.delegates].some((method) => method.toLowerCase() === view.toLowerCase());
        if (filter || delegated) views.add(view);
      }
    }
    result.set(graph, views);
  }
  return result;
}

/** The classes of one file, each with the views and delegate methods declared before the next class starts. */
function classesOf(source: string): ClassCode[] {
  const starts = [...source.matchAll(CLASS)];
  return starts.map((match, index) => {
    const body = source.slice(match.index ?? 0, starts[index + 1]?.index ?? source.length);
    const views = new Map<string, { filter: boolean }>();
    for (const view of body.matchAll(VIEW)) {
      const type = (view[1] as string).replace(/\s+/g, '');
      if (VIEW_TYPE.test(type)) views.set(view[2] as string, { filter: type.startsWith('PXFilter<') });
    }
    return {
      name: match[1] as string,
      parameters: (match[2] ?? '').split(',').map((p) => p.trim()),
      base: (match[3] as string).trim(),
      views,
      delegates: new Set([...body.matchAll(DELEGATE)].map((m) => m[1] as string)),
    };
  });
}

/** The graph a class is or extends: `PXGraph<G…>` is G itself, `PXGraphExtension<G>` or a base of the package's own `<G, …>` extends G. */
function graphOf(code: ClassCode, byName: Map<string, ClassCode>): string | undefined {
  const generic = /^([\w.]+)\s*<\s*([\w.]+)/.exec(code.base);
  if (!generic) return undefined;
  const [, base, first] = generic as unknown as [string, string, string];
  const baseName = lastSegment(base);
  if (baseName === 'PXGraph') return code.name;
  if (baseName === 'PXGraphExtension') return lastSegment(first);
  const inCode = byName.get(baseName);
  return inCode && /PXGraphExtension\s*</.test(inCode.base) ? lastSegment(first) : undefined;
}

/** The class and the package's own classes it derives from. */
function lineage(code: ClassCode, byName: Map<string, ClassCode>): ClassCode[] {
  const chain: ClassCode[] = [];
  for (let current: ClassCode | undefined = code; current && !chain.includes(current);) {
    chain.push(current);
    current = byName.get(lastSegment(/^([\w.]+)/.exec(current.base)?.[1] ?? ''));
  }
  return chain;
}

export function lastSegment(name: string): string {
  return name.split('.').pop() ?? name;
}
