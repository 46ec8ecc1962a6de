import type { Response } from 'express';

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
