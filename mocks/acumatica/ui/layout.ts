import { documentPage, html, screenUrl, type Html, type Part } from '../../ui/html';
import type { Screen } from '../../ui/screens-router';

/**
 * The frame of Acumatica's web UI as the documents' screenshots show it: the dark top bar (logo, search, the
 * company and the user), the module menu on the left (Receivables holds Customers, Commerce Connector the
 * Logs), the screen's title with NOTES FILES CUSTOMIZATION TOOLS, and a toolbar of grey icons. Modules the
 * mock does not emulate are greyed out.
 */
const MODULES: ReadonlyArray<{ label: string; icon: string; href?: string; section?: string }> = [
  { label: 'Favorites', icon: '★' },
  { label: 'Data Views', icon: '◫' },
  { label: 'Time and Expenses', icon: '◷' },
  { label: 'Finance', icon: '▤' },
  { label: 'Banking', icon: '$' },
  { label: 'Projects', icon: '◩' },
  { label: 'Payables', icon: '⊖' },
  { label: 'Receivables', icon: '⊕', href: screenUrl('customers'), section: 'customers' },
  { label: 'Sales Orders', icon: '▭' },
  { label: 'Purchases', icon: '▯' },
  { label: 'Inventory', icon: '▦' },
  { label: 'Payroll', icon: '◔' },
  { label: 'Dashboards', icon: '◕' },
  { label: 'Commerce Connector', icon: '⇆', href: screenUrl('logs'), section: 'logs' },
  { label: 'Commerce', icon: '⊞' },
];

const HARNESS: ReadonlyArray<{ label: string; href: string; section: string }> = [
  { label: 'Request Journal', href: screenUrl('journal'), section: 'journal' },
  { label: 'Active Faults', href: screenUrl('faults'), section: 'faults' },
  { label: 'All screens', href: screenUrl(), section: 'home' },
];

/** A screen's title line: the screen's name and, on a form, the record it shows ("C000000012 - John Kenny"). */
export interface AcumaticaScreen extends Screen {
  record?: string;
}

export function acumaticaFrame(screen: AcumaticaScreen): string {
  const module = (item: (typeof MODULES)[number]) =>
    item.href
      ? html`<a class="module${item.section === screen.section ? ' current' : ''}" href="${item.href}"
          ><span class="icon">${item.icon}</span>${item.label}</a
        >`
      : html`<span class="module disabled" title="Not emulated by this mock"
          ><span class="icon">${item.icon}</span>${item.label}</span
        >`;
  const body = html`<header class="topbar">
      <span class="logo">Acumatica</span><span class="search">Search <span class="glass">⌕</span></span
      ><span class="tenant">Revision Two Products · Acumatica mock · read-only</span
      ><span class="user">admin admin</span>
    </header>
    <div class="app">
      <nav class="modules" aria-label="Modules">
        ${MODULES.map(module)}
        <div class="harness">
          <div class="caption">Mock</div>
          ${HARNESS.map(
            (item) =>
              html`<a class="module${item.section === screen.section ? ' current' : ''}" href="${item.href}"
                >${item.label}</a
              >`,
          )}
        </div>
      </nav>
      <main>
        <div class="screen-title">
          <h1>${screen.title}${screen.record ? html` <span class="record">${screen.record}</span>` : ''}</h1>
          <span class="links">NOTES FILES CUSTOMIZATION TOOLS</span>
        </div>
        <div class="icons" aria-hidden="true">↻ ✓ ↶ + ✕ ❐ |◀ ◀ ▶ ▶|</div>
        <div class="screen">${screen.body}</div>
      </main>
    </div>`;
  return documentPage(
    `${screen.record ? `${screen.record} · ` : ''}${screen.title} · Acumatica mock`,
    body,
    'acumatica',
  );
}

/** A form's summary area: fields side by side in columns, as the top of an Acumatica form. */
export function summary(...columns: Html[][]): Html {
  return html`<div class="summary">${columns.map((fields) => html`<div class="column">${fields}</div>`)}</div>`;
}

/** A grid's caption bar (SITE ASSOCIATION, CONTACTS), with grey grid-toolbar icons. */
export function gridCaption(caption: string, extra: Part = ''): Html {
  return html`<div class="grid-bar">
    <span class="caption">${caption}</span><span class="grid-icons" aria-hidden="true">↻ + ✎ ✕ ↔ ⤓</span>${extra}
  </div>`;
}

