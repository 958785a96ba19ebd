import { afterEach, describe, expect, it } from 'vitest';
import { buildMorningDigest } from '../../jobs/morning-digest.js';
import { followUpHeading } from '../../src/parser/commands.js';
import { buttons, ledger } from '../../src/strings.js';
import { readBoard } from '../../src/web/board.js';
import { FlakySources } from '../support/flaky-sources.js';
import { closeStores, makeStore, STORE_KINDS } from '../support/both-stores.js';
import { makeChat } from '../support/make-deps.js';

// 首报、续报、终报: a 续报 or 终报 is news of the incident the leaders were alerted about. They hear it under that
// alert's number, it goes into the case's 进展, and the day still counts one 即时报告 and one case.

const BEILING = 'beiling-clerk'; // 赵小梅, 北岭村
const T = '青石镇';
const FIRST = '北岭村即时报告：村民孙某某等7人上午到县信访局反映山林承包问题，村两委已派人前往劝返';

describe('a 续报 or 终报 follows the incident it is about', () => {
  it('tells the leaders under the first alert\'s number, records the case\'s 进展, and counts one incident', async () => {
    const chat = makeChat({ now: '2026-12-07T10:00:00+08:00' });
    const first = await chat.send(BEILING, FIRST);
    expect(first.find((m) => m.kind === 'alert')?.text).toContain('第1号');

    chat.clock.set('2026-12-07T11:20:00+08:00');
    const next = await chat.send(BEILING, '续报：7人已全部劝返回村，情绪基本平稳');
    const alerts = next.filter((m) => m.kind === 'alert');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]?.text).toMatch(/^📌【续报】第1号（12月7日 10:00） 北岭村/);
    expect(alerts[0]?.text).toContain('7人已全部劝返回村，情绪基本平稳');
    const reply = next.find((m) => m.kind === 'reply');
    expect(reply?.text).toContain('即时报告第1号的续报已登记，不另计一起，已记入案件1进展');
    expect(reply?.text).not.toContain('已立案');

    chat.clock.set('2026-12-08T16:30:00+08:00');
    const last = await chat.send(BEILING, '【终报】孙某某等人与承包方已达成调解协议，事件处置完毕');
    expect(last.find((m) => m.kind === 'alert')?.text).toMatch(/^📌【终报】第1号（12月7日 10:00） 北岭村 12月7日/);

    const day = (await chat.store.getDay(T, '2026-12-07')).get('北岭村');
    expect(day?.incidents).toHaveLength(1);
    expect((await chat.store.getDay(T, '2026-12-08')).get('北岭村')?.incidents ?? []).toHaveLength(0);
    const c = await chat.cases.get(T, 1);
    expect(c?.versions.filter((v) => v.action === 'progress').map((v) => v.note)).toEqual([
      '续报：7人已全部劝返回村，情绪基本平稳',
      '终报：孙某某等人与承包方已达成调解协议，事件处置完毕',
    ]);
    expect(await chat.cases.get(T, 2)).toBeUndefined();
    // The next morning's digest tells the incident once, with what became of it.
    const digest = await buildMorningDigest(chat.deps, '2026-12-07');
    expect(digest).toContain('即时报告1起');
    expect(digest).toContain('最新进展：终报：孙某某等人与承包方已达成调解协议，事件处置完毕');
    // And the 看板's alerts of the day.
    const board = await readBoard(chat.deps, '2026-12-07', ['北岭村']);
    expect(board.alerts.map((x) => [x.no, x.latest])).toEqual([[1, '终报：孙某某等人与承包方已达成调解协议，事件处置完毕']]);
  });

  it('a 续报 naming a person stores the person and still reaches the leaders under the same number', async () => {
    const chat = makeChat({ now: '2026-12-07T10:00:00+08:00' });
    await chat.send(BEILING, '北岭村即时报告：村民钱某某今天上午到县信访局上访，已派人劝返');
    chat.clock.set('2026-12-07T12:00:00+08:00');
    const out = await chat.send(BEILING, '续报：钱某某已被劝回，现在家中，情绪稳定');
    expect(out.filter((m) => m.kind === 'alert').map((m) => m.text.split('\n')[0])).toEqual([expect.stringContaining('📌【续报】第1号')]);
    const day = (await chat.store.getDay(T, '2026-12-07')).get('北岭村');
    expect(day?.incidents).toHaveLength(1);
    expect(day?.keyPersons?.persons.map((p) => p.name)).toEqual(['钱某某']);
  });

  it('a 续报 that says it went further is new news with a number of its own', async () => {
    const chat = makeChat({ now: '2026-12-07T10:00:00+08:00' });
    await chat.send(BEILING, FIRST);
    chat.clock.set('2026-12-07T15:00:00+08:00');
    const out = await chat.send(BEILING, '续报：孙某某又带着十几个人去了市信访局');
    expect(out.find((m) => m.kind === 'alert')?.text).toMatch(/^🚨【即时报告】第2号/);
    expect((await chat.store.getDay(T, '2026-12-07')).get('北岭村')?.incidents).toHaveLength(2);
  });

  it('with no incident before, a 续报 is reported as what it says', async () => {
    const chat = makeChat({ now: '2026-12-07T10:00:00+08:00' });
    const out = await chat.send(BEILING, '续报：村民周某某等5人在镇政府门口聚集，要求解决拖欠工钱问题');
    expect(out.find((m) => m.kind === 'alert')?.text).toMatch(/^🚨【即时报告】第1号/);
  });
});

