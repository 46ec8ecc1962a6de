import { z } from 'zod';
import { payloadFor, serialize, type PushPayload } from './push-payload';
import type { RecordChange } from '../entities/record-writer';

/**
 * A push notification as the Push Notifications form (SM302000) defines one with a webhook destination:
 * where to POST, the optional header Acumatica adds for security, and the query whose rows it watches
 * (here: the top-level entity, optionally some of its fields as the inquiry's columns).
 */
export const subscriptionSchema = z
  .strictObject({
    address: z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' }),
    headerName: z.string().min(1).optional(),
    headerValue: z.string().optional(),
    /** The generic inquiry's name, sent as `Query`. */
    query: z.string().min(1).optional(),
    entity: z.string().min(1).default('Customer'),
    fields: z.array(z.string().min(1)).min(1).optional(),
    additionalInfo: z.record(z.string(), z.unknown()).default({}),
  })
  .refine((s) => (s.headerName === undefined) === (s.headerValue === undefined), {
    message: 'headerName and headerValue go together',
  });

export type SubscriptionInput = z.input<typeof subscriptionSchema>;
export type Subscription = z.output<typeof subscriptionSchema> & { id: number; query: string };

export interface Delivery {
  /** The notification's `Id`. */
  id: string;
  subscriptionId: number;
  address: string;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  lastStatus?: number;
  lastError?: string;
  payload: PushPayload;
}

export interface PushOptions {
  tenant: () => string;
  /** Pause between attempts (short in tests). */
  retryDelayMs: number;
  /** Attempts per notification; Acumatica makes at most 5, then lists it as failed. */
  maxAttempts: number;
  /** Time limit of one attempt. */
  timeoutMs: number;
}

/**
 * Sends the changes of watched entities to webhook subscribers, after the request that caused them has been
 * answered, in order per subscriber, retrying an error or an unreachable receiver.
 */
export class PushNotifier {
  private subscriptions: Subscription[] = [];
  private deliveryLog: Delivery[] = [];
  private queues = new Map<number, Promise<void>>();
  private nextId = 1;
  private aborter = new AbortController();

  constructor(private readonly options: PushOptions) {}

  subscribe(input: z.output<typeof subscriptionSchema>): Subscription {
    const subscription = { ...input, id: this.nextId++, query: input.query ?? input.entity };
    this.subscriptions.push(subscription);
    return subscription;
  }

  list(): readonly Subscription[] {
    return this.subscriptions;
  }

  remove(id: number): boolean {
    const before = this.subscriptions.length;
    this.subscriptions = this.subscriptions.filter((s) => s.id !== id);
    return this.subscriptions.length < before;
  }

  deliveries(): readonly Delivery[] {
    return this.deliveryLog;
  }

  /** Forgets every subscription and delivery, and stops deliveries under way. */
  clear(): void {
    this.aborter.abort();
    this.aborter = new AbortController();
    this.subscriptions = [];
    this.deliveryLog = [];
    this.queues.clear();
  }

  /** Resolves when every delivery queued so far has been delivered or has failed. */
  async settled(): Promise<void> {
    await Promise.all(this.queues.values());
  }

  notify(change: RecordChange): void {
    for (const subscription of this.subscriptions) {
      if (subscription.entity !== change.entity) continue;
      const payload = payloadFor(
        subscription.query,
        this.options.tenant(),
        change.before,
        change.after,
        subscription.fields,
        subscription.additionalInfo,
      );
      if (!payload) continue;
      const delivery: Delivery = {
        id: payload.Id,
        subscriptionId: subscription.id,
        address: subscription.address,
        status: 'pending',
        attempts: 0,
        payload,
      };
      this.deliveryLog.push(delivery);
      const signal = this.aborter.signal;
      const previous = this.queues.get(subscription.id) ?? Promise.resolve();
      // setImmediate: the request that caused the change is answered before anything is sent.
      const next = previous
        .then(() => new Promise<void>((resolve) => setImmediate(resolve)))
        .then(() => this.deliver(subscription, delivery, signal));
      this.queues.set(subscription.id, next);
    }
  }

  private async deliver(subscription: Subscription, delivery: Delivery, signal: AbortSignal): Promise<void> {
    const headers: Record<string, string> = { 'Content-Type': 'application/json; charset=utf-8' };
    if (subscription.headerName && subscription.headerValue !== undefined)
      headers[subscription.headerName] = subscription.headerValue;
    const body = serialize(delivery.payload);
    while (delivery.attempts < this.options.maxAttempts && !signal.aborted) {
      delivery.attempts += 1;
      try {
        const response = await fetch(subscription.address, {
          method: 'POST',
          headers,
          body,
          signal: AbortSignal.any([signal, AbortSignal.timeout(this.options.timeoutMs)]),
        });
        await response.arrayBuffer();
        delivery.lastStatus = response.status;
        if (response.ok) {
          delivery.status = 'delivered';
          return;
        }
        delivery.lastError = `HTTP ${response.status}`;
      } catch (error) {
        delivery.lastError = (error as Error).message;
      }
      if (delivery.attempts < this.options.maxAttempts) await pause(this.options.retryDelayMs, signal);
    }
    delivery.status = 'failed';
  }
}

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}
