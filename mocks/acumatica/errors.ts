import type { NextFunction, Request, Response } from 'express';
import type { FieldError } from './entities/business-rules';

/** Exception types that Acumatica names in its 500 bodies. */
export const EXCEPTION = {
  noEntity: 'PX.Api.ContractBased.NoEntitySatisfiesTheConditionException',
  pxException: 'PX.Data.PXException',
  undefinedCompany: 'PX.Data.PXUndefinedCompanyException',
  argument: 'System.ArgumentException',
  lockViolation: 'PX.Data.PXLockViolationException',
} as const;

/** Acumatica's exception body: `message`, `exceptionMessage`, `exceptionType`, `stackTrace`. */
export function sendException(res: Response, status: number, exceptionType: string, exceptionMessage: string): void {
  res.status(status).json({
    message: 'An error has occurred.',
    exceptionMessage,
    exceptionType,
    stackTrace: `   at ${exceptionType.replace(/Exception$/, '')}.Throw()\r\n   at PX.Api.ContractBased.EntityService.Execute() (mock)`,
  });
}

/** No record matched: Acumatica answers 500, not 404. */
export function sendNoEntity(res: Response): void {
  sendException(res, 500, EXCEPTION.noEntity, 'No entity satisfies the condition.');
}

/** ASP.NET Web API's answer to a URL no route matches. */
export function sendNoResource(res: Response, url: string): void {
  res.status(404).json({ message: `No HTTP resource was found that matches the request URI '${url}'.` });
}

/** A malformed request (bad query, unknown field): 400 with Acumatica's `message` body. */
export function sendBadRequest(res: Response, message: string): void {
  res.status(400).json({ message });
}

/** Acumatica's answer to a request without a signed-in session. */
export function sendUnauthorized(res: Response): void {
  res.status(401).json({ message: 'You are not logged in.' });
}

/** ASP.NET Web API's model validation answer: 400 with the problems by field (`""`: the body itself). */
export function sendModelState(res: Response, problems: Record<string, string[]>): void {
  res.status(400).json({ message: 'The request is invalid.', modelState: problems });
}

/** IIS refuses a POST or PUT that says neither how long its body is nor that it is chunked. */
export function lengthRequired(req: Request, res: Response, next: NextFunction): void {
  const hasBody = req.headers['content-length'] !== undefined || req.headers['transfer-encoding'] !== undefined;
  if (hasBody || (req.method !== 'POST' && req.method !== 'PUT')) return next();
  res
    .status(411)
    .type('text/html')
    .send(
      '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN"><HTML><HEAD><TITLE>Length Required</TITLE></HEAD>' +
        '<BODY><h2>Length Required</h2><hr><p>HTTP Error 411. The request must be chunked or have a content length.</p></BODY></HTML>',
    );
}

/**
 * Acumatica's 422: the entity sent, as a record (its `id`, `rowNumber`, `note` and `_links`), with a top-level
 * `error` and an `error` beside each bad field's value.
 */
export function sendValidationErrors(
  res: Response,
  body: unknown,
  errors: FieldError[],
  entity: string,
  record: { id: string; note?: string; links: Record<string, string>; updating: boolean },
): void {
  const {
    id: _sentId,
    rowNumber: _sentRow,
    note: _sentNote,
    _links: _sentLinks,
    ...sent
  } = structuredClone((body ?? {}) as Record<string, unknown>);
  const echo: Record<string, unknown> = { id: record.id, rowNumber: 1, note: { value: record.note ?? '' }, ...sent };
  const updating = record.updating;
  echo.error = `${updating ? 'Updating' : 'Inserting'} '${entity}' record raised at least one error. Please review the errors.`;
  for (const { path, message } of errors) {
    const segments = path.split('/');
    let node = echo;
    for (const segment of segments.slice(0, -1)) {
      let next = node[segment];
      if (Array.isArray(next)) next = next[0] ?? {};
      if (typeof next !== 'object' || next === null) node[segment] = next = {};
      node = next as Record<string, unknown>;
    }
    const field = segments[segments.length - 1] as string;
    const current = (node[field] as Record<string, unknown> | undefined) ?? {};
    node[field] = { value: current.value ?? null, ...current, error: message };
  }
  echo._links = record.links;
  res.status(422).json(echo);
}