describe('a 续报 that tells the dispute settled', () => {
  it('offers the case\'s 已化解 (one tap), and the tap reports it for the 包案领导 to confirm', async () => {
    const chat = makeChat({ now: '2026-12-31T10:05:00+08:00' });
    await chat.say('wangzhuang-clerk', '王庄村村民范某某两兄弟因为老宅分割吵起来了，村调委会正在调解，情绪激动');
    chat.clock.set('2026-12-31T11:30:00+08:00');
    const [reply] = (await chat.send('wangzhuang-clerk', '王庄村终报：经村调委会调解，兄弟俩已签订和解协议，矛盾已经化解')).filter((m) => m.kind === 'reply');
    expect(reply?.text).toContain(ledger.resolvedHint(1));
    expect(reply?.choices?.map((c) => c.command)).toContain('案件1 已化解');
    await chat.say('wangzhuang-clerk', '案件1 已化解');
    expect((await chat.cases.get('青石镇', 1))?.status).toBe('claimed');
    // Once reported, a further 续报 of it offers nothing.
    const [again] = await chat.say('wangzhuang-clerk', '王庄村续报：双方已达成协议');
    expect(again?.text).not.toContain('如已化解');
  });

  it('a 续报 that does not say so offers nothing', async () => {
    const chat = makeChat({ now: '2026-12-31T10:05:00+08:00' });
    await chat.say('wangzhuang-clerk', '王庄村村民范某某两兄弟因为老宅分割吵起来了，村调委会正在调解，情绪激动');
    const [reply] = await chat.say('wangzhuang-clerk', '王庄村续报：双方仍在协商，调委会明天继续调解');
    expect(reply?.text).not.toContain('如已化解');
  });
});

