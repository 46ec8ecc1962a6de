import axios from 'axios';
import { createLogger } from '../../src/logger';
import { PushReceiver } from '../../src/server';

export interface PushConnectorOptions {
  secret: string;
  quietMs: number;
  /** Syncs a batch of customers, as `serve` does. */
  sync: (customerIds: string[]) => Promise<void>;
}

export const SECRET_HEADER = 'X-Kensium-Push-Secret';

/** `serve` inside the scenario: the real PushReceiver of src/server.ts on a free port, with the batches it synced. */
export class PushConnector {
  readonly batches: string[][] = [];
  private readonly receiver: PushReceiver;
  url = '';

  constructor(readonly options: PushConnectorOptions) {
    this.receiver = new PushReceiver({
      path: '/acumatica/push',
      secretHeader: SECRET_HEADER,
      secret: options.secret,
      quietMs: options.quietMs,
      maxWaitMs: Math.max(10_000, options.quietMs * 2),
      logger: createLogger('silent'),
      sync: async (ids) => {
        this.batches.push(ids);
        await options.sync(ids);
      },
    });
  }

  async start(): Promise<string> {
    this.url = await this.receiver.start(0, '127.0.0.1');
    return this.url;
  }

  /** Stops listening and syncs what is still pending (Ctrl+C on `serve`). */
  stop(): Promise<void> {
    return this.receiver.stop();
  }

  /** What GET /health reports: notifications received, customers pending, and whether a batch is syncing. */
  async health(): Promise<{ received: number; pending: number; syncing: boolean }> {
    const response = await axios.get(new URL('/health', this.url).toString(), { timeout: 5000 });
    return response.data;
  }

  /** Resolves once nothing is pending or syncing. */
  async idle(timeoutMs = 10_000): Promise<void> {
    for (const deadline = Date.now() + timeoutMs; ;) {
      const health = await this.health();
      if (health.pending === 0 && !health.syncing) return;
      if (Date.now() > deadline)
        throw new Error(`The connector is still busy after ${timeoutMs} ms: ${JSON.stringify(health)}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}
