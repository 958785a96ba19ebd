import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { superviseOverdue } from '../../jobs/supervise-overdue.js';
import { buildExport } from '../../src/export/export-data.js';
import { caseFigures } from '../../src/ledger/case-figures.js';
import { MemoryCaseStore } from '../../src/ledger/memory-case-store.js';
import { FlakySources } from '../support/flaky-sources.js';
import { rankByPetitions } from '../../src/ledger/ranking.js';
import { caseStatusLabel, ledger } from '../../src/strings.js';
import { FlakyStore } from '../support/flaky-store.js';
import { makeChat, sampleRoster } from '../support/make-deps.js';
import { startWebApp } from '../support/web-app.js';

// A case follows the report that opened it: a correction (更正) updates the case instead of opening a second one;
// a correction to a zero report and a 撤回 withdraw it (已撤销), out of the figures, the 督办 and the case commands.

const CLERK = 'zhangzhuang-clerk'; // 王磊, 张庄村
const HEXI = 'hexi-clerk'; // 河西村
const LI = 'leader-li'; // 李镇长
const T = '青石镇';
const REPORT = '即时报告：今天上午村里5人去县信访局反映征地补偿问题，已派人劝返';
const UNITS = () => sampleRoster().units.map((u) => u.name);
const DEC = { from: '2026-12-01', to: '2026-12-31', cumFrom: '2026-01-01' };

/** A case store whose next `link` calls fail, as Redis going away between two steps. */
class FlakyLinks extends MemoryCaseStore {
  failLinks = 0;
  override async link(township: string, sourceId: string, no: number): Promise<number | undefined> {
    if (this.failLinks > 0) {
      this.failLinks--;
      throw new Error('Connection is closed.');
    }
    return super.link(township, sourceId, no);
  }
}