describe('撤回 after a 续报 takes back the 续报, not the incident it followed', () => {
  it('the leaders hear the 续报 is withdrawn; the incident, its alert and its case stand', async () => {
    const chat = makeChat({ now: '2026-12-07T10:00:00+08:00' });
    await chat.send(BEILING, FIRST);
    chat.clock.set('2026-12-07T11:20:00+08:00');
    const receipt = (await chat.say(BEILING, '续报：7人已全部劝返回村'))[0];
    expect(receipt?.choices?.map((c) => c.label)).toEqual([buttons.undo]);
    chat.clock.set('2026-12-07T11:25:00+08:00');
    const out = await chat.send(BEILING, receipt!.choices![0]!.command);
    expect(out.find((m) => m.kind === 'reply')?.text).toBe('↩️ 已撤回：北岭村 12月7日即时报告第1号的续报（已从案件1进展中撤回）\n已同时告知领导群。');
    const alerts = out.filter((m) => m.kind === 'alert');
    expect(alerts.map((a) => a.text)).toEqual(['↩️【撤回】第1号（12月7日 10:00） 北岭村 12月7日的续报已撤回：\n· 7人已全部劝返回村\n撤回人：赵小梅']);
    expect((await chat.store.getDay(T, '2026-12-07')).get('北岭村')?.incidents).toHaveLength(1);
    const c = await chat.cases.get(T, 1);
    expect(c?.status).not.toBe('withdrawn');
    expect(c?.progress).toBeUndefined();
    expect(c?.versions.map((v) => v.action)).toEqual(['open', 'progress', 'retract']);
    // The next 撤回 goes further back: the incident itself, as before.
    chat.clock.set('2026-12-07T11:30:00+08:00');
    const again = await chat.send(BEILING, '撤回');
    expect(again.find((m) => m.kind === 'alert')?.text).toMatch(/^↩️【撤回】第1号（12月7日 10:00） 北岭村 12月7日的以下报告已撤回：/);
    expect((await chat.store.getDay(T, '2026-12-07')).get('北岭村')?.incidents ?? []).toHaveLength(0);
  });

  it('a 续报 sent in the same second as its 首报: 撤回 takes back the 续报 only', async () => {
    const chat = makeChat({ now: '2026-12-07T10:00:00+08:00' });
    await chat.send(BEILING, FIRST);
    await chat.send(BEILING, '续报：7人已全部劝返回村');
    const out = await chat.send(BEILING, '撤回');
    expect(out.filter((m) => m.kind === 'alert').map((a) => a.text.split('\n')[0])).toEqual(['↩️【撤回】第1号（12月7日 10:00） 北岭村 12月7日的续报已撤回：']);
    expect((await chat.store.getDay(T, '2026-12-07')).get('北岭村')?.incidents).toHaveLength(1);
  });

  it('of two 续报, the later is taken back and the case\'s latest 进展 is the earlier again', async () => {
    const chat = makeChat({ now: '2026-12-07T10:00:00+08:00' });
    await chat.send(BEILING, FIRST);
    chat.clock.set('2026-12-07T11:00:00+08:00');
    await chat.send(BEILING, '续报：已有4人返回');
    chat.clock.set('2026-12-07T12:00:00+08:00');
    await chat.send(BEILING, '续报二：其余3人也已返回');
    chat.clock.set('2026-12-07T12:05:00+08:00');
    const out = await chat.send(BEILING, '撤回');
    expect(out.find((m) => m.kind === 'alert')?.text).toContain('· 其余3人也已返回');
    expect((await chat.cases.get(T, 1))?.progress).toBe('续报：已有4人返回');
  });

  it('a 续报 that also stored a person: both are taken back in one 撤回', async () => {
    const chat = makeChat({ now: '2026-12-07T10:00:00+08:00' });
    await chat.send(BEILING, '北岭村即时报告：村民钱某某今天上午到县信访局上访，已派人劝返');
    chat.clock.set('2026-12-07T12:00:00+08:00');
    await chat.send(BEILING, '续报：钱某某已被劝回，现在家中，情绪稳定');
    chat.clock.set('2026-12-07T12:10:00+08:00');
    const out = await chat.send(BEILING, '撤回');
    expect(out.find((m) => m.kind === 'reply')?.text).toMatch(/^↩️ 已撤回：北岭村 12月7日即时报告第1号的续报（已从案件1进展中撤回）；北岭村 12月7日 重点人员/);
    const day = (await chat.store.getDay(T, '2026-12-07')).get('北岭村');
    expect(day?.incidents).toHaveLength(1);
    expect(day?.keyPersons).toBeUndefined();
  });
});

