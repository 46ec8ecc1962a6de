import { timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type Express } from 'express';
import type { Logger } from 'pino';
import { z } from 'zod';
import { ConfigError } from './errors';
import { MemoryInbox } from './state/memory-inbox';
import type { PushInbox } from './state/store';
import { Coalescer } from './sync/coalescer';

/**
 * Acumatica's push notification (Push Notifications form SM302000, webhook destination): the rows that
 * entered (`Inserted`) and left (`Deleted`) the results of a generic inquiry. An update arrives as the old
 * row in Deleted and the new one in Inserted; delivery is at least once, so `Id` repeats on a resend.
 */
export const pushNotificationSchema = z.object({
  Inserted: z.array(z.record(z.string(), z.unknown())).default([]),
  Deleted: z.array(z.record(z.string(), z.unknown())).default([]),
  Query: z.string(),
  CompanyId: z.string().optional(),
  Id: z.string().min(1),
  TimeStamp: z.number().optional(),
  AdditionalInfo: z.record(z.string(), z.unknown()).optional(),
});
export type PushNotification = z.infer<typeof pushNotificationSchema>;

/** Columns of an inquiry row that name a customer (the customization's inquiries, or a hand-made one). */
const CUSTOMER_COLUMN = /^(CustomerID|Customer|BusinessAccount|AcctCD|BAccount_acctCD|Customer_acctCD|BAccountID)$/i;

/** The customer IDs a notification is about. */
export function customersIn(notification: PushNotification): string[] {
  const ids = new Set<string>();
  for (const row of [...notification.Inserted, ...notification.Deleted]) {
    for (const [column, value] of Object.entries(row)) {
      if (CUSTOMER_COLUMN.test(column) && typeof value === 'string' && value.trim()) ids.add(value.trim());
    }
  }
  return [...ids];
}

export interface PushReceiverOptions {
  /** Path the webhook posts to. */
  path: string;
  /** Name of the header Acumatica sends with the shared secret (Header Name on the Push Notifications form). */
  secretHeader: string;
  secret: string;
  /** Quiet time before a burst is synced, and the longest a customer waits. */
  quietMs: number;
  maxWaitMs: number;
  logger: Logger;
  /**
   * Syncs a batch of customers; throws when the batch could not run or stopped, and its customers are then
   * tried again after `retryMs`.
   */
  sync: (customerIds: string[]) => Promise<void>;
  /** Where notifications are kept from their 202 until their customers are synced; in memory when absent. */
  inbox?: PushInbox;
  /** Pause before a batch that failed is tried again (default 60 s). */
  retryMs?: number;
}

/** The largest body accepted; Acumatica sends a notification per change, not whole inquiries. */
export const MAX_BODY = '10mb';

/**
 * The `serve` side of the connector: an HTTP endpoint for Acumatica's push notifications that checks the
 * shared secret before it reads the body, validates the payload, keeps each notification in the inbox before
 * it answers 202, ignores resends, and syncs the customers it names in coalesced batches. A customer leaves
 * the inbox when a batch has synced it; what the inbox holds at start (a crash, a restart) is synced first.
 */
export class PushReceiver {
  readonly app: Express;
  private server: Server | undefined;
  private readonly coalescer: Coalescer;
  private readonly inbox: PushInbox;
  private readonly retries = new Set<NodeJS.Timeout>();
  received = 0;

  constructor(private readonly options: PushReceiverOptions) {
    this.inbox = options.inbox ?? new MemoryInbox();
    this.coalescer = new Coalescer(
      (ids) => this.syncBatch(ids),
      options.quietMs,
      options.maxWaitMs,
      Date.now,
      (error, ids) => this.retryLater(error, ids),
    );
    this.app = this.buildApp();
  }

  private async syncBatch(customerIds: string[]): Promise<void> {
    const mark = this.inbox.mark();
    await this.options.sync(customerIds);
    this.inbox.done(customerIds, mark);
  }

  /** A batch that failed stays in the inbox and is tried again later (also after a restart). */
  private retryLater(error: unknown, customerIds: string[]): void {
    const retryMs = this.options.retryMs ?? 60_000;
    this.options.logger.error(
      { err: error, customers: customerIds, retryInMs: retryMs },
      'the customers of a push notification were not synced; they stay in the inbox and are tried again',
    );
    const timer = setTimeout(() => {
      this.retries.delete(timer);
      this.coalescer.add(customerIds);
    }, retryMs);
    this.retries.add(timer);
  }

