/**
 * The permission tree of Better B2B's Roles & Permissions screen, as the documents show it for the
 * predefined Admin role: three groups of checkboxes and three single ones. Roles hold the codes of the
 * leaves they grant; the labels are the screen's.
 */
export interface PermissionLeaf {
  code: string;
  label: string;
}

export interface PermissionGroup {
  label: string;
  children: PermissionLeaf[];
}

export const PERMISSION_TREE: ReadonlyArray<PermissionGroup | PermissionLeaf> = [
  {
    label: 'Manage Companies',
    children: [
      { code: 'companies.view', label: 'View Company information' },
      { code: 'companies.edit', label: 'Edit Company Information' },
    ],
  },
  {
    label: 'Manage Users',
    children: [
      { code: 'users.view', label: 'View Users' },
      { code: 'users.add', label: 'Add New User' },
      { code: 'users.edit', label: 'Edit User' },
      { code: 'users.delete', label: 'Delete User' },
    ],
  },
  {
    label: 'Manage Roles',
    children: [
      { code: 'roles.view', label: 'View Roles' },
      { code: 'roles.add', label: 'Add New Role' },
      { code: 'roles.edit', label: 'Edit Role' },
      { code: 'roles.delete', label: 'Delete Role' },
    ],
  },
  { code: 'orders.view', label: 'View Orders' },
  { code: 'orders.place', label: 'Place Order' },
  { code: 'orders.credit_limit', label: 'Order Credit Limit Value' },
];

export const PERMISSION_CODES: readonly string[] = PERMISSION_TREE.flatMap((node) =>
  'children' in node ? node.children : [node],
).map((leaf) => leaf.code);

/** The tree with a `granted` tick on each node, as the role's screen shows it; a group is ticked when all its leaves are. */
export function grantedTree(codes: readonly string[]) {
  const granted = new Set(codes);
  const leaf = (node: PermissionLeaf) => ({ ...node, granted: granted.has(node.code) });
  return PERMISSION_TREE.map((node) => {
    if (!('children' in node)) return leaf(node);
    const children = node.children.map(leaf);
    return { label: node.label, granted: children.every((child) => child.granted), children };
  });
}
