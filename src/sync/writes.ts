import type { Sent } from '../b2b/client';
import type { ApplyContext } from './context';
import type { ActionType } from './log-catalogue';
import type { ChildResult, WriteOutcome } from './report';

/** Creates, updates or leaves one child record, and logs the write. */
export async function upsert<P extends object, R extends { id: number }>(
  ctx: ApplyContext,
  current: R | undefined,
  payload: P,
  actionType: ActionType,
  write: { create: () => Promise<Sent<R>>; update: (id: number) => Promise<Sent<R>> },
): Promise<{ outcome: WriteOutcome; b2bId?: number }> {
  if (current && !differs(payload, current)) return { outcome: 'unchanged', b2bId: current.id };
  const outcome: WriteOutcome = current ? 'updated' : 'created';
  if (ctx.dryRun) return { outcome, b2bId: current?.id };
  const sent = current ? await write.update(current.id) : await write.create();
  await ctx.log.wrote(actionType, sent);
  return { outcome, b2bId: sent.result.id };
}

/** Runs one child's work; a failure becomes an ERROR log row and a failed child, and the other children go on. */
export async function child(
  ctx: ApplyContext,
  actionType: ActionType,
  key: string,
  sent: { payload: unknown; url: string },
  work: () => Promise<Omit<ChildResult, 'key'>>,
): Promise<ChildResult> {
  try {
    return { key, ...(await work()) };
  } catch (error) {
    return { key, outcome: 'failed', reason: await ctx.log.failed(actionType, sent, error) };
  }
}

/** True when a field of the payload differs from the record Better B2B holds. */
export function differs(payload: object, current: object): boolean {
  const held = current as Record<string, unknown>;
  return Object.entries(payload).some(([key, value]) => (held[key] ?? null) !== (value ?? null));
}
