import { CODE_DIR, CODE_FILE_TYPES } from './code-items';
import { decodePageSource } from './page-source';
import { attribute, children, parseXml, type XmlNode } from './project-xml';
import { lineOf, type Problem } from './problems';

/**
 * The rules a project.xml's items must meet to be what Acumatica's own packages are; each rule is drawn from
 * real packages and is listed in docs/customization-evidence.md. `customization build` checks a package
 * against them, and the Acumatica mock's publication refuses what they refuse.
 */

/** The Acumatica version the package is for: 2024 R2, written as exported packages write product-version. */
export const TARGET_PRODUCT_VERSION = '24.200';

/** Site map workspaces and subcategories every site has: the same IDs in packages of unrelated publishers. */
export const STANDARD_WORKSPACES: Record<string, string> = {
  'bbbbbbbb-bbbb-bbbb-bbbb-bbbbbbbbbbbb': 'Data Views',
  'ffffffff-ffff-ffff-ffff-ffffffffffff': 'Hidden',
};
export const STANDARD_SUBCATEGORIES: Record<string, string> = {
  '98e86774-69e3-41ea-b94f-eb2c7a8426d4': 'Inquiries',
  '1669bef9-e982-485c-a48b-80ce30193385': 'Configuration',
  '32130442-2305-4394-9389-cf915b191d2a': 'Processes',
  '6d40b0b6-18f4-4139-adac-8ec8cb2a17ea': 'Profiles',
  '38d13a6e-3076-42fb-9fce-62fa33897da6': 'Transactions',
  '0b491e12-c58d-4e47-8a0d-96dd3a8ab395': 'Reports',
};

/** Controls whose properties may name a view (DataMember): form views and grid levels, as in every real changeset. */
const DATA_MEMBER_CONTROLS = new Set(['PXFormView', 'PXGridLevel', 'PXImageUploader']);

export interface ItemRuleOptions {
  /**
   * A built package: every Page item must carry its pageSource. In a project folder, pageSource is left to
   * `build`, which takes it from the page the package ships, or from the target site's page.
   */
  built: boolean;
  /** The content of a file the package ships, by its AppRelativePath (e.g. `Pages\KN\KN401000.aspx`). */
  shippedFile: (appRelativePath: string) => Buffer | undefined;
}

/** Checks the items of a project.xml; a Page item of a standard form without pageSource is a warning. */
export function checkItems(xml: string, file: string, options: ItemRuleOptions): Problem[] {
  const parsed = parseXml(xml, file);
  if ('problem' in parsed) return [parsed.problem];
  const root = children(parsed.node, 'Customization')[0];
  if (!root) return [{ file, line: 1, message: 'the root element must be <Customization>' }];
  const at = (needle: string, from = 0) => lineAfter(xml, needle, from);
  return [
    ...checkComments(xml, file),
    ...checkProductVersion(root, file, at),
    ...checkFileItems(root, file, at),
    ...checkCodeItems(root, file, at),
    ...checkPageItems(root, xml, file, options),
    ...checkSiteMap(root, file, at),
    ...checkScreenRights(root, file, at, options),
  ];
}

type At = (needle: string, from?: number) => number | undefined;

/** Acumatica writes no comments among a project's items, and keeps none it is given. */
function checkComments(xml: string, file: string): Problem[] {
  const problems: Problem[] = [];
  for (const match of xml.matchAll(/<!--/g)) {
    if (xml.slice(0, match.index).includes('<Customization'))
      problems.push({
        file,
        line: lineAt(xml, match.index),
        message: 'an XML comment among the items: packages Acumatica writes have none; document the project elsewhere',
      });
  }
  return problems;
}

function checkProductVersion(root: XmlNode, file: string, at: At): Problem[] {
  const version = attribute(root, 'product-version');
  if (version === TARGET_PRODUCT_VERSION) return [];
  return [
    {
      file,
      line: at('<Customization'),
      message: `product-version is ${version ?? 'missing'}; the package is for Acumatica 2024 R2, written "${TARGET_PRODUCT_VERSION}" as exported packages write it (two digits, a dot, three digits)`,
    },
  ];
}

