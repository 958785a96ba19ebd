import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type Router from '@koa/router';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/logger.js';
import { healthRoutes } from '../../src/ops/health-routes.js';
import { createMetrics } from '../../src/ops/metrics.js';
import { metricsRoutes, startMetricsServer } from '../../src/ops/metrics-routes.js';
import { createServer } from '../../src/server.js';
import type { ReportStore } from '../../src/store/report-store.js';
import { FlakyStore } from '../support/flaky-store.js';

/** The app as main.ts builds it (one error boundary + routers), on a plain http.Server not yet listening. */
function serve(router: Router): Server {
  return createHttpServer(createServer({ logger: silentLogger, routers: [router] }).callback());
}
function listen(server: Server): Promise<string> {
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`));
  });
}
function close(server: Server): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}

describe('GET /healthz and /readyz', () => {
  const store = new FlakyStore();
  const servers: Server[] = [];
  let both: string;
  let consoleOnly: string;
  let hung: string;

  beforeAll(async () => {
    const a = serve(healthRoutes({ store, platforms: { wecom: true, dingtalk: false }, journalPending: () => 3 }));
    const b = serve(healthRoutes({ store, platforms: { wecom: false, dingtalk: false } }));
    // A store whose ping never answers (Redis hung, or ioredis queueing while reconnecting).
    const never: ReportStore = Object.assign(new FlakyStore(), { ping: () => new Promise<boolean>(() => {}) });
    const c = serve(healthRoutes({ store: never, platforms: { wecom: false, dingtalk: true }, pingTimeoutMs: 50 }));
    servers.push(a, b, c);
    [both, consoleOnly, hung] = await Promise.all(servers.map(listen)) as [string, string, string];
  });
  afterAll(async () => {
    await Promise.all(servers.map(close));
  });

  it('/healthz answers 200 whatever the store', async () => {
    store.down = true;
    const res = await fetch(`${both}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
    store.down = false;
  });

  it('/readyz is 200 with the store up and a platform configured', async () => {
    const res = await fetch(`${both}/readyz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ready', store: 'ok', mode: 'platforms', platforms: { wecom: true, dingtalk: false }, journalPending: 3, reasons: [] });
  });

  it('/readyz is 200 in console mode', async () => {
    const res = await fetch(`${consoleOnly}/readyz`);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { mode: string }).mode).toBe('console');
  });

  it('/readyz is 503 with a JSON reason when the store is unreachable', async () => {
    store.down = true;
    const res = await fetch(`${both}/readyz`);
    store.down = false;
    expect(res.status).toBe(503);
    const body = (await res.json()) as { status: string; store: string; reasons: string[] };
    expect(body.status).toBe('not_ready');
    expect(body.store).toBe('unreachable');
    expect(body.reasons[0]).toMatch(/REDIS_URL/);
  });

  it('/readyz is 503 when the ping hangs, instead of hanging', async () => {
    const res = await fetch(`${hung}/readyz`);
    expect(res.status).toBe(503);
  });
});

describe('GET /metrics', () => {
  const metrics = createMetrics({ defaults: true });
  metrics.messagesReceived.inc({ platform: 'wecom' }, 2);
  metrics.reportsStored.inc({ kind: 'zero_report' });
  const servers: Server[] = [];
  let open: string;
  let guarded: string;
  let separate: string;

  beforeAll(async () => {
    const a = serve(metricsRoutes({ metrics }));
    const b = serve(metricsRoutes({ metrics, token: 's3cret-token' }));
    servers.push(a, b);
    [open, guarded] = (await Promise.all(servers.map(listen))) as [string, string];
    const c = startMetricsServer(0, { metrics, token: 's3cret-token', host: '127.0.0.1' });
    await new Promise((r) => c.once('listening', r));
    servers.push(c);
    separate = `http://127.0.0.1:${(c.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await Promise.all(servers.map(close));
  });

  it('serves the Prometheus text format with our counters and the default metrics', async () => {
    const res = await fetch(`${open}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(metrics.registry.contentType);
    const text = await res.text();
    expect(text).toContain('wwb_messages_received_total{platform="wecom"} 2');
    expect(text).toContain('wwb_reports_stored_total{kind="zero_report"} 1');
    expect(text).toContain('# TYPE wwb_webhook_duration_seconds histogram');
    expect(text).toContain('wwb_process_cpu_user_seconds_total');
  });

  it('requires the bearer token when METRICS_TOKEN is set', async () => {
    expect((await fetch(`${guarded}/metrics`)).status).toBe(401);
    expect((await fetch(`${guarded}/metrics`, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
    expect((await fetch(`${guarded}/metrics`, { headers: { authorization: 'Bearer s3cret-token-longer' } })).status).toBe(401);
    expect((await fetch(`${guarded}/metrics`, { headers: { authorization: 's3cret-token' } })).status).toBe(401);
    const ok = await fetch(`${guarded}/metrics`, { headers: { authorization: 'Bearer s3cret-token' } });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain('wwb_messages_received_total');
  });

  it('startMetricsServer serves /metrics alone on its own port, with the token', async () => {
    expect((await fetch(`${separate}/metrics`)).status).toBe(401);
    const ok = await fetch(`${separate}/metrics`, { headers: { authorization: 'Bearer s3cret-token' } });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain('wwb_reports_stored_total');
    expect((await fetch(`${separate}/healthz`)).status).toBe(404);
  });
});