describe.each(STORE_KINDS)('撤回 takes back the latest thing the sender sent, 续报 or report (%s store)', (kind) => {
  afterEach(closeStores);

  it('a 续报 of an incident that has no case (reported before the 台账 was kept) is taken back, not the incident', async () => {
    const store = makeStore(kind);
    // The 首报 went in while the 台账 was not kept yet: its incident has no case in today's ledger.
    const before = makeChat({ now: '2026-12-07T10:00:00+08:00', store });
    await before.send(BEILING, FIRST, { msgId: 'old-1' });
    const chat = makeChat({ now: '2026-12-07T11:20:00+08:00', store });
    const receipt = (await chat.say(BEILING, '续报：7人已全部劝返回村'))[0];
    expect(receipt?.text).toBe('✅ 北岭村 12月7日即时报告第1号的续报已登记，不另计一起。\n已同时报送领导群。');
    expect(receipt?.choices?.map((c) => c.label)).toEqual([buttons.undo]);
    chat.clock.set('2026-12-07T11:25:00+08:00');
    const out = await chat.send(BEILING, '撤回');
    expect(out.find((m) => m.kind === 'reply')?.text).toBe('↩️ 已撤回：北岭村 12月7日即时报告第1号的续报\n已同时告知领导群。');
    expect(out.filter((m) => m.kind === 'alert').map((a) => a.text)).toEqual(['↩️【撤回】第1号（12月7日 10:00） 北岭村 12月7日的续报已撤回：\n· 7人已全部劝返回村\n撤回人：赵小梅']);
    expect((await store.getDay(T, '2026-12-07')).get('北岭村')?.incidents).toHaveLength(1);
    // The next 撤回 takes back the incident, as it would have without the 续报.
    chat.clock.set('2026-12-07T11:30:00+08:00');
    const again = await chat.send(BEILING, '撤回');
    expect(again.find((m) => m.kind === 'alert')?.text).toMatch(/^↩️【撤回】第1号（12月7日 10:00） 北岭村 12月7日的以下报告已撤回：/);
    expect((await store.getDay(T, '2026-12-07')).get('北岭村')?.incidents ?? []).toHaveLength(0);
  });

  it('a 终报 sent just before midnight is what a 撤回 just after it takes back', async () => {
    const chat = makeChat({ now: '2026-12-07T10:00:00+08:00', store: makeStore(kind) });
    await chat.send(BEILING, FIRST);
    chat.clock.set('2026-12-07T23:58:00+08:00');
    await chat.send(BEILING, '终报：7人均已返回，事件处置完毕');
    chat.clock.set('2026-12-08T00:03:00+08:00');
    const out = await chat.send(BEILING, '撤回');
    expect(out.find((m) => m.kind === 'reply')?.text).toBe('↩️ 已撤回：北岭村 12月7日即时报告第1号的终报（已从案件1进展中撤回）\n已同时告知领导群。');
    expect(out.filter((m) => m.kind === 'alert').map((a) => a.text.split('\n')[0])).toEqual(['↩️【撤回】第1号（12月7日 10:00） 北岭村 12月7日的终报已撤回：']);
    expect((await chat.store.getDay(T, '2026-12-07')).get('北岭村')?.incidents).toHaveLength(1);
    expect((await chat.cases.get(T, 1))?.status).toBe('open');
  });

  it('a 撤回 of a 续报 whose handling fails after the 续报 was taken back is retried: the leaders hear it once, the next 撤回 takes the incident', async () => {
    const cases = new FlakySources();
    const chat = makeChat({ now: '2026-12-07T10:00:00+08:00', store: makeStore(kind), cases });
    await chat.send(BEILING, FIRST);
    chat.clock.set('2026-12-07T11:20:00+08:00');
    await chat.send(BEILING, '续报：7人已全部劝返回村');
    chat.clock.set('2026-12-07T11:25:00+08:00');
    cases.failSources = 1;
    const out = await chat.send(BEILING, '撤回');
    expect(cases.failSources).toBe(0);
    expect(out.filter((m) => m.kind === 'alert').map((a) => a.text.split('\n')[0])).toEqual(['↩️【撤回】第1号（12月7日 10:00） 北岭村 12月7日的续报已撤回：']);
    expect(out.filter((m) => m.kind === 'reply').map((m) => m.text)).toEqual(['↩️ 已撤回：北岭村 12月7日即时报告第1号的续报（已从案件1进展中撤回）\n已同时告知领导群。']);
    expect((await chat.cases.get(T, 1))?.versions.map((v) => v.action)).toEqual(['open', 'progress', 'retract']);
    expect((await chat.store.getDay(T, '2026-12-07')).get('北岭村')?.incidents).toHaveLength(1);
    chat.clock.set('2026-12-07T11:30:00+08:00');
    expect((await chat.send(BEILING, '撤回')).find((m) => m.kind === 'alert')?.text).toMatch(/的以下报告已撤回：/);
  });
});

describe('followUpHeading', () => {
  it('reads 续报/终报 heading a message, not the word said in passing', () => {
    expect(followUpHeading('续报：已劝返')).toBe('续报');
    expect(followUpHeading('【终报】处置完毕')).toBe('终报');
    expect(followUpHeading('杨树村续报二：3人已返回')).toBe('续报');
    expect(followUpHeading('@机器人 关于钱某某到县上访的续报：已接回')).toBe('续报');
    expect(followUpHeading('请各村及时续报')).toBeNull();
    expect(followUpHeading('即时报告：村民到县上访，后续情况再续报')).toBeNull();
    expect(followUpHeading('首报：村民5人到镇政府')).toBeNull();
  });
});