/** Source code ships as Code items; no real package ships App_RuntimeCode files. */
function checkFileItems(root: XmlNode, file: string, at: At): Problem[] {
  return children(root, 'File')
    .map((item) => attribute(item, 'AppRelativePath') ?? '')
    .filter((path) => path.toLowerCase().startsWith(`${CODE_DIR.toLowerCase()}\\`))
    .map((path) => ({
      file,
      line: at(`AppRelativePath="${path}"`),
      message: `the File item ${path} ships C# as a file; C# ships as a Code item (<Graph … Source="#CDATA">): put the file in ${CODE_DIR} and let build embed it`,
    }));
}

function checkCodeItems(root: XmlNode, file: string, at: At): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const item of children(root, 'Graph')) {
    const className = attribute(item, 'ClassName') ?? '';
    const line = at(`ClassName="${className}"`);
    const say = (message: string) => problems.push({ file, line, message: `the Code item ${className}: ${message}` });
    if (!/^[A-Za-z_]\w*$/.test(className))
      say('ClassName must be a C# identifier (it names App_RuntimeCode\\<ClassName>.cs)');
    if (seen.has(className.toLowerCase())) say('another Code item has the same ClassName');
    seen.add(className.toLowerCase());
    if (attribute(item, 'Source') !== '#CDATA') say('Source must be "#CDATA", with the code in <CDATA name="Source">');
    if (attribute(item, 'IsNew') !== 'True') say('IsNew must be "True"');
    const fileType = attribute(item, 'FileType') ?? '';
    if (!(CODE_FILE_TYPES as readonly string[]).includes(fileType))
      say(`FileType "${fileType}" is none of ${CODE_FILE_TYPES.join(', ')}`);
    const source = children(item, 'CDATA').find((cdata) => attribute(cdata, 'name') === 'Source');
    if (!source || typeof source['#text'] !== 'string' || source['#text'].trim() === '')
      say('it has no code (<CDATA name="Source"> is missing or empty)');
  }
  return problems;
}

function checkPageItems(root: XmlNode, xml: string, file: string, options: ItemRuleOptions): Problem[] {
  const problems: Problem[] = [];
  let from = 0;
  for (const page of children(root, 'Page')) {
    const path = attribute(page, 'path') ?? '';
    const start = xml.indexOf(`path="${path}"`, from);
    from = start < 0 ? from : start + 1;
    const line = lineAt(xml, start < 0 ? 0 : start);
    const say = (message: string, needle?: string, severity?: 'warning') =>
      problems.push({
        file,
        line: needle ? (lineAfter(xml, needle, Math.max(start, 0)) ?? line) : line,
        message: `the Page item ${path}: ${message}`,
        ...(severity ? { severity } : {}),
      });
    const screen = /^~\/pages\/([a-z]{2})\/([a-z]{2}[0-9a-z]{6})\.aspx$/i.exec(path);
    if (!screen) {
      say('path must be ~/Pages/<module>/<screen ID>.aspx');
      continue;
    }
    const shippedPath = `Pages\\${screen[1]}\\${screen[2]}.aspx`;
    const shipped = options.shippedFile(shippedPath);
    const pageSource = attribute(page, 'pageSource');
    if (pageSource !== undefined) {
      const decoded = decodePageSource(pageSource);
      if (!decoded) say('pageSource is not a raw-deflated page in base64');
      else if (shipped && !decoded.equals(shipped))
        say(`pageSource is not the page the package ships (${shippedPath}): build it again`);
    } else if (options.built) {
      if (shipped) say(`pageSource is missing; it is the page the package ships (${shippedPath}), deflated`);
      else
        say(
          "pageSource is missing: every real Page item carries the page it was made against, here the target site's own page; build takes it from the site's pages (--site-pages)",
          undefined,
          'warning',
        );
    }
    const controlId = attribute(page, 'ControlId');
    if (controlId !== undefined && !/^\d+$/.test(controlId))
      say(`ControlId "${controlId}" is not a number`, 'ControlId=');
    const ids = new Set<string>();
    for (const [tag, container] of elements(page)) {
      const parentId = attribute(container, 'ParentId');
      const type = attribute(container, 'TypeFullName');
      const name = attribute(container, 'ID') ?? attribute(container, 'Text') ?? tag;
      if (!parentId || !/^ph[A-Z][A-Za-z]*_/.test(parentId))
        say(`the container ${name} needs a ParentId that starts with its content placeholder (phG_, phF_…)`, `<${tag}`);
      if (type !== `PX.Web.UI.${tag}`) say(`the container ${name} needs TypeFullName="PX.Web.UI.${tag}"`, `<${tag}`);
      for (const [childTag] of elements(container))
        if (childTag !== 'Children' && childTag !== 'Prop')
          say(
            `the container ${name} holds <${childTag}>; a container holds <Children Key="…"> and <Prop>`,
            `<${childTag}`,
          );
      checkChildren(container, say, ids);
    }
  }
  return problems;
}

