import type { NextFunction, Request, Response } from 'express';
import type { z } from 'zod';

/** One failing field of a body or query, as `errors[]` lists it. */
export interface FieldError {
  field: string;
  message: string;
}

/** An answer other than success: `{ message, errors? }` with its status. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors?: FieldError[],
  ) {
    super(message);
  }
}

/** Each zod issue as a named field; an unknown key is named itself. */
export function fieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.flatMap((issue) => {
    const at = issue.path.join('.');
    if (issue.code === 'unrecognized_keys')
      return issue.keys.map((key) => ({ field: at ? `${at}.${key}` : key, message: 'is not a known field' }));
    return [
      {
        field: at || '(body)',
        message: issue.code === 'invalid_type' && issue.input === undefined ? 'is required' : issue.message,
      },
    ];
  });
}

/** Validates a body or a query; a bad one is a 422 naming each failing field, before anything is stored. */
export function validate<S extends z.ZodType>(
  schema: S,
  value: unknown,
  action: string,
  what: 'body' | 'query' = 'body',
): z.output<S> {
  const result = schema.safeParse(value ?? (what === 'body' ? undefined : {}));
  if (result.success) return result.data;
  const errors = fieldErrors(result.error);
  throw new ApiError(
    422,
    `Failed to ${action}: the ${what} is invalid (${errors.map((e) => e.field).join(', ')}). Fix the fields listed in errors.`,
    errors,
  );
}

/** A positive integer id from the path, or a 404 saying what does not exist. */
export function pathId(raw: string | string[] | undefined, what: string): number {
  const text = String(raw);
  if (!/^[1-9]\d{0,15}$/.test(text)) throw new ApiError(404, `There is no ${what} with id ${text}.`);
  return Number(text);
}

export function notFoundRoute(req: Request, res: Response): void {
  res.status(404).json({
    message: `There is no route for ${req.method} ${req.path}. The README lists the routes of the Better B2B mock.`,
  });
}

export function errorHandler(
  error: Error & { type?: string; status?: number },
  _req: Request,
  res: Response,
  _next: NextFunction,
): void {
  if (error instanceof ApiError) {
    res.status(error.status).json({ message: error.message, ...(error.errors ? { errors: error.errors } : {}) });
    return;
  }
  if (error.type === 'entity.parse.failed') {
    res.status(400).json({ message: `Failed to read the request: the body is not valid JSON (${error.message}).` });
    return;
  }
  if (error.type === 'entity.too.large') {
    res.status(413).json({ message: 'Failed to read the request: the body is larger than 10 MB.' });
    return;
  }
  res.status(500).json({ message: `The mock failed: ${error.message}` });
}
