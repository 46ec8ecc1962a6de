import type { PushInbox } from './store';

/** A push inbox in memory, for a receiver without a sync state (tests): what it holds is lost when the process ends. */
export class MemoryInbox implements PushInbox {
  private readonly seen = new Set<string>();
  /** Customer → the latest notification (by sequence) that named it. */
  private readonly waiting = new Map<string, number>();
  private sequence = 0;

  accept(notificationId: string, customerIds: string[]): boolean {
    if (this.seen.has(notificationId)) return false;
    this.seen.add(notificationId);
    if (this.seen.size > 10_000) this.seen.delete(this.seen.values().next().value as string);
    this.sequence += 1;
    for (const id of customerIds) this.waiting.set(id, this.sequence); // a key already there keeps its place
    return true;
  }

  pending(): string[] {
    return [...this.waiting.keys()];
  }

  mark(): number {
    return this.sequence;
  }

  done(customerIds: string[], mark: number): void {
    for (const id of customerIds) if ((this.waiting.get(id) ?? Infinity) <= mark) this.waiting.delete(id);
  }
}
