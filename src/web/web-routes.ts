import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import Router from '@koa/router';
import { Eta } from 'eta';
import type { Context, Next } from 'koa';
import getRawBody from 'raw-body';
import { z } from 'zod';
import { webConfigured } from '../config.js';
import type { Deps } from '../core/deps.js';
import { addDays, isValidIsoDate, type IsoDate, shanghaiDate } from '../dates.js';
import type { Case } from '../ledger/case.js';
import { isOpen } from '../ledger/case.js';
import { nameOf } from '../ledger/case-people.js';
import { buildExport, EXPORT_KINDS } from '../export/export-data.js';
import { periodStart } from '../stats/period-start.js';
import { caseActionLabel, caseStatusLabel, dayLabel, ledger, web } from '../strings.js';
import { readBoard, readCalendar, readUnitDay } from './board.js';
import { applyCaseAction, type CaseAction } from './case-actions.js';
import { verifyLoginToken } from './login-link.js';
import { readTrends } from './trends.js';
import { maySee, type Viewer, viewerById, visibleUnits } from './viewer.js';
import type { AuditEntry, Session, WebStore } from './web-store.js';

// The 看板: server-rendered pages (eta) under /web, from the same Koa server. Flat routes, one table; every page
// but the login checks the session, every POST its CSRF token, every action goes to the audit trail. The only
// scripts are ECharts (from node_modules, gzipped once in memory: an intranet has no CDN) and charts.js.

export interface WebRoutesOptions {
  deps: Deps;
  web: WebStore;
}

const views = new URL('./views/', import.meta.url).pathname;
const assets = new URL('./assets/', import.meta.url);
const require = createRequire(import.meta.url);

const Iso = z.string().refine(isValidIsoDate);
const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);
const LoginBody = z.object({ t: z.string().max(1000) });
const ActionBody = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('assign'), no: z.coerce.number().int().positive(), leaderId: z.string().min(1).max(100), deadline: Iso }),
  z.object({ kind: z.literal('resolve'), no: z.coerce.number().int().positive(), how: z.enum(['resolved', 'petition_ended']), note: z.string().max(300).default('') }),
  z.object({ kind: z.literal('confirm'), no: z.coerce.number().int().positive() }),
  z.object({ kind: z.literal('close'), no: z.coerce.number().int().positive() }),
]);
const LedgerQuery = z.object({
  unit: z.string().max(100).optional(),
  status: z.enum(['open', 'assigned', 'claimed', 'resolved', 'closed', 'withdrawn', 'active']).optional(),
  leader: z.string().max(100).optional(),
  overdue: z.enum(['1']).optional(),
});

interface Asset {
  type: string;
  body: Buffer;
  gzip: Buffer;
  etag: string;
}
function asset(type: string, body: Buffer, version: string): Asset {
  return { type, body, gzip: gzipSync(body, { level: 9 }), etag: `"${version}"` };
}

interface State {
  session?: Session;
  sid?: string;
  viewer?: Viewer;
}

