import { z } from 'zod';
import { checkbox, field, html, notice, screenUrl, table, type Part } from '../../ui/html';
import { readQuery, ScreenError, type ScreenHandler } from '../../ui/screens-router';
import { grantedTree } from '../permissions';
import type { B2BStore, RoleRecord } from '../store';

const noQuery = z.strictObject({});

/** Every role of the store: predefined, store-wide custom and company roles, each with a View link. */
export function rolesScreen(store: B2BStore): ScreenHandler {
  return (req) => {
    readQuery(req, noQuery);
    const company = (role: RoleRecord) =>
      role.company_id === null ? 'All companies' : (store.company(role.company_id)?.company_name ?? role.company_id);
    return {
      title: 'Roles & Permissions',
      section: 'roles',
      body: table(
        'Roles',
        [
          { label: 'Role Name', cell: (role: RoleRecord) => role.name },
          { label: 'Type', cell: (role: RoleRecord) => role.type, className: 'narrow' },
          { label: 'Company', cell: company },
          { label: 'Users', cell: (role: RoleRecord) => store.roleHolderCount(role.id), className: 'number' },
          {
            label: 'Action',
            cell: (role: RoleRecord) => html`<a href="${screenUrl('roles', role.id)}">View</a>`,
            className: 'narrow',
          },
        ],
        store.roles,
        'No role exists!',
      ),
    };
  };
}

/**
 * A role's View (the documents' "View Option in Predefined Role Information"): Role Information with its
 * name, "Predefined roles cannot be modified" on a predefined role, and the permission tree with a tick on
 * every permission the role grants (a group is ticked when all of its permissions are).
 */
export function roleScreen(store: B2BStore): ScreenHandler {
  return (req) => {
    readQuery(req, noQuery);
    const raw = req.params.id;
    const role = typeof raw === 'string' && /^\d{1,9}$/.test(raw) ? store.role(Number(raw)) : undefined;
    if (!role) throw new ScreenError(404, `There is no role ${String(raw)}. Roles & Permissions lists them all.`);
    const tree = grantedTree(role.permissions).map((node): Part => {
      if (!('children' in node)) return html`<li>${checkbox(node.granted, node.label)}</li>`;
      return html`<li>
        <span class="twist">▾</span><span class="group">${checkbox(node.granted, node.label)}</span>
        <ul>
          ${node.children.map((leaf) => html`<li>${checkbox(leaf.granted, leaf.label)}</li>`)}
        </ul>
      </li>`;
    });
    const company = role.company_id === null ? undefined : store.company(role.company_id);
    return {
      title: 'Roles & Permissions',
      section: 'roles',
      body: html`<h2>Role Information</h2>
        ${role.type === 'Predefined' ? notice('warning', 'Predefined roles cannot be modified') : ''}
        ${field('Role Name', role.name, { required: true })} ${field('Type', role.type)}
        ${role.company_id === null ? '' : field('Company', company?.company_name ?? role.company_id)}
        <h2>Permissions</h2>
        <ul class="tree" aria-label="Permissions">
          ${tree}
        </ul>`,
    };
  };
}
