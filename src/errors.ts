/**
 * The product's own errors: each says what failed, why, and what to do ("Failed to <action>: <reason>.
 * <advice>"). Anything that is not an instance of `SyncError` is unexpected and is reported as a bug.
 */
export class SyncError extends Error {
  /** Exit code of the CLI when this error ends a run. */
  readonly exitCode: number = 1;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** A setting is missing or malformed. */
export class ConfigError extends SyncError {
  override readonly exitCode = 2;
}

/** The command line is malformed. */
export class UsageError extends SyncError {
  override readonly exitCode = 2;
}

/** A call to an external system failed after its retries; `status` is the HTTP status if one came back. */
export class RemoteError extends SyncError {
  constructor(
    readonly system: 'Acumatica' | 'Better B2B',
    readonly action: string,
    readonly status: number | undefined,
    readonly detail: string,
    readonly url: string,
    options?: { cause?: unknown },
  ) {
    super(`Failed to ${action} in ${system}: ${status ? `HTTP ${status}, ` : ''}${sentence(detail)}`, options);
  }

  /** True when retrying later may succeed (throttling, outage, network), false for a refused request. */
  get transient(): boolean {
    return this.status === undefined || this.status === 429 || this.status >= 500;
  }
}

/**
 * Whether a failure says nothing about the record: an outage, throttling or a network fault (retrying
 * later may succeed). Such a failure does not use up one of the customer's attempts; any other does.
 */
export function isTransient(error: unknown): boolean {
  return error instanceof RemoteError && error.transient;
}

/** Acumatica does not expose what the connector needs (for example the customization is not published). */
export class ContractError extends SyncError {}

/** A sentence that ends with exactly one mark: its own question or exclamation mark, or one period. */
export function sentence(text: string): string {
  const bare = text.trimEnd().replace(/\.+$/, '');
  return /[?!]$/.test(bare) ? bare : `${bare}.`;
}

/**
 * A remote system's sentence followed by our advice, the one way advice is appended: "Please try again." and
 * "Check ACUMATICA_PASSWORD" make "Please try again. Check ACUMATICA_PASSWORD", whether or not the remote
 * sentence brought its own period.
 */
export function withAdvice(remote: string, advice: string): string {
  return `${sentence(remote)} ${advice}`;
}
