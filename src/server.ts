import { timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type Express } from 'express';
import type { Logger } from 'pino';
import { z } from 'zod';
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
  /** Syncs a batch of customers. */
  sync: (customerIds: string[]) => Promise<void>;
}

/**
 * The `serve` side of the connector: an HTTP endpoint for Acumatica's push notifications that checks the
 * shared secret, validates the payload, ignores resends, and syncs the customers it names in coalesced batches.
 */
export class PushReceiver {
  readonly app: Express;
  private server: Server | undefined;
  private readonly coalescer: Coalescer;
  private readonly seen: string[] = [];
  received = 0;

  constructor(private readonly options: PushReceiverOptions) {
    this.coalescer = new Coalescer(options.sync, options.quietMs, options.maxWaitMs, Date.now, (error, ids) =>
      options.logger.error({ err: error, customers: ids }, 'failed to sync the customers of a push notification'),
    );
    this.app = this.buildApp();
  }

  private buildApp(): Express {
    const app = express();
    app.disable('x-powered-by');
    app.get('/health', (_req, res) => {
      res.json({ status: 'ok', received: this.received, pending: this.coalescer.size, syncing: this.coalescer.busy });
    });
    app.post(this.options.path, express.json({ limit: '10mb' }), (req, res) => {
      if (!this.authorized(req.get(this.options.secretHeader))) {
        this.options.logger.warn({ ip: req.ip }, 'push notification refused: missing or wrong secret');
        res.status(401).json({
          message: `Failed to accept the notification: the ${this.options.secretHeader} header is missing or wrong.`,
        });
        return;
      }
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
      if (this.seen.includes(notification.Id)) {
        res.status(200).json({ accepted: 0, duplicate: true });
        return;
      }
      this.seen.push(notification.Id);
      if (this.seen.length > 1000) this.seen.shift();
      const ids = customersIn(notification);
      this.options.logger.info(
        { query: notification.Query, id: notification.Id, customers: ids },
        'push notification received',
      );
      this.coalescer.add(ids);
      res.status(202).json({ accepted: ids.length });
    });
    app.use(
      (error: Error & { type?: string }, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
        res
          .status(error.type === 'entity.parse.failed' ? 400 : 500)
          .json({ message: `Failed to accept the notification: ${error.message}` });
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

  async start(port: number, host = '0.0.0.0'): Promise<string> {
    const server = createServer(this.app);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => resolve());
    });
    this.server = server;
    const address = server.address() as AddressInfo;
    return `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${address.port}${this.options.path}`;
  }

  /** Stops listening, then syncs what is still pending, so that nothing received is lost. */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
    await this.coalescer.stop();
  }
}
