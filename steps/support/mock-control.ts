import axios, { type AxiosInstance } from 'axios';

export type MockedSystem = 'Acumatica' | 'Better B2B';

/** A fault rule as `POST /__mock/faults` takes it (see the README, "Control API"). */
export interface FaultRule {
  method?: string;
  path: string;
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
  latencyMs?: number;
  drop?: boolean;
  carryOut?: boolean;
  endSessions?: boolean;
  skip?: number;
  times?: number;
}

export interface JournalEntry {
  method: string;
  path: string;
  status: number;
  time: string;
  durationMs: number;
}

export interface PushDelivery {
  id: string;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  lastStatus?: number;
  lastError?: string;
}

/**
 * The mocks' control API (`/__mock/…`), over HTTP as any tester would use it: fault rules, the request
 * journal, push notification subscribers. Only scenarios tagged @mock-control may use it.
 */
export class MockControl {
  private readonly clients: Record<MockedSystem, AxiosInstance>;

  constructor(urls: { acumatica: string; b2b: string }) {
    const client = (baseURL: string) =>
      axios.create({ baseURL: `${baseURL}/__mock`, validateStatus: () => true, timeout: 30_000 });
    this.clients = { Acumatica: client(urls.acumatica), 'Better B2B': client(urls.b2b) };
  }

  private async call<T>(
    system: MockedSystem,
    method: string,
    url: string,
    data?: unknown,
    params?: Record<string, string>,
  ): Promise<T> {
    const response = await this.clients[system].request({ method, url, data, params });
    if (response.status >= 300) {
      throw new Error(
        `Failed to ${method} /__mock${url} on the ${system} mock: HTTP ${response.status} ${JSON.stringify(response.data)}. Is it the mock, with its control API?`,
      );
    }
    return response.data as T;
  }

  addFault(system: MockedSystem, rule: FaultRule): Promise<unknown> {
    return this.call(system, 'POST', '/faults', rule);
  }

  clearFaults(system: MockedSystem): Promise<unknown> {
    return this.call(system, 'DELETE', '/faults');
  }

  journal(system: MockedSystem, filter: { method?: string; path?: string } = {}): Promise<JournalEntry[]> {
    return this.call(system, 'GET', '/journal', undefined, filter as Record<string, string>);
  }

  /** Moves the Acumatica mock's clock forward: the stamps of later saves and its Date header follow. */
  advanceAcumaticaClock(ms: number): Promise<unknown> {
    return this.call('Acumatica', 'POST', '/clock', { advanceMs: ms });
  }

  subscribeToPush(subscription: Record<string, unknown>): Promise<unknown> {
    return this.call('Acumatica', 'POST', '/push-subscriptions', subscription);
  }

  clearPushSubscriptions(): Promise<unknown> {
    return this.call('Acumatica', 'DELETE', '/push-subscriptions');
  }

  /** The push notifications sent so far; with `settled`, once none is pending. */
  pushDeliveries(settled = false): Promise<PushDelivery[]> {
    return this.call('Acumatica', 'GET', '/push-deliveries', undefined, settled ? { settled: 'true' } : {});
  }
}