type Say = (message: string, needle?: string) => void;

/** The controls in a container's or a control's `<Children>`: new ones in `<AddItem>`, the page's own by reference. */
function checkChildren(node: XmlNode, say: Say, ids: Set<string>): void {
  for (const group of children(node, 'Children')) {
    if (!attribute(group, 'Key'))
      say('a <Children> element has no Key (Template, Items, Levels, Columns…)', '<Children');
    for (const addItem of children(group, 'AddItem')) {
      const controls = elements(addItem);
      if (controls.length !== 1) say('an <AddItem> must hold exactly one control', '<AddItem');
      for (const [tag, control] of controls) checkNewControl(tag, control, say, ids);
    }
  }
}

/** A control the changeset adds: its type as its only attribute, its settings as `<Prop Key Value/>`. */
function checkNewControl(tag: string, control: XmlNode, say: Say, ids: Set<string>): void {
  const attributes = Object.keys(control).filter((key) => key.startsWith('@'));
  if (attribute(control, 'TypeFullName') !== `PX.Web.UI.${tag}`)
    say(`the new ${tag} needs TypeFullName="PX.Web.UI.${tag}"`, `<${tag}`);
  for (const key of attributes.filter((key) => key !== '@TypeFullName'))
    say(
      `the new ${tag} sets ${key.slice(1)} as an attribute; a new control's settings are <Prop Key="${key.slice(1)}" Value="…"/>`,
      `<${tag}`,
    );
  const props = children(control, 'Prop');
  for (const prop of props) {
    const extra = Object.keys(prop).filter((key) => key !== '@Key' && key !== '@Value');
    if (!attribute(prop, 'Key') || extra.length > 0)
      say(`a <Prop> of the new ${tag} must have a Key, a Value if any, and nothing else`, '<Prop');
  }
  const value = (key: string) =>
    attribute(
      props.find((prop) => attribute(prop, 'Key') === key),
      'Value',
    );
  const id = value('ID');
  if (id !== undefined) {
    if (ids.has(id)) say(`two new controls have the ID ${id}`, `Value="${id}"`);
    ids.add(id);
  }
  if (value('DataMember') !== undefined && !DATA_MEMBER_CONTROLS.has(tag))
    say(
      `the new ${tag} names a view (DataMember); only form views and grid levels do: a field control takes its container's view`,
      `Value="${value('DataMember')}"`,
    );
  for (const [childTag] of elements(control))
    if (childTag !== 'Prop' && childTag !== 'Children')
      say(`the new ${tag} holds <${childTag}>; a control holds <Prop> and <Children>`, `<${childTag}`);
  checkChildren(control, say, ids);
}

