import { documentPage, html, screenUrl, type Part } from '../../ui/html';
import type { Screen } from '../../ui/screens-router';

/**
 * The frame of Better B2B's admin app as the documents' screenshots show it: the KENSIUM sidebar (Dashboard,
 * Companies, Invoices, Quotes, Payment Mapping, Users, Queues, Logs, Acumatica Configurations, Settings), a
 * title bar, and the screen on a white card. Menu entries the mock does not emulate are greyed out.
 */
const MENU: ReadonlyArray<{ label: string; icon: string; href?: string; section?: string; sub?: boolean }> = [
  { label: 'Dashboard', icon: '▦' },
  { label: 'Companies', icon: '▤', href: screenUrl('companies'), section: 'companies' },
  { label: 'Invoices', icon: '▥' },
  { label: 'Quotes', icon: '❝' },
  { label: 'Payment Mapping', icon: '⇄' },
  { label: 'Users', icon: '☺' },
  { label: 'Roles & Permissions', icon: '', href: screenUrl('roles'), section: 'roles', sub: true },
  { label: 'Queues', icon: '≣' },
  { label: 'Logs', icon: '▣' },
  { label: 'Acumatica Configurations', icon: '⚙' },
  { label: 'Settings', icon: '⚙' },
];

const HARNESS_MENU: ReadonlyArray<{ label: string; href: string; section: string }> = [
  { label: 'Request Journal', href: screenUrl('journal'), section: 'journal' },
  { label: 'Active Faults', href: screenUrl('faults'), section: 'faults' },
  { label: 'All screens', href: screenUrl(), section: 'home' },
];

export function kensiumFrame(screen: Screen): string {
  const entry = (item: (typeof MENU)[number]) =>
    item.href
      ? html`<a
          class="menu${item.sub ? ' sub' : ''}${item.section === screen.section ? ' current' : ''}"
          href="${item.href}"
          ><span class="icon">${item.icon}</span>${item.label}</a
        >`
      : html`<span class="menu disabled" title="Not emulated by this mock"
          ><span class="icon">${item.icon}</span>${item.label}</span
        >`;
  const body = html`<div class="app">
    <aside class="sidebar">
      <div class="brand"><span class="logo">K</span>KENSIUM<span class="burger">≡</span></div>
      <nav aria-label="Menu">${MENU.map(entry)}</nav>
      <div class="harness">
        <div class="caption">Mock</div>
        ${HARNESS_MENU.map(
          (item) =>
            html`<a class="menu${item.section === screen.section ? ' current' : ''}" href="${item.href}"
              >${item.label}</a
            >`,
        )}
      </div>
    </aside>
    <main>
      <header class="titlebar">
        <h1>${screen.title}</h1>
        <span class="tag">Better B2B mock · read-only</span>
      </header>
      <div class="content"><div class="card">${screen.body}</div></div>
      <footer>© Kensium LLC · emulated by the Better B2B mock</footer>
    </main>
  </div>`;
  return documentPage(`${screen.title} · Better B2B mock`, body, 'kensium');
}

/** A toolbar like the documents' (Refresh, Add, a search box and its button); Add is shown but disabled. */
export function toolbar(action: string, search: string | undefined, placeholder: string, refresh: string): Part {
  return html`<form class="toolbar" method="get" action="${action}">
    <a class="button" href="${refresh}">Refresh</a>
    <button type="button" disabled title="The screens are read-only">Add</button>
    <input
      type="search"
      name="search"
      value="${search ?? ''}"
      placeholder="${placeholder}"
      aria-label="${placeholder}"
    />
    <button type="submit" class="primary">Search</button>
  </form>`;
}

/** A company's status as a coloured badge (APPROVED green, PENDING amber, REJECTED red). */
export function statusBadge(status: string): Part {
  return html`<span class="badge ${status.toLowerCase()}">${status}</span>`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A date as the Companies list writes it, "Nov 21st 2023" (UTC); empty for none. */
export function b2bDate(iso: string | null): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const day = date.getUTCDate();
  const suffix =
    day % 10 === 1 && day !== 11
      ? 'st'
      : day % 10 === 2 && day !== 12
        ? 'nd'
        : day % 10 === 3 && day !== 13
          ? 'rd'
          : 'th';
  return `${MONTHS[date.getUTCMonth()]} ${day}${suffix} ${date.getUTCFullYear()}`;
}

