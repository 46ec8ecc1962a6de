import type { NextFunction, Request, Response } from 'express';
import jsonServer, { type JsonServerRouter } from 'json-server';
import type { Collections } from './stored-records';

/** One call handed to json-server: a path of its own (`/companies`, `/roles/4`), its query and body. */
export interface JsonServerCall {
  path: string;
  /** json-server's own parameters: `_start`, `_limit`, `_sort`, `_order`, `q`, `<field>`, `<field>_like`. */
  query?: Record<string, string>;
  /** The body json-server stores (POST) or replaces the record with (PUT); validated and completed before. */
  body?: unknown;
  /** How a record looks in the answer. */
  present?: (record: any) => unknown;
  /** The message of a 404. */
  notFound?: string;
  /** `limit` and `offset` to report in a list's `meta`. */
  page?: { limit: number; offset: number };
}

interface Pending extends JsonServerCall {
  received: unknown;
}

type Router = JsonServerRouter<Collections> & { render: (req: Request, res: Response) => void };

/**
 * json-server 0.17 (its `router()`, mounted in-process) serves the store-wide collections: listing with
 * filters, full-text search, sorting and paging, and the plain create/read/replace/delete of roles. The
 * mock's routes validate and apply the business rules first, then hand the call over; json-server's
 * answers are re-shaped into the API's envelopes here.
 */
export class JsonCollections {
  private readonly router: Router;

  constructor(private readonly collections: () => Collections) {
    this.router = jsonServer.router<Collections>({ companies: [], roles: [] }) as Router;
    // After each DELETE json-server scans the whole database for records whose `…Id` fields point
    // nowhere, to remove them; the mock has no such fields and keeps its own integrity.
    this.router.db._.mixin({ getRemovable: () => [] });
    this.router.render = (req, res) => this.render(req, res);
  }

  forward(req: Request, res: Response, next: NextFunction, call: JsonServerCall): void {
    this.router.db.setState(this.collections());
    res.locals.jsonServer = { ...call, received: req.body } satisfies Pending;
    // Express 5 parses `req.query` afresh on every read, and json-server deletes its own parameters
    // from it before filtering on the rest: it needs a plain object it can change.
    Object.defineProperty(req, 'query', {
      value: { ...call.query },
      writable: true,
      configurable: true,
      enumerable: true,
    });
    delete req.headers['x-http-method-override'];
    req.url = call.path;
    if (call.body !== undefined) req.body = call.body;
    this.router(req, res, next);
  }

  private render(req: Request, res: Response): void {
    const call = res.locals.jsonServer as Pending;
    req.body = call.received; // the journal shows what the client sent
    res.removeHeader('Access-Control-Expose-Headers');
    const location = res.getHeader('Location'); // json-server's is absolute; the mock's other routes give a path
    if (location) res.location(new URL(String(location)).pathname);
    const present = call.present ?? ((record: unknown) => record);
    const data: unknown = res.locals.data;
    if (res.statusCode === 404) res.json({ message: call.notFound ?? `There is no ${req.originalUrl}.` });
    else if (req.method === 'DELETE') res.status(204).end();
    else if (Array.isArray(data))
      res.json({
        data: data.map(present),
        meta: { total: Number(res.getHeader('X-Total-Count') ?? data.length), ...call.page },
      });
    else res.json({ data: present(data) });
  }
}
