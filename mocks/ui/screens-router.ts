import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import { BASE_CSS, html, notice, UI_PATH, type Html } from './html';

/** What a screen handler gives back: the page's title and content, and which menu entry it belongs to. */
export interface Screen {
  title: string;
  body: Html;
  /** The menu entry to show as the current one (the product's frame decides what the names are). */
  section?: string;
}

/** A product's frame around a screen (its sidebar, header and colours), as a whole page. */
export type Frame = (screen: Screen) => string;

export type ScreenHandler = (req: Request) => Screen;

/** A screen that cannot be shown: a record that does not exist (404), a filter that makes no sense (400). */
export class ScreenError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The read-only screens of one mock, mounted at `/ui`: each path of `screens` answers GET with a whole
 * page in the product's frame; `/ui/style.css` serves the styles. No sign-in and no token are asked for
 * (they are the harness's windows onto the mock's data, not part of the emulated API), and nothing can be
 * changed: any other method is answered 405. Pages run no script: the security policy forbids it.
 */
export function screensRouter(options: { css: string; frame: Frame; screens: Record<string, ScreenHandler> }): Router {
  const router = Router();
  const stylesheet = BASE_CSS + options.css;
  router.use((req, res, next) => {
    if (req.method === 'GET' || req.method === 'HEAD') return next();
    res.set('Allow', 'GET, HEAD');
    send(res, 405, options.frame(failure('The screens are read-only: only GET is allowed.')));
  });
  router.use((_req, res, next) => {
    res.set({
      'Content-Security-Policy':
        "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-store',
    });
    next();
  });
  // A GET form sends its empty fields too (`?actionType=Customer+Sync&level=&…`): the address is cut to
  // the filters that are set, so it can be read, shared and bookmarked.
  router.use((req, res, next) => {
    const search = new URLSearchParams(req.originalUrl.split('?')[1] ?? '');
    const kept = [...search].filter(([, value]) => value !== '');
    if (kept.length === [...search].length) return next();
    const query = new URLSearchParams(kept).toString();
    res.redirect(302, `${req.baseUrl}${req.path}${query ? `?${query}` : ''}`);
  });
  router.get('/style.css', (_req, res) => {
    res.type('text/css').send(stylesheet);
  });
  for (const [path, handler] of Object.entries(options.screens)) {
    router.get(path, (req, res) => {
      let screen: Screen;
      let status = 200;
      try {
        screen = handler(req);
      } catch (error) {
        if (!(error instanceof ScreenError)) throw error;
        status = error.status;
        screen = failure(error.message);
      }
      send(res, status, options.frame(screen));
    });
  }
  router.use((req, res) => {
    send(res, 404, options.frame(failure(`There is no screen at ${req.originalUrl.split('?')[0]}.`)));
  });
  return router;
}

function failure(message: string): Screen {
  return {
    title: 'Cannot show this screen',
    body: html`${notice('error', message)}
      <p><a href="${UI_PATH}">All screens</a></p>`,
  };
}

function send(res: Response, status: number, page: string): void {
  res.status(status).type('html').send(page);
}

/**
 * The query string of a screen, read with its schema (a `z.strictObject` of optional strings): an unknown
 * parameter or a bad value is a 400 that names it and says what was expected.
 */
export function readQuery<S extends z.ZodType>(req: Request, schema: S): z.output<S> {
  const parsed = schema.safeParse(req.query);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') return `unknown parameter ${issue.keys.join(', ')}`;
    const name = issue.path.join('.');
    return issue.code === 'invalid_type' && issue.expected === 'string'
      ? `${name}: give it once, as text`
      : `${name}: ${issue.message}`;
  });
  throw new ScreenError(400, `The filters of this screen are not valid: ${problems.join('; ')}.`);
}

/** A filter field of a screen's query string: optional text of at most `max` characters. */
export const queryText = (max = 200) => z.string().max(max, `at most ${max} characters`).optional();

/** The `page` of a paged grid: a whole number from 1. */
export const queryPage = z
  .string()
  .regex(/^[1-9]\d{0,6}$/, 'a page number from 1')
  .transform(Number)
  .optional();
