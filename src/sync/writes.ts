import type { Sent } from '../b2b/client';
import { isTransient, RemoteError } from '../errors';
import type { ApplyContext } from './context';
import type { ActionType } from './log-catalogue';
import type { FailedChild } from './plan';
import type { ChildResult, WriteOutcome } from './report';

/** How to write one child record: create it, update it, and find it again when a create is refused with 409. */
export interface ChildWrites<R> {
  create: () => Promise<Sent<R>>;
  update: (id: number) => Promise<Sent<R>>;
  /** The record as Better B2B now holds it, read again (a create sent twice, the first carried out). */
  find: () => Promise<R | undefined>;
}

/**
 * Creates, updates or leaves one child record, and logs the write. A create refused with 409 (its repeat
 * after a 5xx or a time-out met Better B2B's uniqueness rule) adopts the record it finds in the company.
 */
export async function upsert<P extends object, R extends { id: number }>(
  ctx: ApplyContext,
  current: R | undefined,
  payload: P,
  actionType: ActionType,
  write: ChildWrites<R>,
): Promise<{ outcome: WriteOutcome; b2bId?: number }> {
  if (current && !differs(payload, current)) return { outcome: 'unchanged', b2bId: current.id };
  if (ctx.dryRun) return { outcome: current ? 'updated' : 'created', b2bId: current?.id };
  if (!current) {
    try {
      const sent = await write.create();
      await ctx.log.wrote(actionType, sent);
      return { outcome: 'created', b2bId: sent.result.id };
    } catch (error) {
      if (!(error instanceof RemoteError) || error.status !== 409) throw error;
      current = await write.find();
      if (!current) throw error;
      if (!differs(payload, current)) return { outcome: 'created', b2bId: current.id };
    }
  }
  const sent = await write.update(current.id);
  await ctx.log.wrote(actionType, sent);
  return { outcome: 'updated', b2bId: sent.result.id };
}

/**
 * Runs one child's work; a failure becomes an ERROR log row and a failed child, and the other children go on.
 * `sent.about` names the contact or location and its customer in the row.
 */
export async function child(
  ctx: ApplyContext,
  actionType: ActionType,
  key: string,
  sent: { payload: unknown; url: string; about: string },
  work: () => Promise<Omit<ChildResult, 'key'>>,
): Promise<ChildResult> {
  try {
    return { key, ...(await work()) };
  } catch (error) {
    const reason = await ctx.log.failed(actionType, sent, error, sent.about);
    return { key, outcome: 'failed', reason, transient: isTransient(error) };
  }
}

/** True when a field of the payload differs from the record Better B2B holds. */
export function differs(payload: object, current: object): boolean {
  const held = current as Record<string, unknown>;
  return Object.entries(payload).some(([key, value]) => (held[key] ?? null) !== (value ?? null));
}

/** Logs the children a plan found failing (unreadable, or in conflict) and returns them as failed results. */
export async function plannedFailures(
  ctx: ApplyContext,
  actionType: ActionType,
  failed: FailedChild[],
): Promise<ChildResult[]> {
  const results: ChildResult[] = [];
  for (const child of failed) {
    await ctx.log.recordProblem(actionType, child.reason, child.record);
    results.push({ key: child.key, outcome: 'failed', reason: child.reason });
  }
  return results;
}

/**
 * Which records Better B2B holds for the children that failed must be left alone: their external ids, or
 * all (undefined) when one of them cannot be told.
 */
export function keptExternalIds(failed: FailedChild[]): Set<string> | undefined {
  if (failed.some((child) => child.externalId === undefined)) return undefined;
  return new Set(failed.map((child) => child.externalId as string));
}