export function webRoutes(o: WebRoutesOptions): Router {
  const { deps, web: store } = o;
  const { config, roster, clock, logger } = deps;
  if (!webConfigured(config)) throw new Error('webRoutes needs WEB_PUBLIC_URL and WEB_SESSION_SECRET');
  const secret = config.WEB_SESSION_SECRET;
  const secure = config.WEB_PUBLIC_URL.startsWith('https:');
  // __Host- cookies must be Secure, path /, without Domain: the browser then refuses them from any other origin.
  const cookieName = secure ? '__Host-wwb_session' : 'wwb_session';
  const township = roster.roster.township;
  const eta = new Eta({ views, cache: true, autoEscape: true, autoTrim: false });
  const css = readFileSync(new URL('app.css', assets), 'utf8');
  const echartsVersion = (require('echarts/package.json') as { version: string }).version;
  const files: Record<string, Asset> = {
    'echarts.js': asset('application/javascript; charset=utf-8', readFileSync(require.resolve('echarts/dist/echarts.simple.min.js')), `echarts-${echartsVersion}`),
    'charts.js': asset('application/javascript; charset=utf-8', readFileSync(new URL('charts.js', assets)), `charts-${Date.now().toString(36)}`),
  };

  const today = () => shanghaiDate(clock.now());
  /** The campaign a day belongs to: its sensitive period, else its half-month (as the 汇总表 counts). */
  const campaignStart = (d: IsoDate) => periodStart(d, deps.calendar.periodOf(d)).from;
  const audit = (e: Omit<AuditEntry, 'at'>) =>
    store.audit(township, today(), { ...e, at: clock.now().toISOString() }).catch((err: unknown) => logger.error({ err }, '看板 audit write failed'));

  const render = (ctx: Context, view: string, data: Record<string, unknown>, status = 200) => {
    const st = ctx.state as State;
    ctx.status = status;
    ctx.type = 'text/html; charset=utf-8';
    const html = eta.render(view, {
      ...data,
      t: web,
      css,
      township,
      viewer: st.viewer,
      csrf: st.session?.csrf ?? '',
      path: ctx.path,
      assetsVersion: { echarts: echartsVersion },
    });
    // Pages are 5–10 KB of HTML with the CSS inline; gzip makes them a quarter of that on a slow network.
    ctx.set('Vary', 'Accept-Encoding');
    if (ctx.acceptsEncodings('gzip', 'identity') === 'gzip') {
      ctx.set('Content-Encoding', 'gzip');
      ctx.body = gzipSync(html);
    } else ctx.body = html;
  };
  const message = (ctx: Context, status: number, title: string, text: string) => render(ctx, 'message', { title, text }, status);

  const setCookie = (ctx: Context, value: string, maxAgeSeconds: number) => {
    const parts = [`${cookieName}=${value}`, 'Path=/', 'HttpOnly', 'SameSite=Lax', `Max-Age=${maxAgeSeconds}`];
    if (secure) parts.push('Secure');
    ctx.append('Set-Cookie', parts.join('; '));
  };

  async function formBody(ctx: Context): Promise<Record<string, string>> {
    if (!ctx.is('application/x-www-form-urlencoded')) return {};
    const text = await getRawBody(ctx.req, { limit: '16kb', encoding: 'utf8', length: ctx.get('content-length') || null });
    return Object.fromEntries(new URLSearchParams(text));
  }

  /** Pages need a live session of someone the roster still gives a view. */
  async function requireViewer(ctx: Context, next: Next) {
    const st = ctx.state as State;
    const sid = ctx.cookies.get(cookieName);
    const session = sid && /^[A-Za-z0-9_-]{43}$/.test(sid) ? await store.getSession(sid) : undefined;
    const viewer = session && Date.parse(session.expiresAt) > clock.now().getTime() ? viewerById(roster, session.personId) : undefined;
    if (!session || !sid || !viewer) return message(ctx, 401, web.loginNeededTitle(), web.loginNeeded());
    st.session = session;
    st.sid = sid;
    st.viewer = viewer;
    await next();
  }

  /** Every POST carries the session's token in `_csrf`; a cross-site form cannot know it. */
  async function requireCsrf(ctx: Context, next: Next) {
    const st = ctx.state as State;
    const body = await formBody(ctx);
    const given = Buffer.from(body._csrf ?? '');
    const want = Buffer.from(st.session?.csrf ?? '');
    if (want.length === 0 || given.length !== want.length || !timingSafeEqual(given, want)) {
      await audit({ by: st.viewer?.id ?? '', action: 'denied', ok: false, detail: `csrf ${ctx.path}` });
      return message(ctx, 403, web.forbiddenTitle(), web.csrfFailed());
    }
    ctx.state.body = body;
    await next();
  }

  const deny = async (ctx: Context, what: string) => {
    const st = ctx.state as State;
    await audit({ by: st.viewer?.id ?? '', action: 'denied', ok: false, detail: what });
    message(ctx, 403, web.forbiddenTitle(), web.otherUnit());
  };
  const badInput = (ctx: Context) => message(ctx, 400, web.badInputTitle(), web.badInput());

  const router = new Router();
  router.use('/web', async (ctx, next) => {
    ctx.set('X-Content-Type-Options', 'nosniff');
    ctx.set('Referrer-Policy', 'no-referrer');
    ctx.set('X-Frame-Options', 'DENY');
    ctx.set('Content-Security-Policy', "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'");
    if (!ctx.path.startsWith('/web/assets/')) ctx.set('Cache-Control', 'no-store');
    await next();
  });

  router.get('/web/assets/:name', (ctx) => {
    const a = files[ctx.params.name ?? ''];
    if (!a) return void (ctx.status = 404);
    ctx.set('Cache-Control', 'public, max-age=31536000, immutable');
    ctx.set('ETag', a.etag);
    ctx.set('Vary', 'Accept-Encoding');
    ctx.type = a.type;
    if (ctx.get('If-None-Match') === a.etag) return void (ctx.status = 304);
    if (ctx.acceptsEncodings('gzip', 'identity') === 'gzip') {
      ctx.set('Content-Encoding', 'gzip');
      ctx.body = a.gzip;
    } else ctx.body = a.body;
  });

  // ——— login: the link shows a button; the POST uses it up. Chat apps fetch links for previews: a GET that used
  // the link would log the preview robot in and leave the leader a spent link. ———
  router.get('/web/login', async (ctx) => {
    const token = z.string().max(1000).safeParse(ctx.query.t);
    const checked = token.success ? verifyLoginToken(secret, token.data, clock.now()) : ({ ok: false, reason: 'invalid' } as const);
    if (!checked.ok) {
      await audit({ by: '', action: 'login_refused', ok: false, detail: checked.reason });
      return message(ctx, checked.reason === 'expired' ? 410 : 400, web.linkRefusedTitle(), web.linkRefused(checked.reason));
    }
    render(ctx, 'login', { token: token.data, name: roster.person(checked.claims.personId)?.name ?? '' });
  });

  router.post('/web/login', async (ctx) => {
    const body = LoginBody.safeParse(await formBody(ctx));
    const checked = body.success ? verifyLoginToken(secret, body.data.t, clock.now()) : ({ ok: false, reason: 'invalid' } as const);
    if (!checked.ok) {
      await audit({ by: '', action: 'login_refused', ok: false, detail: checked.reason });
      return message(ctx, checked.reason === 'expired' ? 410 : 400, web.linkRefusedTitle(), web.linkRefused(checked.reason));
    }
    const { personId, nonce, expiresAt } = checked.claims;
    const viewer = viewerById(roster, personId);
    if (!viewer) {
      await audit({ by: personId, action: 'login_refused', ok: false, detail: 'no_view' });
      return message(ctx, 403, web.linkRefusedTitle(), web.linkRefused('no_view'));
    }
    const ttl = Math.ceil((expiresAt - clock.now().getTime()) / 1000) + 60;
    if (!(await deps.store.claimOnce('link', nonce, ttl))) {
      await audit({ by: personId, action: 'login_refused', ok: false, detail: 'used' });
      return message(ctx, 410, web.linkRefusedTitle(), web.linkRefused('used'));
    }
    const sid = randomBytes(32).toString('base64url');
    const hours = config.WEB_SESSION_HOURS;
    const now = clock.now();
    await store.putSession(sid, { personId, csrf: randomBytes(24).toString('base64url'), createdAt: now.toISOString(), expiresAt: new Date(now.getTime() + hours * 3600_000).toISOString() }, hours * 3600);
    setCookie(ctx, sid, hours * 3600);
    await audit({ by: personId, action: 'login', ok: true });
    ctx.status = 303;
    ctx.redirect(viewer.scope.kind === 'unit' ? `/web/unit?unit=${encodeURIComponent(viewer.scope.unit)}` : '/web/today');
  });

  router.post('/web/logout', requireViewer, requireCsrf, async (ctx) => {
    const st = ctx.state as State;
    if (st.sid) await store.dropSession(st.sid);
    setCookie(ctx, '', 0);
    await audit({ by: st.viewer?.id ?? '', action: 'logout', ok: true });
    st.viewer = undefined;
    message(ctx, 200, web.loggedOutTitle(), web.loggedOut());
  });

  router.get('/web', (ctx) => {
    ctx.status = 302;
    ctx.redirect('/web/today');
  });

  // ——— 今日 and 历史: the same board, today or any day ———
  const board = async (ctx: Context, date: IsoDate, page: 'today' | 'history') => {
    const v = (ctx.state as State).viewer!;
    const b = await readBoard(deps, date, visibleUnits(roster, v));
    render(ctx, 'board', { page, b, dayLabel, prev: addDays(date, -1), next: date < today() ? addDays(date, 1) : null, today: today() });
  };
  router.get('/web/today', requireViewer, (ctx) => board(ctx, today(), 'today'));
  router.get('/web/history', requireViewer, async (ctx) => {
    const date = Iso.optional().safeParse(ctx.query.date);
    if (!date.success || (date.data && date.data > today())) return badInput(ctx);
    await board(ctx, date.data ?? addDays(today(), -1), 'history');
  });

  router.get('/web/unit', requireViewer, async (ctx) => {
    const v = (ctx.state as State).viewer!;
    const q = z.object({ unit: z.string().max(100), date: Iso.optional() }).safeParse(ctx.query);
    if (!q.success || !roster.unit(q.data.unit)) return badInput(ctx);
    if (!maySee(v, q.data.unit)) return deny(ctx, `unit ${q.data.unit}`);
    const date = q.data.date ?? today();
    const u = await readUnitDay(deps, date, q.data.unit);
    render(ctx, 'unit', { unit: q.data.unit, date, u, dayLabel, month: date.slice(0, 7) });
  });

  router.get('/web/calendar', requireViewer, async (ctx) => {
    const v = (ctx.state as State).viewer!;
    const q = z.object({ unit: z.string().max(100), month: Month.optional() }).safeParse(ctx.query);
    if (!q.success || !roster.unit(q.data.unit)) return badInput(ctx);
    if (!maySee(v, q.data.unit)) return deny(ctx, `calendar ${q.data.unit}`);
    const month = q.data.month ?? today().slice(0, 7);
    const days = await readCalendar(deps, q.data.unit, month);
    const first = `${month}-01`;
    const lead = (new Date(`${first}T00:00:00Z`).getUTCDay() + 6) % 7;
    const prevMonth = addDays(first, -1).slice(0, 7);
    const nextMonth = addDays(first, 32).slice(0, 7);
    render(ctx, 'calendar', { unit: q.data.unit, month, days, lead, prevMonth, nextMonth: nextMonth <= today().slice(0, 7) ? nextMonth : null });
  });

  // ——— 趋势 and 排名 ———
  router.get('/web/trends', requireViewer, async (ctx) => {
    const v = (ctx.state as State).viewer!;
    const q = z.object({ from: Iso.optional(), to: Iso.optional() }).safeParse(ctx.query);
    if (!q.success) return badInput(ctx);
    const to = q.data.to && q.data.to < today() ? q.data.to : today();
    const period = deps.calendar.periodOf(to);
    // The campaign: the sensitive period the day falls in, else the last 30 days.
    const from = q.data.from && q.data.from <= to ? q.data.from : period ? periodStart(to, period).from : addDays(to, -29);
    const tr = await readTrends(deps, from, to, visibleUnits(roster, v));
    render(ctx, 'trends', { tr, periodName: period?.name ?? '', data: JSON.stringify({ t: web.chart(), tr }).replace(/</g, '\\u003c') });
  });

  // ——— 台账 ———
  const caseView = (c: Case, now: IsoDate) => ({
    ...c,
    statusLabel: caseStatusLabel(c.status, c.resolution),
    leaderName: c.leaderId ? nameOf(roster, c.leaderId) : '',
    ownerName: c.ownerId ? nameOf(roster, c.ownerId) : '',
    stabilizerName: c.stabilizerId ? nameOf(roster, c.stabilizerId) : '',
    overdue: isOpen(c) && c.deadline !== undefined && c.deadline < now,
  });
  router.get('/web/ledger', requireViewer, async (ctx) => {
    const v = (ctx.state as State).viewer!;
    const q = LedgerQuery.safeParse(Object.fromEntries(Object.entries(ctx.query).filter(([, x]) => x !== '')));
    if (!q.success) return badInput(ctx);
    const f = q.data;
    if (f.unit && !maySee(v, f.unit)) return deny(ctx, `ledger ${f.unit}`);
    const now = today();
    const all = (await deps.cases.list(township)).filter((c) => maySee(v, c.unit)).map((c) => caseView(c, now));
    const shown = all.filter(
      (c) =>
        (!f.unit || c.unit === f.unit) &&
        (!f.status || (f.status === 'active' ? isOpen(c) : c.status === f.status)) &&
        (!f.leader || c.leaderId === f.leader) &&
        (!f.overdue || c.overdue),
    );
    render(ctx, 'ledger', {
      cases: shown.reverse(),
      f,
      units: visibleUnits(roster, v),
      leaders: roster.roster.leaders,
      dayLabel,
      total: all.length,
      // The workbooks cover the whole township: offered to those who see it.
      downloads: v.scope.kind === 'township' ? { kinds: EXPORT_KINDS, from: campaignStart(now), to: now } : null,
    });
  });

  // ——— downloads: the ledger issue's workbooks (src/export), built on demand from the stores ———
  router.get('/web/download', requireViewer, async (ctx) => {
    const v = (ctx.state as State).viewer!;
    const q = z.object({ kind: z.enum(EXPORT_KINDS), from: Iso, to: Iso }).safeParse(ctx.query);
    if (!q.success || q.data.from > q.data.to || q.data.to > today() || q.data.from < addDays(q.data.to, -366)) return badInput(ctx);
    if (v.scope.kind !== 'township') return deny(ctx, `download ${q.data.kind}`);
    const { kind, from, to } = q.data;
    const wb = await buildExport(deps, kind, from, to, to); // `to` is never after today (checked above)
    const body = Buffer.from(await wb.xlsx.writeBuffer());
    await audit({ by: v.id, action: 'download', ok: true, detail: `${kind} ${from}..${to}` });
    const name = web.fileName(township, kind, from, to);
    ctx.set('Content-Disposition', `attachment; filename="${kind}-${from}-${to}.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`);
    ctx.type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    ctx.body = body;
  });

  router.get('/web/case', requireViewer, async (ctx) => {
    const v = (ctx.state as State).viewer!;
    const q = z.object({ no: z.coerce.number().int().positive(), done: z.enum(['assign', 'resolve', 'confirm', 'close']).optional(), refused: z.string().max(40).optional() }).safeParse(ctx.query);
    if (!q.success) return badInput(ctx);
    const c = await deps.cases.get(township, q.data.no);
    if (!c) return message(ctx, 404, web.notFoundTitle(), ledger.notFound(q.data.no));
    if (!maySee(v, c.unit)) return deny(ctx, `case ${c.no}`);
    const flash = q.data.done ? web.done(q.data.done) : q.data.refused ? web.refusal(q.data.refused, c.no, nameOf(roster, c.leaderId)) : '';
    render(ctx, 'case', {
      c: caseView(c, today()),
      // The ledger's notes name people by roster id (包案领导 leader-li …): shown with their names.
      trail: c.versions.map((x) => ({ ...x, note: x.note?.replace(/[A-Za-z0-9_-]+/g, (id) => roster.person(id)?.name ?? id), label: caseActionLabel(x.action), who: x.byName ?? nameOf(roster, x.by) })),
      leaders: roster.roster.leaders,
      flash,
      refused: Boolean(q.data.refused),
      minDeadline: today(),
      dayLabel,
      isLeader: v.sender.kind === 'leader',
    });
  });

  router.post('/web/case/action', requireViewer, requireCsrf, async (ctx) => {
    const v = (ctx.state as State).viewer!;
    const a = ActionBody.safeParse(ctx.state.body);
    if (!a.success) return badInput(ctx);
    const c = await deps.cases.get(township, a.data.no);
    if (c && !maySee(v, c.unit)) return deny(ctx, `case ${c.no}`);
    const res = await applyCaseAction(deps, v, a.data as CaseAction);
    await audit({ by: v.id, action: a.data.kind, ok: res.ok, detail: `案件${a.data.no}${res.ok ? '' : ` ${res.reason}`}` });
    if (!res.ok && res.reason === 'not_found') return message(ctx, 404, web.notFoundTitle(), ledger.notFound(a.data.no));
    ctx.status = 303;
    ctx.redirect(`/web/case?no=${a.data.no}&${res.ok ? `done=${a.data.kind}` : `refused=${res.reason}`}`);
  });

  return router;
}