/** A site map node belongs to a workspace and a subcategory every site has, or that the item itself defines. */
function checkSiteMap(root: XmlNode, file: string, at: At): Problem[] {
  const problems: Problem[] = [];
  for (const item of children(root, 'SiteMapNode')) {
    const workspaces = new Set(rows(item, 'MUIWorkspace').map((row) => attribute(row, 'WorkspaceID')?.toLowerCase()));
    const subcategories = new Set(
      rows(item, 'MUISubcategory').map((row) => attribute(row, 'SubcategoryID')?.toLowerCase()),
    );
    for (const node of rows(item, 'SiteMap')) {
      const screen = attribute(node, 'ScreenID') ?? attribute(node, 'Title') ?? '?';
      for (const placement of children(node, 'MUIScreen')) {
        const workspace = attribute(placement, 'WorkspaceID')?.toLowerCase() ?? '';
        const subcategory = attribute(placement, 'SubcategoryID')?.toLowerCase() ?? '';
        if (!workspaces.has(workspace) && !(workspace in STANDARD_WORKSPACES))
          problems.push({
            file,
            line: at(`WorkspaceID="${attribute(placement, 'WorkspaceID')}"`),
            message: `the site map node ${screen} is in the workspace ${workspace}, which the item does not define (an MUIWorkspace row) and a standard site does not have`,
          });
        if (!subcategories.has(subcategory) && !(subcategory in STANDARD_SUBCATEGORIES))
          problems.push({
            file,
            line: at(`SubcategoryID="${attribute(placement, 'SubcategoryID')}"`),
            message: `the site map node ${screen} is in the subcategory ${subcategory}, which the item does not define (an MUISubcategory row) and a standard site does not have`,
          });
      }
    }
  }
  return problems;
}

/** Every screen the package adds (a site map node of a page it ships) has its access rights (a ScreenWithRights item). */
function checkScreenRights(root: XmlNode, file: string, at: At, options: ItemRuleOptions): Problem[] {
  const withRights = new Set(
    children(root, 'ScreenWithRights').flatMap((item) =>
      rows(item, 'SiteMap').map((row) => attribute(row, 'ScreenID')?.toUpperCase()),
    ),
  );
  const problems: Problem[] = [];
  for (const item of children(root, 'SiteMapNode')) {
    for (const node of rows(item, 'SiteMap')) {
      const screen = attribute(node, 'ScreenID')?.toUpperCase();
      const url = attribute(node, 'Url') ?? '';
      const page = /^~\/pages\/([a-z]{2})\/([a-z]{2}[0-9a-z]{6})\.aspx$/i.exec(url);
      const added = page && options.shippedFile(`Pages\\${page[1]}\\${page[2]}.aspx`) !== undefined;
      if (screen && added && !withRights.has(screen))
        problems.push({
          file,
          line: at(`ScreenID="${attribute(node, 'ScreenID')}"`),
          message: `the new screen ${screen} has no ScreenWithRights item: without one, only administrators can open it`,
        });
    }
  }
  return problems;
}

/** The rows of a table in an item's data set (`<data-set><data><Table><row …/>`). */
function rows(item: XmlNode, table: string): XmlNode[] {
  return children(children(children(item, 'data-set')[0], 'data')[0], table).flatMap((t) => children(t, 'row'));
}

/** The child elements of a node, each with its tag, whether it occurs once or more. */
function elements(node: XmlNode): Array<[string, XmlNode]> {
  return Object.entries(node)
    .filter(([key]) => !key.startsWith('@') && !key.startsWith('#'))
    .flatMap(([tag, value]) =>
      (Array.isArray(value) ? value : [value]).map((child): [string, XmlNode] => [
        tag,
        typeof child === 'object' && child !== null ? (child as XmlNode) : {},
      ]),
    );
}

function lineAt(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

/** The line of the first `needle` at or after `from` (of the first anywhere, when none follows). */
function lineAfter(text: string, needle: string, from = 0): number | undefined {
  return lineOf(text, needle, from) ?? lineOf(text, needle);
}
