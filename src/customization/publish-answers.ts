import { RemoteError, withAdvice } from '../errors';
import { describeBody } from '../http/http-client';
import { errorsOf, logOf, type ApiAnswer, type LogEntry } from './customization-api';

/**
 * What a publishEnd answer says. Real servers answer the documented `{isCompleted, isFailed, log}` with 200,
 * and with 400 once a publication has failed; some answer a bare `true` or `false`; some answer 204 or an
 * empty body, which says nothing.
 */
export type PublishEndReading =
  | { kind: 'state'; isCompleted: boolean; isFailed: boolean; log: LogEntry[] }
  /** Refused without a state (400 and a log): a failure, or, after a restart, a publication the site forgot. */
  | { kind: 'refused'; log: LogEntry[]; detail: string }
  | { kind: 'silent' };

export function readPublishEnd(answer: ApiAnswer): PublishEndReading {
  const { status, data } = answer;
  if (status === 200 || status === 400) {
    const state = stateOf(data);
    if (state) return { kind: 'state', ...state, log: logOf(data) };
  }
  if (status === 400) return { kind: 'refused', log: logOf(data), detail: reasonOf(data) };
  if (status >= 200 && status < 300) return { kind: 'silent' };
  throw refusal(answer, 'publishEnd');
}

function stateOf(data: unknown): { isCompleted: boolean; isFailed: boolean } | undefined {
  const flag = typeof data === 'string' ? data.trim().toLowerCase() : data;
  if (flag === true || flag === 'true') return { isCompleted: true, isFailed: false };
  if (flag === false || flag === 'false') return { isCompleted: false, isFailed: false };
  if (typeof data !== 'object' || data === null) return undefined;
  const { isCompleted, isFailed } = data as Record<string, unknown>;
  if (typeof isCompleted !== 'boolean' && typeof isFailed !== 'boolean') return undefined;
  return { isCompleted: isCompleted === true || isFailed === true, isFailed: isFailed === true };
}

/** The log of an answer to import or publishBegin: 200 with a log, or 204 or an empty 200 (no log); else refused. */
export function readLogAnswer(answer: ApiAnswer, method: string): LogEntry[] {
  if (answer.status >= 200 && answer.status < 300) return logOf(answer.data);
  throw refusal(answer, method);
}

/** The names getPublished lists (none when it has no `projects`, as when nothing is published). */
export function publishedNames(answer: ApiAnswer): string[] {
  if (answer.status !== 200) throw refusal(answer, 'getPublished');
  const projects = (answer.data as { projects?: unknown } | undefined)?.projects;
  return Array.isArray(projects)
    ? projects.map((project) => (project as { name?: unknown })?.name).filter((name) => typeof name === 'string')
    : [];
}

/** A refused call as a RemoteError: the error entries of its log, or the most telling text of its body. */
export function refusal(answer: ApiAnswer, method: string): RemoteError {
  const advice =
    answer.status === 401
      ? 'The user must sign in with a name and password (not OAuth)'
      : answer.status === 403
        ? 'The user needs the Customizer role'
        : undefined;
  return new RemoteError(
    'Acumatica',
    `call ${method} of the Customization API`,
    answer.status,
    advice ? withAdvice(reasonOf(answer.data), advice) : reasonOf(answer.data),
    `/CustomizationApi/${method}`,
  );
}

function reasonOf(data: unknown): string {
  const errors = errorsOf(logOf(data));
  return errors.length > 0 ? errors.join('; ') : describeBody(data);
}
