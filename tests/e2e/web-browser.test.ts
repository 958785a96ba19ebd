import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { sampleRoster } from '../support/make-deps.js';
import { startWebApp } from '../support/web-app.js';

// The 看板 in a real headless Chromium (Debian's chromium, driven by puppeteer-core; `npm test` installs it via
// scripts/ensure-chromium.sh). One browser for the whole file. A simulated morning goes through the real dispatch
// into Redis; then a leader and a unit head log in through their links. Screenshots of every page at phone and
// desktop size land in tests/.artifacts/web/ (git-ignored).

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SHOTS = new URL('../.artifacts/web/', import.meta.url).pathname;
const VIEWPORTS = [
  { width: 390, height: 844, deviceScaleFactor: 1, isMobile: true, hasTouch: true },
  { width: 1366, height: 768, deviceScaleFactor: 1 },
] as const;

let app: Awaited<ReturnType<typeof startWebApp>>;
let browser: Browser;
let page: Page;
let profile: string;

async function shoot(p: Page, name: string) {
  for (const v of VIEWPORTS) {
    await p.setViewport(v);
    await p.screenshot({ path: join(SHOTS, `${name}-${v.width}.png`), fullPage: v.width < 1000 });
  }
}
/** What the page code touches of an element (the tests compile without the DOM library). */
type Shown = { textContent: string; value: string };
const text = (p: Page) => p.evaluate(() => (globalThis as unknown as { document: { body: Shown } }).document.body.textContent);

