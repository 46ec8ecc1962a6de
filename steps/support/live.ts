import { randomBytes } from 'node:crypto';
import { z } from 'zod';

/**
 * The world parameters the suite understands. `live: true` (the `live` profile) runs against the
 * endpoints in the environment instead of in-process mocks. A JSON string from the command line
 * (`--world-parameters '{"live":"false"}'`) means what it says: "false", "0" and "no" are not live.
 */
const flag = z
  .union([z.boolean(), z.enum(['true', 'false', '1', '0', 'yes', 'no']), z.literal(1), z.literal(0)], {
    message: 'expected true or false',
  })
  .optional();

const worldParametersSchema = z.looseObject({ live: flag });

/** `autoNumberCustomers`: the Acumatica mock numbers new customers, as a tenant with a numbering sequence does. */
export function isAutoNumbering(parameters: unknown): boolean {
  const parsed = z.looseObject({ autoNumberCustomers: flag }).safeParse(parameters ?? {});
  if (!parsed.success)
    throw new Error(
      `Failed to read the world parameters: autoNumberCustomers ${parsed.error.issues[0]?.message}. Use --world-parameters '{"autoNumberCustomers":true}'.`,
    );
  const value = parsed.data.autoNumberCustomers;
  return value === true || value === 'true' || value === '1' || value === 'yes' || value === 1;
}

export function isLive(parameters: unknown): boolean {
  const parsed = worldParametersSchema.safeParse(parameters ?? {});
  if (!parsed.success) {
    throw new Error(
      `Failed to read the world parameters: live ${parsed.error.issues[0]?.message}. Use the live profile or --world-parameters '{"live":true}'.`,
    );
  }
  const live = parsed.data.live;
  return live === true || live === 'true' || live === '1' || live === 'yes' || live === 1;
}

/**
 * The names a scenario gives to what it creates (customer IDs, contact emails, the connector), and the
 * names they get in the systems. Against the mocks, reset before each scenario, they are the same. Live,
 * where earlier runs left their data, each scenario gets its own: `C000000288` becomes `Cx7k2q0288`
 * (10 characters, Acumatica's default length of a customer ID), `markz@test.com` becomes
 * `markz+x7k2q@test.com`, `B2BQASTORE` becomes `B2BQASTORE-x7k2q`. Expected texts are translated the same way.
 * A tenant that numbers new customers gives them keys of its own; `renameCustomer` records them, mocks or live.
 */
export class Aliases {
  private readonly names = new Map<string, string>();
  readonly token = randomBytes(4).readUInt32BE().toString(36).slice(0, 5).padStart(5, '0');

  constructor(readonly unique: boolean) {}

  customer(id: string): string {
    return this.remember(id, () => `${id.slice(0, 1)}${this.token}${id.slice(-4)}`);
  }

  /**
   * The customer that was created as `asked` got the key `given` (a tenant that numbers new customers):
   * from now on the scenario's name stands for `given`, in steps and in expected texts.
   */
  renameCustomer(asked: string, given: string): void {
    if (asked === given) return;
    const name = [...this.names.entries()].find(([, alias]) => alias === asked)?.[0] ?? asked;
    this.names.set(name, given);
  }

  email(email: string): string {
    if (!email.includes('@')) return email;
    return this.remember(email, () => email.replace('@', `+${this.token}@`));
  }

  connector(id: string): string {
    return this.remember(id, () => `${id}-${this.token}`);
  }

  /** A text with every name this scenario used replaced by its name in the systems (longest names first). */
  translate(text: string): string {
    if (this.names.size === 0) return text;
    const known = [...this.names.keys()].sort((a, b) => b.length - a.length);
    const pattern = new RegExp(known.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
    return text.replace(pattern, (name) => this.names.get(name) ?? name);
  }

  private remember(name: string, make: () => string): string {
    const known = this.names.get(name);
    if (known) return known;
    if (!this.unique || name === '') return name;
    const taken = new Set(this.names.values());
    const base = make();
    let alias = base;
    for (let n = 0; taken.has(alias); n++) alias = `${base.slice(0, -2)}${n.toString(36).padStart(2, '0')}`;
    this.names.set(name, alias);
    return alias;
  }
}