describe('a case follows the report that opened it', () => {
  it('a 撤回 whose handling fails after the reports were removed is retried: the leaders hear it once, and its case is withdrawn', async () => {
    const cases = new FlakySources();
    const chat = makeChat({ now: '2026-12-01T09:00:00+08:00', cases });
    await chat.send(CLERK, REPORT);
    chat.clock.set('2026-12-01T09:10:00+08:00');
    cases.failSources = 1;
    const out = await chat.send(CLERK, '撤回');
    const alerts = out.filter((m) => m.kind === 'alert');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]?.text).toContain('【撤回】');
    expect(alerts[0]?.text).toContain(ledger.casesWithdrawn([1]));
    expect(out.filter((m) => m.kind === 'reply').map((m) => m.text.split('\n')[0])).toEqual([expect.stringContaining('已撤回')]);
    expect(await chat.cases.get(T, 1)).toMatchObject({ status: 'withdrawn' });
    expect((await chat.store.getDay(T, '2026-12-01')).get('张庄村')?.incidents ?? []).toHaveLength(0);
  });


  it('更正 of an incident updates its case (no second case, the trail says what it was); a second 更正 and its 撤回 find it too', async () => {
    const chat = makeChat({ now: '2026-12-01T09:00:00+08:00' });
    await chat.say(CLERK, REPORT);
    await chat.say(LI, '包案 案件1 我 12月10日前');
    const before = await chat.cases.get(T, 1);
    chat.clock.set('2026-12-01T09:20:00+08:00');
    const out = await chat.send(CLERK, '更正：刚才去县里的是3人不是5人');
    const receipt = out.find((m) => m.kind === 'reply')?.text ?? '';
    expect(receipt).toContain(ledger.casesCorrected([1]));
    expect(receipt).not.toContain('已立案');
    // The leaders who took the case hear that it follows the correction.
    expect(out.find((m) => m.kind === 'alert')?.text).toContain(ledger.casesCorrected([1]));
    expect(await chat.cases.list(T)).toHaveLength(1);
    const c = await chat.cases.get(T, 1);
    expect(c).toMatchObject({ status: 'assigned', leaderId: LI, deadline: '2026-12-10', escalation: 'county', elements: { people: 3 } });
    expect(c?.title).toContain('3人');
    expect(c?.versions.map((v) => [v.action, v.by, v.at])).toEqual([
      ['open', CLERK, '2026-12-01T01:00:00.000Z'],
      ['assign', LI, '2026-12-01T01:00:00.000Z'],
      ['correct', CLERK, '2026-12-01T01:20:00.000Z'],
    ]);
    expect(c?.versions.at(-1)?.note).toBe(ledger.correctedNote(before!.title));

    chat.clock.set('2026-12-01T09:40:00+08:00');
    expect((await chat.say(CLERK, '更正：上午去的是市信访局，3人'))[0]?.text).toContain(ledger.casesCorrected([1]));
    expect(await chat.cases.list(T)).toHaveLength(1);
    expect(await chat.cases.get(T, 1)).toMatchObject({ escalation: 'city', status: 'assigned' });
    expect((await chat.cases.get(T, 1))?.versions.map((v) => v.action)).toEqual(['open', 'assign', 'correct', 'correct']);
    // 撤回 of the last correction leaves the unit-day without the incident (the first reports were replaced): the
    // case goes with it.
    chat.clock.set('2026-12-01T10:00:00+08:00');
    expect((await chat.say(CLERK, '撤回'))[0]?.text).toContain(ledger.casesWithdrawn([1]));
    expect((await chat.store.getDay(T, '2026-12-01')).get('张庄村')?.incidents ?? []).toEqual([]);
    expect(await chat.cases.get(T, 1)).toMatchObject({ status: 'withdrawn', leaderId: LI });
  });

  it('a correction retried after a failure between its steps still updates the one case, once', async () => {
    const cases = new FlakyLinks();
    const store = new FlakyStore();
    const chat = makeChat({ now: '2026-12-01T09:00:00+08:00', cases, store });
    await chat.say(CLERK, REPORT);
    // The case store fails after the case took the correction; then the report store fails to write the message.
    cases.failLinks = 1;
    store.failApplies = 1;
    chat.clock.set('2026-12-01T09:20:00+08:00');
    expect((await chat.say(CLERK, '更正：刚才去县里的是3人不是5人'))[0]?.text).toContain(ledger.casesCorrected([1]));
    expect(cases.failLinks + store.failApplies).toBe(0);
    expect(await chat.cases.list(T)).toHaveLength(1);
    expect((await chat.cases.get(T, 1))?.versions.map((v) => v.action)).toEqual(['open', 'correct']);
    expect((await chat.store.getDay(T, '2026-12-01')).get('张庄村')?.incidents.map((i) => i.people)).toEqual([3]);
  });

  it('one correction replacing two incidents of the day: the lower-numbered case carries it, the other is withdrawn as merged', async () => {
    const chat = makeChat({ now: '2026-12-01T09:00:00+08:00' });
    await chat.say(CLERK, REPORT);
    await chat.say(CLERK, '即时报告：村民李某某今天下午到市信访局上访，已派人接回');
    expect(await chat.cases.list(T)).toHaveLength(2);
    chat.clock.set('2026-12-01T16:00:00+08:00');
    const [receipt] = await chat.say(CLERK, '更正：今天只有村里3人去县信访局反映征地补偿问题');
    expect(receipt?.text).toContain(ledger.casesCorrected([1]));
    expect(receipt?.text).toContain(ledger.casesWithdrawn([2]));
    const [one, two] = await chat.cases.list(T);
    expect(one).toMatchObject({ status: 'open', escalation: 'county', elements: { people: 3 } });
    expect(two).toMatchObject({ status: 'withdrawn', withdrawnOn: '2026-12-01' });
    expect(two?.versions.at(-1)).toMatchObject({ action: 'withdraw', by: CLERK, note: ledger.withdrawnNote('merged', 1) });
    expect(caseFigures(await chat.cases.list(T), UNITS(), DEC).total).toMatchObject({ found: 1, open: 1, beyondTownship: 1 });
  });

  it('更正 to a zero report withdraws the case: not found in the figures, not ranked, not supervised', async () => {
    const chat = makeChat({ now: '2026-12-01T09:00:00+08:00' });
    await chat.say(CLERK, REPORT);
    await chat.say(HEXI, '河西村即时报告：村民赵某某今天到县信访局上访，已劝返');
    await chat.say(LI, '包案 案件1 我 12月2日前');
    await chat.say(LI, '包案 案件2 我 12月2日前');
    chat.clock.set('2026-12-01T10:00:00+08:00');
    const [receipt] = await chat.say(CLERK, '更正：张庄村今日零报告');
    expect(receipt?.text).toContain(ledger.casesWithdrawn([1]));
    const c = await chat.cases.get(T, 1);
    expect(c).toMatchObject({ status: 'withdrawn', withdrawnOn: '2026-12-01', leaderId: LI });
    expect(c?.versions.at(-1)).toMatchObject({ action: 'withdraw', by: CLERK, byName: '王磊', note: ledger.withdrawnNote('zero') });

    const cases = await chat.cases.list(T);
    const figures = caseFigures(cases, UNITS(), DEC);
    expect(figures.units.find((u) => u.unit === '张庄村')).toMatchObject({ found: 0, cumFound: 0, open: 0, beyondTownship: 0 });
    expect(figures.total).toMatchObject({ found: 1, open: 1, beyondTownship: 1 });
    expect(rankByPetitions(cases, UNITS(), DEC.from, DEC.to).lastTwo).toEqual([{ unit: '河西村', count: 1 }]);
    // Both were due 12-02; on 12-03 only 案件2 is overdue.
    const sentBefore = chat.sent.length;
    expect(await superviseOverdue(chat.deps, new Date('2026-12-03T09:00:00+08:00'))).toEqual({ sent: 1 });
    const supervised = chat.sent.slice(sentBefore)[0]?.text ?? '';
    expect(supervised).toContain('案件2');
    expect(supervised).not.toContain('案件1');
  });

  it('撤回 withdraws the case and the leaders hear it; 包案 pressed on the alert, and every other step, is refused', async () => {
    const chat = makeChat({ now: '2026-12-01T09:00:00+08:00' });
    const alert = (await chat.send(CLERK, REPORT)).find((m) => m.kind === 'alert');
    chat.clock.set('2026-12-01T09:10:00+08:00');
    const out = await chat.send(CLERK, '撤回');
    expect(out.find((m) => m.kind === 'alert')?.text).toContain(ledger.casesWithdrawn([1]));
    expect(out.find((m) => m.kind === 'reply')?.text).toContain(ledger.casesWithdrawn([1]));
    expect((await chat.cases.get(T, 1))?.versions.at(-1)).toMatchObject({ action: 'withdraw', by: CLERK, note: ledger.withdrawnNote('undo') });

    const press = alert?.choices?.find((c) => c.command.startsWith('包案'))?.command ?? '';
    expect((await chat.say(LI, press))[0]?.text).toBe(ledger.refusal('withdrawn', 1));
    expect((await chat.say(CLERK, '案件1 已化解'))[0]?.text).toBe(ledger.refusal('withdrawn', 1));
    expect((await chat.say(CLERK, '案件1 进展：已劝返'))[0]?.text).toBe(ledger.refusal('withdrawn', 1));
    expect((await chat.say(LI, '销号 案件1'))[0]?.text).toBe(ledger.refusal('withdrawn', 1));
    const [shown] = await chat.say(LI, '案件1');
    expect(shown?.text).toContain(`状态：${caseStatusLabel('withdrawn')}`);
    expect(shown?.text).toContain(`撤销原因：${ledger.withdrawnNote('undo')}（王磊）`);
    expect(await chat.cases.get(T, 1)).toMatchObject({ status: 'withdrawn', versions: [{ action: 'open' }, { action: 'withdraw' }] });
    expect((await chat.cases.get(T, 1))?.leaderId).toBeUndefined();

    // The Excel 台账 lists it as 已撤销, with why in place of its progress.
    const { roster, store, cases, calendar } = chat.deps;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await (await buildExport({ roster, store, cases, calendar }, 'ledger', '2026-12-01', '2026-12-01')).xlsx.writeBuffer());
    const row = wb.getWorksheet('台账')!.getRow(3);
    expect([row.getCell(1).value, row.getCell(17).value, row.getCell(21).value]).toEqual([1, '已撤销', ledger.withdrawnNote('undo')]);
  });

  it('a 日研判 corrected or sent again keeps the cases of the disputes it describes again; one a 更正 leaves out is withdrawn', async () => {
    const chat = makeChat({ now: '2026-12-01T15:00:00+08:00' });
    const first = '张庄村日研判：排查矛盾纠纷2起（王某某与李某某宅基地纠纷；赵某与钱某某土地承包纠纷），化解0起，重点人员3人均稳定，总体平稳';
    await chat.say(CLERK, first);
    expect(await chat.cases.list(T)).toHaveLength(2);
    chat.clock.set('2026-12-01T15:10:00+08:00');
    expect((await chat.say(CLERK, `更正：${first.replace('化解0起', '化解1起')}`))[0]?.text).toContain(ledger.casesCorrected([1, 2]));
    expect(await chat.cases.list(T)).toHaveLength(2);

    // Told in other words (和…因), the dispute keeps its case; the one left out is withdrawn.
    chat.clock.set('2026-12-01T15:20:00+08:00');
    const [fixed] = await chat.say(CLERK, '更正：张庄村日研判：排查矛盾纠纷1起（王某某和李某某因宅基地纠纷），化解0起，重点人员3人均稳定，总体平稳');
    expect(fixed?.text).toContain(ledger.casesCorrected([1]));
    expect(fixed?.text).toContain(ledger.casesWithdrawn([2]));
    const [one, two] = await chat.cases.list(T);
    expect(one).toMatchObject({ status: 'open', title: '王某某和李某某因宅基地纠纷', elements: { cause: '宅基地' } });
    expect(one?.versions.map((v) => [v.action, v.note])).toEqual([
      ['open', undefined],
      ['correct', ledger.correctedNote('王某某与李某某宅基地纠纷')],
    ]);
    expect(two).toMatchObject({ status: 'withdrawn', versions: [{ action: 'open' }, { action: 'withdraw', note: ledger.withdrawnNote('dropped') }] });

    // A 更正 of one figure (化解1起) keeps the day's other figures and the cases; a later 更正 saying none was found
    // still finds them, and withdraws them.
    chat.clock.set('2026-12-01T15:25:00+08:00');
    const [figure] = await chat.say(CLERK, '更正：化解1起');
    expect(figure?.text).toContain('排查纠纷1起，化解1起，重点人员3人');
    expect((await chat.store.getDay(T, '2026-12-01')).get('张庄村')?.assessment?.counts).toMatchObject({ disputesFound: 1, disputesResolved: 1, keyPersons: 3 });
    expect((await chat.cases.list(T)).map((c) => c.status)).toEqual(['open', 'withdrawn']);
    chat.clock.set('2026-12-01T15:27:00+08:00');
    expect((await chat.say(CLERK, '更正：张庄村日研判：排查矛盾纠纷0起，重点人员3人均稳定'))[0]?.text).toContain(ledger.casesWithdrawn([1]));

    // A plain second 日研判 with a new dispute opens its case and says nothing of the others.
    chat.clock.set('2026-12-01T15:30:00+08:00');
    expect((await chat.say(CLERK, '张庄村日研判：排查矛盾纠纷1起（孙某与周某某邻里纠纷），化解0起，总体平稳'))[0]?.text).toContain('已立案：案件3');
    expect((await chat.cases.list(T)).map((c) => c.status)).toEqual(['withdrawn', 'withdrawn', 'open']);
  });

  it('a case already resolved stays as it is when its report is withdrawn', async () => {
    const chat = makeChat({ now: '2026-12-01T09:00:00+08:00' });
    await chat.say(CLERK, REPORT);
    await chat.say(LI, '包案 案件1 我 12月10日前');
    await chat.say(LI, '案件1 息诉罢访');
    const [reply] = await chat.say(CLERK, '撤回');
    expect(reply?.text).not.toContain('已撤销');
    expect(await chat.cases.get(T, 1)).toMatchObject({ status: 'resolved', resolution: 'petition_ended' });
  });

  it('the 台账 page shows a withdrawn case with its label, without the leaders’ actions, out of the active list', async () => {
    const app = await startWebApp({ roster: sampleRoster(), now: '2026-12-01T09:00:00+08:00' });
    try {
      await app.say(CLERK, REPORT);
      await app.say(CLERK, '撤回');
      const link = new URL(await app.link(LI, 'leaders-chat'));
      const login = await fetch(`${app.base}/web/login`, { method: 'POST', body: new URLSearchParams({ t: link.searchParams.get('t') ?? '' }), redirect: 'manual' });
      const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      const page = async (path: string) => (await fetch(`${app.base}${path}`, { headers: { cookie } })).text();
      const html = await page('/web/case?no=1');
      expect(html).toContain(`cs-withdrawn">${caseStatusLabel('withdrawn')}`);
      expect(html).not.toContain('f-assign');
      expect(await page('/web/ledger?status=withdrawn')).toContain('/web/case?no=1');
      expect(await page('/web/ledger?status=active')).not.toContain('/web/case?no=1');
    } finally {
      await app.close();
    }
  });
});