/** A morning in the units' group, through the real Inbox and handlers (and a day before it, for 历史 and 趋势). */
async function simulateMorning() {
  const at = (iso: string) => app.clock.set(iso);
  at('2026-10-02T09:10:00+08:00');
  await app.say('zhangzhuang-clerk', '张庄村零报告');
  await app.say('lijiawan-clerk', '李家湾村日研判：排查矛盾纠纷3起，化解2起，新增信访0件，重点人员4人，均稳定，总体平稳');
  at('2026-10-02T17:00:00+08:00');
  await app.say('wangzhuang-clerk', '王庄村零报告');
  at('2026-10-03T08:40:00+08:00');
  await app.say('zhangzhuang-clerk', '张庄村零报告');
  await app.say('zhangzhuang-head', '确认');
  await app.say('zhangzhuang-team', '确认');
  at('2026-10-03T09:20:00+08:00');
  await app.say('lijiawan-clerk', '李家湾村即时报告：村民李某某等6人今天到县信访局上访，反映土地补偿问题，已劝返');
  await app.say('lijiawan-clerk', '李家湾村日研判：排查矛盾纠纷2起，化解1起，新增信访1件，重点人员4人，总体需关注');
  at('2026-10-03T09:40:00+08:00');
  await app.say('lijiawan-clerk', '更正：李家湾村日研判：排查矛盾纠纷2起，化解2起，新增信访1件，重点人员4人，总体需关注');
  await app.say('wangzhuang-clerk', '王庄村重点人员王某某外出务工，稳定；赵某某在家，情绪异常');
  await app.say('leader-li', '免报 河西村 10月3日 村委换届', 'leaders-chat');
  at('2026-10-03T16:30:00+08:00');
  await app.say('dongpo-clerk', '东坡社区零报告');
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  app = await startWebApp({ roster: sampleRoster(), now: '2026-10-02T08:00:00+08:00', redisUrl: inject('redisUrl'), prefix: `web-${Date.now().toString(36)}` });
  await simulateMorning();
  profile = mkdtempSync(join(tmpdir(), 'wwb-chromium-'));
  browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    userDataDir: profile,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

describe('看板 in a real browser', () => {
  it('a leader logs in through the link from 看板 and sees today’s board', async () => {
    const link = await app.link('leader-li', 'leaders-chat');
    await page.goto(link);
    await shoot(page, '01-login');
    await Promise.all([page.waitForNavigation(), page.click('#enter')]);
    expect(new URL(page.url()).pathname).toBe('/web/today');
    const cookies = await browser.cookies();
    expect(cookies.find((c) => c.name === 'wwb_session')).toMatchObject({ httpOnly: true, sameSite: 'Lax' });

    const tiles = await page.$$eval('.tile', (els) => els.map((e) => [e.getAttribute('data-unit'), e.className.replace('tile ', ''), (e as unknown as Shown).textContent]));
    expect(tiles).toHaveLength(12);
    const tile = (u: string) => tiles.find((t) => t[0] === u) ?? [];
    expect(tile('张庄村')[1]).toBe('st-on_time');
    expect(tile('张庄村')[2]).toMatch(/零报告[\s\S]*书记✓ 组长✓/);
    expect(tile('李家湾村')[2]).toContain('化解2起');
    expect(tile('东坡社区')[1]).toBe('st-late');
    expect(tile('河西村')[1]).toBe('st-excused');
    expect(tile('河西村')[2]).toContain('村委换届');
    expect(tile('柳林村')[1]).toBe('st-missing');
    const alerts = await page.$$eval('.alert', (els) => els.map((e) => (e as unknown as Shown).textContent));
    expect(alerts.some((a) => a.includes('李家湾村') && a.includes('到县'))).toBe(true);
    expect(alerts.some((a) => a.includes('王庄村') && a.includes('赵某某'))).toBe(true);
    await shoot(page, '02-today');
  });

  it('opens a unit: its reports of the day and every version, the correction included', async () => {
    await Promise.all([page.waitForNavigation(), page.click('.tile[data-unit="李家湾村"]')]);
    const body = await text(page);
    expect(body).toContain('李家湾村 · 10月3日');
    expect(body).toMatch(/更正\s*日研判/);
    expect(body).toContain('化解2起');
    await shoot(page, '03-unit');
    await page.goto(`${app.base}/web/calendar?unit=${encodeURIComponent('王庄村')}&month=2026-10`);
    expect(await page.$eval('a.day[href$="2026-10-02"]', (e) => e.className)).toContain('st-late');
    await shoot(page, '04-calendar');
    await page.goto(`${app.base}/web/history?date=2026-10-02`);
    expect(await page.$$eval('.tile.st-missing', (els) => els.length)).toBe(9);
    await shoot(page, '05-history');
  });

  it('draws the trends and the ranking with ECharts served by the app', async () => {
    await page.goto(`${app.base}/web/trends`);
    await page.waitForSelector('#c-rank[data-drawn] canvas');
    expect(await page.$$eval('.chart[data-drawn] canvas', (els) => els.length)).toBe(4);
    expect(await text(page)).toContain('李家湾村 1起');
    // The month asked began before the first report (10月2日): the charts start there, and say so.
    expect(await text(page)).toContain('10月2日以前没有报送记录');
    expect(await page.$eval('input[name=from]', (e) => (e as unknown as Shown).value)).toBe('2026-10-02');
    await shoot(page, '06-trends');
  });

  it('opens the 台账 and assigns a case with the chat’s rules; the trail records it', async () => {
    await page.goto(`${app.base}/web/ledger`);
    const cases = await page.$$eval('.case', (els) => els.map((e) => (e as unknown as Shown).textContent));
    expect(cases.some((c) => c.includes('案件1') && c.includes('李家湾村'))).toBe(true);
    await shoot(page, '07-ledger');
    await Promise.all([page.waitForNavigation(), page.click('a.case[href="/web/case?no=1"]')]);
    await page.select('#f-assign select[name=leaderId]', 'leader-wang');
    await page.$eval('#f-assign input[name=deadline]', (e) => {
      (e as unknown as Shown).value = '2026-10-10';
    });
    await Promise.all([page.waitForNavigation(), page.click('#f-assign button')]);
    const body = await text(page);
    expect(body).toContain('已包案');
    expect(body).toMatch(/包案领导\s*王主任/);
    expect(await page.$$eval('.trail li', (els) => els.map((e) => (e as unknown as Shown).textContent).join('\n'))).toMatch(/包案 · 李镇长/);
    const stored = await app.deps.cases.get('青石镇', 1);
    expect(stored).toMatchObject({ status: 'assigned', leaderId: 'leader-wang', deadline: '2026-10-10', ownerId: 'lijiawan-head' });
    await shoot(page, '08-case');
    // A POST with the session cookie but without the page's CSRF token is refused and changes nothing.
    const cookie = (await browser.cookies()).find((c) => c.name === 'wwb_session');
    const res = await fetch(`${app.base}/web/case/action`, { method: 'POST', headers: { cookie: `wwb_session=${cookie?.value}` }, body: new URLSearchParams({ kind: 'assign', no: '1', leaderId: 'leader-li', deadline: '2026-10-12' }) });
    expect(res.status).toBe(403);
    expect((await app.deps.cases.get('青石镇', 1))?.versions).toHaveLength(stored!.versions.length);
  });

  it('downloads a workbook of the ledger', async () => {
    const dir = join(profile, 'downloads');
    mkdirSync(dir, { recursive: true });
    const cdp = await page.createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: dir });
    await page.goto(`${app.base}/web/ledger`);
    await page.click('.downloads summary');
    await page.select('#f-download select[name=kind]', 'ledger');
    await page.click('#f-download button');
    // Wait for Chromium to finish writing the file (it renames it from .crdownload when done).
    const done = () => readdirSync(dir).find((f) => f.endsWith('.xlsx'));
    for (let i = 0; i < 100 && !done(); i++) await new Promise((r) => setTimeout(r, 50));
    const file = done();
    expect(file).toBe('青石镇矛盾纠纷排查化解台账（2026-10-01至2026-10-03）.xlsx');
    expect(existsSync(join(dir, `${file}.crdownload`))).toBe(false);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(join(dir, file!)) as unknown as ArrayBuffer);
    const rows: string[] = [];
    wb.worksheets[0]?.eachRow((r) => rows.push(JSON.stringify(r.values)));
    expect(rows.join('\n')).toContain('李家湾村');
    expect(rows.join('\n')).toContain('王主任');
  });

  it('refuses a link used twice, and an expired one', async () => {
    const ctx = await browser.createBrowserContext();
    const p = await ctx.newPage();
    const link = await app.link('leader-wang', 'leaders-chat');
    await p.goto(link);
    await Promise.all([p.waitForNavigation(), p.click('#enter')]);
    expect(new URL(p.url()).pathname).toBe('/web/today');
    await p.goto(link);
    const again = await Promise.all([p.waitForNavigation(), p.click('#enter')]);
    expect(again[0]?.status()).toBe(410);
    expect(await text(p)).toContain('链接已使用过');
    await shoot(p, '09-link-used');
    const late = await app.link('leader-wang', 'leaders-chat');
    app.clock.advance(11 * 60_000);
    const res = await p.goto(late);
    expect(res?.status()).toBe(410);
    expect(await text(p)).toContain('链接已过期');
    await ctx.close();
  });

  it('lets a unit head see their unit only', async () => {
    const ctx = await browser.createBrowserContext();
    const p = await ctx.newPage();
    await p.goto(await app.link('zhangzhuang-head', 'units-chat'));
    await Promise.all([p.waitForNavigation(), p.click('#enter')]);
    expect(decodeURIComponent(p.url())).toContain('/web/unit?unit=张庄村');
    await p.goto(`${app.base}/web/today`);
    expect(await p.$$eval('.tile', (els) => els.map((e) => e.getAttribute('data-unit')))).toEqual(['张庄村']);
    expect(await p.$$eval('.alert', (els) => els.length)).toBe(0);
    await shoot(p, '10-unit-head-today');
    const paths = [`/web/unit?unit=${encodeURIComponent('李家湾村')}`, `/web/calendar?unit=${encodeURIComponent('李家湾村')}`, '/web/case?no=1', '/web/download?kind=ledger&from=2026-10-01&to=2026-10-03'];
    for (const path of paths) {
      const res = await p.goto(`${app.base}${path}`);
      expect(res?.status()).toBe(403);
      expect(await text(p)).toContain('只能查看本村');
    }
    await p.goto(`${app.base}/web/ledger`);
    expect(await p.$$eval('.case', (els) => els.length)).toBe(0);
    expect(await p.$('.downloads')).toBeNull();
    // 退出 ends the session: the same cookie opens nothing any more.
    await Promise.all([p.waitForNavigation(), p.click('footer button')]);
    expect(await text(p)).toContain('已退出看板');
    expect((await p.goto(`${app.base}/web/today`))?.status()).toBe(401);
    await ctx.close();
  });

  it('ends a session after WEB_SESSION_HOURS', async () => {
    expect((await page.goto(`${app.base}/web/today`))?.status()).toBe(200);
    app.clock.advance(app.deps.config.WEB_SESSION_HOURS * 3600_000);
    expect((await page.goto(`${app.base}/web/today`))?.status()).toBe(401);
    expect(await text(page)).toContain('发送“看板”');
  });

  it('writes every login, refusal and action to the audit trail', async () => {
    const trail = await app.web.auditTrail('青石镇', '2026-10-03');
    const seen = trail.map((e) => `${e.action}:${e.by}:${e.ok}${e.detail ? `:${e.detail}` : ''}`);
    expect(seen).toEqual(
      expect.arrayContaining([
        'login:leader-li:true',
        'assign:leader-li:true:案件1',
        'login_refused:leader-wang:false:used',
        'login_refused::false:expired',
        'denied:zhangzhuang-head:false:case 1',
        'download:leader-li:true:ledger 2026-10-01..2026-10-03',
        'logout:zhangzhuang-head:true',
      ]),
    );
  });
});