export const KENSIUM_CSS = `
body.kensium{background:#f4f6fa;--accent:#2f5bea}
.app{display:flex;min-height:100vh}
.sidebar{width:236px;flex:none;background:#fff;border-right:1px solid #e2e6ee;padding:0 0 16px}
.brand{display:flex;align-items:center;gap:8px;height:56px;padding:0 18px;font-weight:700;letter-spacing:2px;color:#1b2a4e;border-bottom:1px solid #eef0f5}
.brand .logo{display:inline-grid;place-items:center;width:26px;height:26px;border-radius:5px;background:#1b2a4e;color:#fff;letter-spacing:0}
.brand .burger{margin-left:auto;color:#8a94a6;font-size:18px}
.sidebar nav{padding:8px 0}
.menu{display:flex;align-items:center;gap:10px;padding:8px 20px;color:#3b4863;text-decoration:none}
.menu .icon{width:18px;text-align:center;color:#7b86a0}
a.menu:hover{background:#f1f4fb}
.menu.current{background:#eaf0ff;color:#2f5bea;border-left:3px solid #2f5bea;padding-left:17px;font-weight:600}
.menu.disabled{color:#a4acbd;cursor:default}
.menu.sub{padding-left:48px}
.menu.sub.current{padding-left:45px}
.harness{margin-top:8px;border-top:1px solid #eef0f5;padding-top:8px}
.harness .caption{padding:4px 20px;font-size:11px;text-transform:uppercase;letter-spacing:1px;color:#8a94a6}
main{flex:1;min-width:0;display:flex;flex-direction:column}
.titlebar{display:flex;align-items:center;height:56px;padding:0 24px;background:#fff;border-bottom:1px solid #e2e6ee}
.titlebar h1{margin:0;font-size:18px;font-weight:600;color:#1b2a4e}
.titlebar .tag{margin-left:auto;font-size:11px;color:#8a94a6;border:1px solid #dfe3ea;border-radius:10px;padding:2px 10px}
.content{padding:20px 24px;flex:1}
.card{background:#fff;border:1px solid #e2e6ee;border-radius:6px;padding:16px 18px}
footer{padding:10px 24px;font-size:11px;color:#8a94a6}
.kensium .tabs{margin:6px 0 14px}
.kensium .tab{color:#3b4863}
.kensium .tab.active{color:#2f5bea;border-bottom-color:#2f5bea;font-weight:600}
.kensium table.grid th{background:#f7f8fb;color:#5a6580;border-bottom:1px solid #e2e6ee}
.kensium table.grid a{color:#2f5bea}
.toolbar{display:flex;align-items:center;gap:8px;margin:0 0 12px}
.toolbar input{font:inherit;padding:5px 8px;border:1px solid #cfd5e2;border-radius:4px;min-width:280px}
.kensium button.primary{background:#2f5bea;border-color:#2f5bea;color:#fff}
.badge{display:inline-block;padding:1px 8px;border-radius:10px;font-size:11px;font-weight:600;letter-spacing:.3px}
.badge.approved{background:#e3f6ea;color:#1e7d43}
.badge.pending{background:#fff2d6;color:#8a5a00}
.badge.rejected{background:#fde4e1;color:#a12a1c}
.badge.predefined{background:#eef0f5;color:#4b5670}
.company-head{display:flex;align-items:center;gap:10px;margin-bottom:4px}
.company-head .back{text-decoration:none;color:#7b86a0;font-size:18px}
.company-head .avatar{display:inline-grid;place-items:center;width:30px;height:30px;border-radius:50%;background:#eaf0ff;color:#2f5bea;font-weight:700}
.company-head .name{font-size:16px;font-weight:600}
.kensium .field{grid-template-columns:1fr;gap:3px;max-width:520px;margin:0 0 12px}
.kensium .field .value{background:#fff;border-color:#d6dbe6;border-radius:4px;padding:6px 10px}
.actions{display:flex;justify-content:flex-end;margin-top:8px}
.addresses{display:flex;flex-wrap:wrap;gap:16px;margin-bottom:18px}
.address{flex:1 1 260px;max-width:360px;border:1px solid #e2e6ee;border-radius:6px;padding:12px 14px}
.address h3{margin:0 0 6px;font-size:13px;color:#5a6580;font-weight:600}
.address .label{font-weight:600;margin-bottom:4px}
.address p{margin:0}
.tree{list-style:none;margin:6px 0;padding:0}
.tree ul{list-style:none;margin:2px 0 6px 28px;padding:0}
.tree li{margin:4px 0}
.tree .group{font-weight:600}
.tree .twist{display:inline-block;width:14px;color:#7b86a0}
.screens{list-style:none;padding:0;margin:0}
.screens li{padding:8px 0;border-bottom:1px solid #eef0f5}
.screens a{color:#2f5bea;font-weight:600}
h2{font-size:14px;margin:4px 0 12px;color:#1b2a4e}
`;
