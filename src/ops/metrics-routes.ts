import { createHash, timingSafeEqual } from 'node:crypto';
import type { Server } from 'node:http';
import Router from '@koa/router';
import Koa from 'koa';
import type { Metrics } from './metrics.js';

export interface MetricsRoutesOptions {
  metrics: Pick<Metrics, 'registry'>;
  /** METRICS_TOKEN: when set, scrapes must send `Authorization: Bearer <token>`. */
  token?: string | undefined;
}

/**
 * Where /metrics may be served: on its own port (METRICS_PORT, meant for an internal interface), on the main
 * port behind METRICS_TOKEN, on the main port without a token only when that port listens on loopback; else off.
 */
export function metricsExposure(c: { METRICS_PORT?: number | undefined; METRICS_TOKEN?: string | undefined; HOST: string }): 'own-port' | 'token' | 'loopback' | 'off' {
  if (c.METRICS_PORT) return 'own-port';
  if (c.METRICS_TOKEN) return 'token';
  return /^(127\.\d+\.\d+\.\d+|::1|localhost)$/.test(c.HOST) ? 'loopback' : 'off';
}

/** `GET /metrics` in the Prometheus text format, optionally behind a bearer token. */
export function metricsRoutes(o: MetricsRoutesOptions): Router {
  const router = new Router();
  const expected = o.token ? digest(o.token) : undefined;
  router.get('/metrics', async (ctx) => {
    if (expected) {
      const m = /^Bearer\s+(\S+)\s*$/i.exec(ctx.get('authorization'));
      // Compare digests so the comparison takes the same time whatever the length or content of the guess.
      if (!m?.[1] || !timingSafeEqual(digest(m[1]), expected)) {
        ctx.status = 401;
        ctx.set('WWW-Authenticate', 'Bearer realm="metrics"');
        ctx.body = 'unauthorized';
        return;
      }
    }
    ctx.set('Content-Type', o.metrics.registry.contentType);
    ctx.set('Cache-Control', 'no-store');
    ctx.body = await o.metrics.registry.metrics();
  });
  return router;
}

function digest(s: string): Buffer {
  return createHash('sha256').update(s).digest();
}

/**
 * A tiny separate HTTP server for METRICS_PORT, so /metrics can sit on an internal interface while the callback
 * port faces the internet. Returns the listening http.Server (close it on shutdown).
 */
export function startMetricsServer(port: number, o: MetricsRoutesOptions & { host?: string }): Server {
  const app = new Koa();
  const router = metricsRoutes(o);
  app.use(router.routes()).use(router.allowedMethods());
  return app.listen(port, o.host ?? '0.0.0.0');
}
