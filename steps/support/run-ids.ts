import { randomInt } from 'node:crypto';

/**
 * The identifiers a scenario names (the documents' C000000012, markz@test.com, B2BQASTORE) and the ones
 * it really uses. Against the mocks, reset before each scenario, they are the same. Live, where the data
 * of earlier runs stays, each scenario gets identifiers of its own, so that it creates new records
 * instead of finding old ones; expected values in tables are translated the same way.
 */
export class RunIds {
  private readonly aliases = new Map<string, string>();
  private readonly connectors = new Map<string, string>();
  private readonly token = randomInt(36 ** 6)
    .toString(36)
    .padStart(6, '0')
    .toUpperCase();

  constructor(readonly unique: boolean) {}

  /** A key such as a customer ID or a connector ID: the documented one's first letter, then 9 unique characters (Acumatica keys are 10 long). */
  key(documented: string): string {
    return this.alias(documented, () => `${documented.charAt(0).toUpperCase()}${this.token}${String(this.aliases.size).padStart(3, '0')}`);
  }

  /**
   * A connector ID: unique on live runs like a key, but never translated in expected text, because the
   * documents' connector and config site share the name B2BQASTORE and the config site stays.
   */
  connector(documented: string): string {
    let value = this.connectors.get(documented);
    if (value === undefined) {
      value = this.unique ? `${documented.charAt(0).toUpperCase()}${this.token}C${String(this.connectors.size).padStart(2, '0')}` : documented;
      this.connectors.set(documented, value);
    }
    return value;
  }

  /** An email address: the documented one with a unique tag (`markz+K3F9ZQ001@test.com`). */
  email(documented: string): string {
    return this.alias(documented, () => {
      const at = documented.lastIndexOf('@');
      if (at < 1) return documented;
      return `${documented.slice(0, at)}+${this.token.toLowerCase()}${this.aliases.size}${documented.slice(at)}`;
    });
  }

  /** Text with every documented identifier replaced by the one this scenario uses. */
  toRun(text: string): string {
    let out = text;
    const longestFirst = [...this.aliases.entries()].filter(([from, to]) => from !== to).sort(([a], [b]) => b.length - a.length);
    for (const [from, to] of longestFirst) out = out.split(from).join(to);
    return out;
  }

  private alias(documented: string, make: () => string): string {
    let value = this.aliases.get(documented);
    if (value === undefined) {
      value = this.unique ? make() : documented;
      this.aliases.set(documented, value);
    }
    return value;
  }
}
