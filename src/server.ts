import type Router from '@koa/router';
import Koa from 'koa';
import { AppError } from './errors.js';
import type { Logger } from './logger.js';

export interface ServerOptions {
  logger: Logger;
  /** Platform callback routes, health and metrics routes; each a @koa/router instance. */
  routers: Router[];
}

/** The HTTP server: a Koa app with one error boundary and the routers it is given. No body parser runs globally. */
export function createServer(o: ServerOptions): Koa {
  const app = new Koa();
  app.proxy = true;
  // The one error boundary: coded errors become their status and one log line with a fix hint; the rest 500.
  app.use(async (ctx, next) => {
    try {
      await next();
    } catch (err) {
      if (err instanceof AppError) {
        ctx.status = err.status;
        ctx.body = err.status >= 500 ? 'error' : err.code;
        o.logger.warn({ code: err.code, path: ctx.path, hint: err.hint }, err.message);
      } else {
        const status = typeof (err as { status?: unknown }).status === 'number' ? (err as { status: number }).status : 500;
        ctx.status = status;
        ctx.body = status === 413 ? 'BODY_TOO_LARGE' : status < 500 ? 'bad request' : 'error';
        if (status >= 500) o.logger.error({ err, path: ctx.path }, 'request failed');
        else o.logger.warn({ path: ctx.path, status }, (err as Error).message);
      }
    }
  });
  for (const r of o.routers) app.use(r.routes()).use(r.allowedMethods());
  return app;
}