  private buildApp(): Express {
    const app = express();
    app.disable('x-powered-by');
    app.get('/health', (_req, res) => {
      res.json({
        status: 'ok',
        received: this.received,
        pending: this.coalescer.size,
        syncing: this.coalescer.busy,
        inbox: this.waiting,
      });
    });
    // The secret is checked before the body is read: a caller without it gets 401, whatever it sends.
    app.post(
      this.options.path,
      (req, res, next) => {
        if (this.authorized(req.get(this.options.secretHeader))) return next();
        this.options.logger.warn({ ip: req.ip }, 'push notification refused: missing or wrong secret');
        res.set('Connection', 'close');
        res.status(401).json({
          message: `Failed to accept the notification: the ${this.options.secretHeader} header is missing or wrong.`,
        });
      },
      express.json({ limit: MAX_BODY }),
      (req, res) => {
        const parsed = pushNotificationSchema.safeParse(req.body);
        if (!parsed.success) {
          const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`);
          res.status(400).json({
            message: 'Failed to accept the notification: it is not an Acumatica push notification.',
            errors: problems,
          });
          return;
        }
        this.received += 1;
        const notification = parsed.data;
        const ids = customersIn(notification);
        // Kept before the answer: once Acumatica has its 202 it does not send the notification again.
        if (!this.inbox.accept(notification.Id, ids)) {
          res.status(200).json({ accepted: 0, duplicate: true });
          return;
        }
        this.options.logger.info(
          { query: notification.Query, id: notification.Id, customers: ids },
          'push notification received',
        );
        this.coalescer.add(ids);
        res.status(202).json({ accepted: ids.length });
      },
    );
    app.use(
      (
        error: Error & { type?: string; status?: number },
        _req: express.Request,
        res: express.Response,
        _next: express.NextFunction,
      ) => {
        if (error.type === 'entity.too.large') {
          res.status(413).json({ message: `Failed to accept the notification: the body is larger than ${MAX_BODY}.` });
          return;
        }
        if (error.type === 'entity.parse.failed') {
          res.status(400).json({ message: `Failed to accept the notification: ${error.message}` });
          return;
        }
        const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
        if (status === 500) this.options.logger.error({ err: error }, 'push notification not accepted');
        res.status(status).json({
          message:
            status === 500
              ? 'Failed to accept the notification: it could not be kept; Acumatica sends it again.'
              : `Failed to accept the notification: ${error.message}`,
        });
      },
    );
    return app;
  }

  private authorized(given: string | undefined): boolean {
    if (!given) return false;
    const a = Buffer.from(given);
    const b = Buffer.from(this.options.secret);
    return a.length === b.length && timingSafeEqual(a, b);
  }

  /**
   * Listens on `host` (loopback unless told otherwise) and resolves with the webhook's URL; then syncs what the
   * inbox still holds from before. A port in use or an address not of this machine is a ConfigError.
   */
  async start(port: number, host = '127.0.0.1'): Promise<string> {
    const server = createServer(this.app);
    await new Promise<void>((resolve, reject) => {
      server.once('error', (error) => reject(listenProblem(error as NodeJS.ErrnoException, port, host)));
      server.listen(port, host, () => resolve());
    });
    this.server = server;
    const address = server.address() as AddressInfo;
    const waiting = this.inbox.pending();
    if (waiting.length > 0) {
      this.options.logger.info({ customers: waiting }, 'syncing the customers the inbox kept from before the restart');
      this.coalescer.add(waiting);
    }
    return `http://${reachableHost(address.address)}:${address.port}${this.options.path}`;
  }

  /** The address the server is bound to (127.0.0.1, 0.0.0.0, ::), while it listens. */
  get boundAddress(): string | undefined {
    return (this.server?.address() as AddressInfo | null)?.address;
  }

  /** Customers in the inbox: notified and not yet synced. */
  get waiting(): number {
    return this.inbox.pending().length;
  }

  /** Stops listening, then syncs what is still pending, so that nothing received is lost. */
  async stop(): Promise<void> {
    for (const timer of this.retries) clearTimeout(timer); // those customers stay in the inbox for the next start
    this.retries.clear();
    const server = this.server;
    this.server = undefined;
    if (server) {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
    await this.coalescer.stop();
  }
}

/** The host of a URL that reaches an address bound to `host` from this machine. */
function reachableHost(host: string): string {
  if (host === '0.0.0.0') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return host.includes(':') ? `[${host}]` : host;
}

function listenProblem(error: NodeJS.ErrnoException, port: number, host: string): Error {
  switch (error.code) {
    case 'EADDRINUSE':
      return new ConfigError(
        `Failed to start serve: PUSH_PORT ${port} is already in use on ${host}. Stop the program that listens there, or set PUSH_PORT to a free port.`,
      );
    case 'EACCES':
      return new ConfigError(
        `Failed to start serve: listening on PUSH_PORT ${port} is not allowed for this user. Choose a port above 1023.`,
      );
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new ConfigError(
        `Failed to start serve: PUSH_HOST ${host} is not an address of this machine. Use 127.0.0.1 (this machine only) or 0.0.0.0 (every interface).`,
      );
    default:
      return error;
  }
}
