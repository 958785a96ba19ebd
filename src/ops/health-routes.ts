import Router from '@koa/router';
import type { ReportStore } from '../store/report-store.js';

export interface HealthRoutesOptions {
  store: ReportStore;
  /** Which platforms are configured; neither means console mode (a local trial), which is ready too. */
  platforms: { wecom: boolean; dingtalk: boolean };
  /** Messages waiting in the local journal (Redis was away): shown on /readyz so an operator sees the backlog. */
  journalPending?: () => number;
  /** How long /readyz waits for the store's ping; a hung Redis must not hang the probe. */
  pingTimeoutMs?: number;
}

export interface Readiness {
  status: 'ready' | 'not_ready';
  store: 'ok' | 'unreachable';
  mode: 'platforms' | 'console';
  platforms: { wecom: boolean; dingtalk: boolean };
  journalPending?: number;
  reasons: string[];
}

/**
 * Probes for systemd, docker-compose and load balancers. `/healthz` says the process answers (restart it if not);
 * `/readyz` says it can take traffic: Redis answers and a platform is configured (or the console runs).
 * Neither reveals configuration values, only which platforms are on.
 */
export function healthRoutes(o: HealthRoutesOptions): Router {
  const router = new Router();
  const timeoutMs = o.pingTimeoutMs ?? 1000;

  router.get('/healthz', (ctx) => {
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { status: 'ok' };
  });

  router.get('/readyz', async (ctx) => {
    const storeOk = await pingWithin(o.store, timeoutMs);
    const consoleMode = !o.platforms.wecom && !o.platforms.dingtalk;
    const reasons: string[] = [];
    if (!storeOk) reasons.push('store unreachable (Redis): check REDIS_URL and that redis-server runs');
    const body: Readiness = {
      status: reasons.length ? 'not_ready' : 'ready',
      store: storeOk ? 'ok' : 'unreachable',
      mode: consoleMode ? 'console' : 'platforms',
      platforms: { ...o.platforms },
      ...(o.journalPending ? { journalPending: o.journalPending() } : {}),
      reasons,
    };
    ctx.set('Cache-Control', 'no-store');
    ctx.status = reasons.length ? 503 : 200;
    ctx.body = body;
  });

  return router;
}

async function pingWithin(store: ReportStore, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([store.ping().catch(() => false), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
