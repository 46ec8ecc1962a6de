import type { Response } from 'express';
import type { FieldError } from './entities/business-rules';

/** Exception types that Acumatica names in its 500 bodies. */
export const EXCEPTION = {
  noEntity: 'PX.Api.ContractBased.NoEntitySatisfiesTheConditionException',
  pxException: 'PX.Data.PXException',
  undefinedCompany: 'PX.Data.PXUndefinedCompanyException',
  argument: 'System.ArgumentException',
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

/** ASP.NET Web API's answer without a signed-in session. */
export function sendUnauthorized(res: Response): void {
  res.status(401).json({ message: 'Authorization has been denied for this request.' });
}

/** Acumatica's 422: the entity sent, with a top-level `error` and an `error` beside each bad field's value. */
export function sendValidationErrors(
  res: Response,
  body: unknown,
  errors: FieldError[],
  entity: string,
  updating: boolean,
): void {
  const echo = structuredClone((body ?? {}) as Record<string, unknown>);
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
  res.status(422).json(echo);
}
