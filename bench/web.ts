// npm run bench:web — what the 看板 costs a phone: bytes transferred and time to first render of every page, read
// from the browser's own performance entries (navigation + resource transferSize, first-contentful-paint) in a
// real headless Chromium (Debian's chromium via puppeteer-core, as the tests use it).
//
// The app is built the way the tests build it (tests/support/web-app.ts: real handlers, memory stores) and given
// a morning of reports through the real dispatch. Each page is loaded BENCH_RUNS times (default 5) with the cache
// off (a first visit) and once more with it on (a return visit: ECharts is cached for a year), and once under
// Chromium's "Fast 3G" profile (a township's mobile network). Baseline, measured in the same run: /healthz, a
// 15-byte JSON answer from the same server, so the ratios say what the pages cost beyond a bare round trip.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Page, PredefinedNetworkConditions } from 'puppeteer-core';
import { sampleRoster } from '../tests/support/make-deps.js';
import { startWebApp } from '../tests/support/web-app.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

interface Load {
  bytes: number;
  requests: number;
  fcp: number;
  /** The trends page: when its charts were drawn (ECharts loaded and run). */
  charts: number;
}

async function measure(page: Page, url: string, o: { cache: boolean; charts: boolean }): Promise<Load> {
  await page.setCacheEnabled(o.cache);
  await page.goto(url, { waitUntil: 'load' });
  if (o.charts) await page.waitForSelector('#c-rank[data-drawn]');
  // The page's performance timeline (typed loosely: the bench compiles without the DOM library).
  type Entry = { transferSize: number; startTime: number };
  type Timeline = { getEntriesByType(t: string): Entry[]; getEntriesByName(n: string): Entry[] };
  type Observer = new (cb: (list: { getEntriesByName(n: string): Entry[] }) => void) => { observe(o: { type: string; buffered: boolean }): void };
  const m = await page.evaluate(async () => {
    const g = globalThis as unknown as { performance: Timeline; PerformanceObserver: Observer };
    const nav = g.performance.getEntriesByType('navigation')[0];
    const res = g.performance.getEntriesByType('resource');
    // The first paint may come after 'load' on a page this small: wait for its entry (buffered: also if it was earlier).
    const fcp = await new Promise<number>((resolve) => {
      new g.PerformanceObserver((list) => {
        const e = list.getEntriesByName('first-contentful-paint')[0];
        if (e) resolve(e.startTime);
      }).observe({ type: 'paint', buffered: true });
      setTimeout(() => resolve(-1), 5000);
    });
    const charts = g.performance.getEntriesByName('wwb-charts-drawn')[0]?.startTime ?? -1;
    return { bytes: (nav?.transferSize ?? 0) + res.reduce((n, r) => n + r.transferSize, 0), requests: 1 + res.length, fcp, charts };
  });
  return { ...m, fcp: m.fcp < 0 ? Number.NaN : m.fcp, charts: m.charts < 0 ? Number.NaN : m.charts };
}

const app = await startWebApp({ roster: sampleRoster(), now: '2026-10-03T08:30:00+08:00' });
const profile = mkdtempSync(join(tmpdir(), 'wwb-bench-chromium-'));
const browser = await puppeteer.launch({
  executablePath: CHROMIUM,
  headless: true,
  userDataDir: profile,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const units = sampleRoster().units;
  for (const [i, u] of units.entries()) {
    const clerk = u.members.find((m) => m.role === 'reporter')?.id ?? u.members[0]!.id;
    app.clock.set(`2026-10-03T09:${String(10 + i).padStart(2, '0')}:00+08:00`);
    if (i % 4 === 1) await app.say(clerk, `${u.name}日研判：排查矛盾纠纷${i}起，化解${i - 1}起，新增信访0件，重点人员3人，均稳定，总体平稳`);
    else if (i === 2) await app.say(clerk, `${u.name}即时报告：村民李某某等5人今天到县信访局上访，已劝返`);
    else if (i < 10) await app.say(clerk, `${u.name}零报告`);
  }
  const page = await browser.newPage();
  await page.setViewport({ width: 390, height: 844, deviceScaleFactor: 1, isMobile: true, hasTouch: true });
  await page.goto(await app.link('leader-li', 'leaders-chat'));
  await Promise.all([page.waitForNavigation(), page.click('#enter')]);

  const pages: [string, string][] = [
    ['baseline /healthz', '/healthz'],
    ['今日 /web/today', '/web/today'],
    ['单位 /web/unit', `/web/unit?unit=${encodeURIComponent(units[2]!.name)}`],
    ['历史 /web/history', '/web/history?date=2026-10-02'],
    ['日历 /web/calendar', `/web/calendar?unit=${encodeURIComponent(units[0]!.name)}`],
    ['趋势 /web/trends', '/web/trends'],
    ['台账 /web/ledger', '/web/ledger'],
    ['案件 /web/case', '/web/case?no=1'],
  ];
  const rows: { name: string; cold: Load; warm: Load; slow: Load }[] = [];
  for (const [name, path] of pages) {
    const charts = path === '/web/trends';
    const url = `${app.base}${path}`;
    const cold: Load[] = [];
    for (let r = 0; r < RUNS; r++) cold.push(await measure(page, url, { cache: false, charts }));
    const warm = await measure(page, url, { cache: true, charts });
    await page.emulateNetworkConditions(PredefinedNetworkConditions['Fast 3G']);
    const slow = await measure(page, url, { cache: false, charts });
    await page.emulateNetworkConditions(null);
    rows.push({ name, cold: { bytes: median(cold.map((c) => c.bytes)), requests: cold[0]!.requests, fcp: median(cold.map((c) => c.fcp)), charts: median(cold.map((c) => c.charts)) }, warm, slow });
  }
  const base = rows[0]!;
  const kb = (b: number) => `${(b / 1024).toFixed(1).padStart(6)} KB`;
  const ms = (x: number) => `${x.toFixed(0).padStart(5)} ms`;
  console.log(`chromium ${(await browser.version()).replace(/^\D+/, '')}, node ${process.version}; median of ${RUNS} cold loads, then one warm and one on Fast 3G`);
  console.log('page                     first visit (bytes, requests)   warm bytes   first render   ×baseline   Fast 3G render');
  for (const r of rows)
    console.log(
      `${r.name.padEnd(24)} ${kb(r.cold.bytes)} ${String(r.cold.requests).padStart(2)} req          ${kb(r.warm.bytes)}   ${ms(r.cold.fcp)}     ${(r.cold.fcp / base.cold.fcp).toFixed(2).padStart(5)}×   ${ms(r.slow.fcp)}`,
    );
  const tr = rows.find((r) => r.name.includes('trends'));
  if (tr) console.log(`趋势 charts drawn: first visit ${ms(tr.cold.charts)}, warm ${ms(tr.warm.charts)}, Fast 3G ${ms(tr.slow.charts)}`);
  for (const r of rows.slice(1))
    console.log(`bench:web page=${r.name.split(' ')[1]} bytes=${r.cold.bytes} warm_bytes=${r.warm.bytes} fcp_ms=${r.cold.fcp.toFixed(0)} ratio_fcp=${(r.cold.fcp / base.cold.fcp).toFixed(2)} fast3g_fcp_ms=${r.slow.fcp.toFixed(0)}`);
} finally {
  await browser.close();
  await app.close();
  rmSync(profile, { recursive: true, force: true });
}