/** A date and time as Acumatica's grids write them ("11/21/2023 03:15:09 PM"), in UTC; empty for none. */
export function acumaticaDateTime(value: unknown): string {
  if (typeof value !== 'string' || value === '') return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const two = (n: number) => String(n).padStart(2, '0');
  const hours = date.getUTCHours();
  return `${two(date.getUTCMonth() + 1)}/${two(date.getUTCDate())}/${date.getUTCFullYear()} ${two(hours % 12 || 12)}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())} ${hours < 12 ? 'AM' : 'PM'}`;
}

export const ACUMATICA_CSS = `
body.acumatica{background:#fff;color:#1f2d3d;--accent:#0f6fc6}
.topbar{display:flex;align-items:center;gap:18px;height:44px;padding:0 14px;background:#1d2a3a;color:#dfe6ee}
.topbar .logo{font-size:18px;font-weight:600;letter-spacing:.5px;color:#fff;width:162px}
.topbar .search{display:inline-flex;justify-content:space-between;width:240px;padding:3px 8px;border-radius:3px;background:#2c3c50;color:#9fb0c3}
.topbar .tenant{margin-left:auto;color:#b9c6d4}
.topbar .user{padding-left:14px;border-left:1px solid #3a4b60}
.app{display:flex;min-height:calc(100vh - 44px)}
.modules{width:190px;flex:none;background:#26374b;padding:6px 0}
.module{display:flex;align-items:center;gap:10px;padding:7px 14px;color:#d7e0ea;text-decoration:none}
.module .icon{width:18px;text-align:center;color:#8ea3ba}
a.module:hover{background:#31455c}
.module.current{background:#0f6fc6;color:#fff}
.module.current .icon{color:#fff}
.module.disabled{color:#7f93a8;cursor:default}
.modules .harness{margin-top:10px;border-top:1px solid #3a4b60;padding-top:6px}
.modules .caption{padding:4px 14px;font-size:11px;text-transform:uppercase;letter-spacing:1px;color:#8ea3ba}
main{flex:1;min-width:0}
.screen-title{display:flex;align-items:baseline;padding:12px 18px 4px}
.screen-title h1{margin:0;font-size:18px;font-weight:400;color:#1f2d3d}
.screen-title .record{margin-left:10px;font-weight:600}
.screen-title .links{margin-left:auto;font-size:11px;letter-spacing:.6px;color:#5f7285}
.icons{padding:4px 18px 8px;color:#9aa8b6;letter-spacing:6px;border-bottom:1px solid #e1e6eb}
.screen{padding:10px 18px 24px;overflow-x:auto}
.summary{display:flex;flex-wrap:wrap;gap:0 36px;padding:6px 0 10px;border-bottom:1px solid #e1e6eb;margin-bottom:4px}
.acumatica .field{grid-template-columns:150px minmax(0,280px);margin:4px 0}
.acumatica .field .label{color:#4a5a6a}
.acumatica .field .value{background:#fff;border:0;border-bottom:1px solid #b8c4d0;border-radius:0;min-height:24px;padding:3px 4px}
.acumatica .tabs{margin:8px 0 10px;border-bottom:1px solid #d5dce3}
.acumatica .tab{font-size:10.5px;letter-spacing:0;text-transform:uppercase;color:#34495e;padding:8px 5px}
.acumatica .tab.active{color:#0f6fc6;border-bottom-color:#0f6fc6;font-weight:600}
.acumatica .tab.disabled{color:#a5b1bd}
.grid-bar{display:flex;align-items:center;gap:14px;padding:6px 0;border-bottom:1px solid #d5dce3}
.grid-bar .caption{font-weight:600;font-size:12px;letter-spacing:.6px;text-transform:uppercase}
.grid-bar .grid-icons{color:#9aa8b6;letter-spacing:6px}
.acumatica table.grid th{background:#f3f5f7;color:#34495e;font-weight:600;border-bottom:1px solid #ccd5de;border-right:1px solid #e1e6eb}
.acumatica table.grid td{border-right:1px solid #f0f2f4}
.acumatica table.grid tbody tr:nth-child(even){background:#fafbfc}
.acumatica table.grid a{color:#0f6fc6}
.acumatica .filters{border-bottom:1px solid #e1e6eb;margin-bottom:6px}
.acumatica .filters button{background:#0f6fc6;border-color:#0f6fc6;color:#fff}
.check-row{margin:8px 0 10px}
.section-title{font-weight:600;font-size:12px;letter-spacing:.6px;text-transform:uppercase;margin:14px 0 6px;color:#34495e}
.screens{list-style:none;padding:0;margin:0}
.screens li{padding:8px 0;border-bottom:1px solid #eef0f5}
.screens a{color:#0f6fc6;font-weight:600}
.level{font-weight:600}
.level.error{color:#b3261e}
.level.warning{color:#946200}
`;
