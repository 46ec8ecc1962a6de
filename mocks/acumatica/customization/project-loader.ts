import type { EndpointDefinition } from '../endpoints/definitions';
import { loadEndpoint } from './endpoint-loader';
import { delegateViewsByGraph, lastSegment } from './graph-views';
import type { PackageFiles } from './package-files';
import { sqlTables } from './sql-tables';
import { attr, cdata, elements, PackageError, parseDocument } from './xml';

/** What getPublished lists of a published project. */
export interface PublishedItem {
  key: string;
  screenId?: string;
  type: string;
}

/** A Code item of a project: `<Graph ClassName="…" Source="#CDATA" FileType="…">` with its code in a CDATA block. */
export interface LoadedCodeItem {
  className: string;
  fileType: string;
  source: string;
}

/** A project as publishing sees it: the endpoints it adds, its code and its items. */
export interface LoadedProject {
  endpoints: EndpointDefinition[];
  code: LoadedCodeItem[];
  items: PublishedItem[];
  /** What the publish log says about its content. */
  summary: string[];
}

/**
 * Reads a package as publishing does: project.xml at the root, well formed, with `<Customization>` as its
 * root; every File item present in the package; every Code item with its code (Acumatica writes each as
 * App_RuntimeCode\<ClassName>.cs); every EntityEndpoint servable. Returns the reasons it cannot be published,
 * or the project.
 */
export function loadProject(
  files: PackageFiles,
  existing: (name: string, version: string) => EndpointDefinition | undefined,
): LoadedProject | { errors: string[] } {
  const xml = files.get('project.xml');
  if (!xml)
    return {
      errors: [
        'The package has no project.xml at its root. A customization package is a zip with project.xml at the root and the files it names.',
      ],
    };
  let root;
  try {
    root = elements(parseDocument(xml.toString('utf8'), 'project.xml'), 'Customization')[0];
  } catch (error) {
    if (error instanceof PackageError) return { errors: [error.message] };
    throw error;
  }
  if (!root) return { errors: ['project.xml has no <Customization> root element.'] };
  const fileItems = elements(root, 'File').map((file) => attr(file, 'AppRelativePath') ?? '');
  const missing = fileItems.filter((path) => !files.has(path));
  if (missing.length > 0)
    return { errors: missing.map((path) => `The file ${path} named in project.xml is missing from the package.`) };
  const code = elements(root, 'Graph').map((item) => ({
    className: attr(item, 'ClassName') ?? '',
    fileType: attr(item, 'FileType') ?? '',
    source: cdata(item, 'Source') ?? '',
  }));
  const empty = code.filter((item) => item.className === '' || item.source.trim() === '');
  if (empty.length > 0)
    return {
      errors: empty.map(
        (item) => `The Code item ${item.className || '(without a ClassName)'} has no code in <CDATA name="Source">.`,
      ),
    };
  try {
    const tables = sqlTables(root);
    const endpoints: EndpointDefinition[] = [];
    for (const item of elements(root, 'EntityEndpoint')) {
      for (const xmlEndpoint of elements(item, 'Endpoint')) {
        endpoints.push(
          loadEndpoint(
            xmlEndpoint,
            tables,
            (name, version) =>
              endpoints.find((e) => e.name === name && e.version === version) ?? existing(name, version),
          ),
        );
      }
    }
    markDelegateViews(endpoints, files, fileItems, code);
    const pages = elements(root, 'Page').map((page) => attr(page, 'path') ?? '');
    return {
      endpoints,
      code,
      items: [
        ...pages.map((key) => ({
          key,
          screenId: /([a-z]{2}\d{6})\.aspx$/i.exec(key)?.[1]?.toUpperCase(),
          type: 'Page',
        })),
        ...code.map((item) => ({ key: item.className, type: 'Code' })),
        ...fileItems.map((key) => ({ key, type: 'File' })),
        ...endpoints.map((e) => ({ key: `${e.name}/${e.version}`, type: 'EntityEndpoint' })),
      ],
      summary: [
        `${code.length} code items, ${fileItems.length} files, ${pages.length} pages, ${tables.length} tables (${tables.map((t) => t.name).join(', ') || 'none'})`,
        ...endpoints.map(
          (e) => `Web service endpoint ${e.name}/${e.version}: ${Object.keys(e.topLevel).length} entities`,
        ),
      ],
    };
  } catch (error) {
    if (error instanceof PackageError) return { errors: [error.message] };
    throw error;
  }
}

/**
 * Gives each entity of the project's endpoints the views of its form's graph that a list request cannot be
 * optimised over. The graph of a form the package ships is its page's PXDataSource TypeName; of a standard
 * form, the graph its entity names (Default's `PX.Objects.AR.CustomerMaint/BAccount`), extended by the package.
 */
function markDelegateViews(
  endpoints: EndpointDefinition[],
  files: PackageFiles,
  fileItems: string[],
  code: LoadedCodeItem[],
): void {
  const delegates = delegateViewsByGraph(code.map((item) => item.source));
  const pageGraphs = new Map<string, string>();
  for (const path of fileItems) {
    const screen = /([a-z]{2}\d{6})\.aspx$/i.exec(path)?.[1]?.toUpperCase();
    const typeName = /TypeName="([\w.]+)"/.exec(files.get(path)?.toString('utf8') ?? '')?.[1];
    if (screen && typeName) pageGraphs.set(screen, lastSegment(typeName));
  }
  for (const endpoint of endpoints) {
    for (const [name, entity] of Object.entries(endpoint.topLevel)) {
      const graph = (entity.screen && pageGraphs.get(entity.screen)) || lastSegment(entity.graph?.split('/')[0] ?? '');
      const views = delegates.get(graph);
      // A copy: an entity the extension left as it was is the system endpoint's own object.
      if (views && views.size > 0) endpoint.topLevel[name] = { ...entity, delegateViews: [...views] };
    }
  }
}
