import { afterEach, describe, expect, it } from 'vitest';
import { conversation, ledger } from '../../src/strings.js';
import { closeStores, makeStore, STORE_KINDS } from '../support/both-stores.js';
import { makeChat } from '../support/make-deps.js';

// Who may change what, and the leaders always know (issue 13): on the memory store and on real Redis.

const T = '青石镇';
const D = '2026-12-03';
const ZZ = 'zhangzhuang-clerk';
const WZ = 'wangzhuang-clerk';

describe.each(STORE_KINDS)('authority and the life of an alert (%s store)', (kind) => {
  afterEach(closeStores);
  const chatAt = (now: string) => makeChat({ now, store: makeStore(kind) });
  const alerts = (out: { kind: string; chatId: string; text: string }[]) => out.filter((m) => m.kind === 'alert' && m.chatId === 'leaders-chat');

  it('another unit’s member cannot correct a unit’s report away; one short line says who may', async () => {
    const chat = chatAt('2026-12-03T10:00:00+08:00');
    await chat.send(WZ, '王庄村村民6人今天到县信访局上访，已劝返');
    const out = await chat.send(ZZ, '更正：王庄村今天零报告');
    expect(out.map((m) => m.text)).toEqual([conversation.refused('王庄村', '更正')]);
    const day = (await chat.store.getDay(T, D)).get('王庄村');
    expect(day?.zero).toBeUndefined();
    expect(day?.incidents).toHaveLength(1);
    // …and files no zero report or 日研判 for another unit either.
    expect((await chat.say(ZZ, '李家湾村零报告'))[0]?.text).toBe(conversation.refused('李家湾村', '报送'));
  });

  it('staff and members whose reportsFor names the unit may report for it (代报)', async () => {
    const chat = chatAt('2026-12-03T10:00:00+08:00');
    expect((await chat.say('zongzhi-zhao', '王庄村零报告'))[0]?.text).toContain('（代报）');
    expect((await chat.say('nanguan-clerk', '北岭村零报告'))[0]?.text).toContain('（代报）');
    const day = await chat.store.getDay(T, D);
    expect(day.get('王庄村')?.zero?.meta.proxy).toBe(true);
    expect(day.get('北岭村')?.zero?.meta.senderId).toBe('nanguan-clerk');
  });

  it('the same incident sent again alerts once: the resend updates it and answers the sender only', async () => {
    const chat = chatAt('2026-12-03T10:00:00+08:00');
    const text = '张庄村即时报告：村民李某某等6人今天上午到县信访局上访，已劝返';
    const first = alerts(await chat.send(ZZ, text));
    expect(first).toHaveLength(1);
    expect(first[0]?.text).toContain('第1号');
    chat.clock.set('2026-12-03T10:03:00+08:00');
    const again = await chat.send(ZZ, text);
    expect(alerts(again)).toEqual([]);
    expect(again.map((m) => m.chatId)).toEqual(['units-chat']);
    expect(again[0]?.text).toContain(conversation.resent([1]));
    expect((await chat.store.getDay(T, D)).get('张庄村')?.incidents).toHaveLength(1);
  });

  it('a correction of an alerted incident sends 【更新】 with the alert’s number and time; a withdrawal sends 【撤回】', async () => {
    const chat = chatAt('2026-12-03T10:15:00+08:00');
    await chat.send(ZZ, '张庄村重点人员孙立新今天上午去向不明，可能进京上访，正在核实');
    await chat.send(WZ, '王庄村村民6人今天到县信访局上访');
    chat.clock.set('2026-12-03T11:40:00+08:00');
    const fix = alerts(await chat.send(ZZ, '更正：张庄村孙立新已找到，在家，没有去北京'));
    expect(fix).toHaveLength(1);
    expect(fix[0]?.text).toContain('【更新】第1号（12月3日 10:15）');
    expect(fix[0]?.text).toContain('孙立新');
    chat.clock.set('2026-12-03T11:50:00+08:00');
    const out = await chat.send(WZ, '@机器人 撤回');
    const back = alerts(out);
    expect(back).toHaveLength(1);
    expect(back[0]?.text).toContain('【撤回】第2号（12月3日 10:15）');
    expect((await chat.store.getDay(T, D)).get('王庄村')).toBeUndefined();
  });

  it('a unit’s own correction to 零报告 of an alerted incident tells the leaders (【更新】, 无上述情况); a withdrawn threat stays a risk', async () => {
    const chat = chatAt('2026-12-03T09:00:00+08:00');
    await chat.send(WZ, '王庄村村民6人今天到县信访局上访，已劝返');
    chat.clock.set('2026-12-03T09:30:00+08:00');
    const fix = alerts(await chat.send('wangzhuang-head', '更正：王庄村今天零报告'));
    // The case the incident opened leaves the 台账 with it, and the leaders hear so.
    expect(fix.map((a) => a.text)).toEqual([
      [conversation.alertUpdate({ nos: [{ no: 1, at: '2026-12-03T01:00:00.000Z' }], unit: '王庄村', date: D, items: [], was: ['到县（区）集体访，6人：王庄村村民6人今天到县信访局上访，已劝返'], reporter: '王建设' }), ledger.casesWithdrawn([1])].join('\n'),
    ]);
    expect((await chat.store.getDay(T, D)).get('王庄村')?.incidents).toEqual([]);
    await chat.send(ZZ, '张庄村村民赵某扬言要去市里上访');
    const back = alerts(await chat.send(ZZ, '撤回'));
    expect(back[0]?.text).toContain('【撤回】第2号');
    expect(back[0]?.text).toContain('扬言到市上访（风险）');
  });

  it('an update alert keeps what the leaders were told before (原报) beside the corrected figures', async () => {
    const chat = chatAt('2026-12-03T09:00:00+08:00');
    await chat.send(WZ, '王庄村即时报告：村民王某某等5人今天上午到县信访局反映征地补偿，已劝返');
    chat.clock.set('2026-12-03T09:20:00+08:00');
    const [fix] = alerts(await chat.send(WZ, '更正：刚才是8人去的县信访局'));
    const lines = fix?.text.split('\n') ?? [];
    expect(lines[0]).toContain('【更新】第1号（12月3日 09:00）');
    // A correction that fixes a figure only is added to the report: what happened (征地补偿, who) stays in front of
    // the leaders, and what they were told before is named (原报) without repeating the report.
    expect(lines[1]).toMatch(/^· 到县（区）集体访，8人：村民王某某等5人.*征地补偿.*（更正：刚才是8人去的县信访局）$/);
    expect(lines[2]).toBe('原报：到县（区）集体访，5人');
  });

  it('a correction with a key person in it is told in the one 【更新】, not as a second alert', async () => {
    const chat = chatAt('2026-12-03T10:05:00+08:00');
    await chat.send(WZ, '王庄村即时报告：村民王某某今天上午到县信访局反映低保问题，已劝返');
    chat.clock.set('2026-12-03T10:40:00+08:00');
    const fix = alerts(await chat.send(WZ, '更正：王庄村王某某是去市信访局，不是县里'));
    expect(fix).toHaveLength(1);
    expect(fix[0]?.text).toContain('【更新】第1号（12月3日 10:05）');
    expect(fix[0]?.text).toContain('到市上访，1人');
    const day = (await chat.store.getDay(T, D)).get('王庄村');
    // The digest and the 台账 read the stored summary: the report with its correction.
    expect(day?.incidents[0]?.summary).toMatch(/低保问题.*（更正：.*市信访局/);
  });

  it('a correction that tells the event again replaces the summary', async () => {
    const chat = chatAt('2026-12-03T10:05:00+08:00');
    await chat.send(WZ, '王庄村即时报告：村民王某某等5人今天上午到县信访局反映征地补偿，已劝返');
    await chat.send(WZ, '更正：王庄村即时报告：村民王某某等8人今天上午到县信访局反映征地补偿，已劝返');
    const day = (await chat.store.getDay(T, D)).get('王庄村');
    expect(day?.incidents).toHaveLength(1);
    expect(day?.incidents[0]?.summary).not.toContain('更正');
    expect(day?.incidents[0]?.people).toBe(8);
  });

  it('a correction of a signed report @-mentions the head and the team leader to sign again', async () => {
    const chat = chatAt('2026-12-03T09:00:00+08:00');
    await chat.say(ZZ, '张庄村零报告');
    await chat.say('zhangzhuang-head', '确认');
    const [reply] = await chat.say(ZZ, '更正：张庄村日研判：排查矛盾纠纷1起，化解1起，重点人员3人，均稳定，总体平稳');
    expect(reply?.mentions).toEqual([ZZ, 'zhangzhuang-head', 'zhangzhuang-team']);
  });

  it('alerts tell a threat or hearsay as a risk, not as an act', async () => {
    const chat = chatAt('2026-12-03T09:00:00+08:00');
    const act = alerts(await chat.send(WZ, '王庄村村民6人今天到县信访局上访，已劝返'))[0]?.text ?? '';
    expect(act).toContain('到县（区）集体访，6人');
    const threat = alerts(await chat.send(ZZ, '张庄村村民赵某扬言要去市里上访'))[0]?.text ?? '';
    expect(threat).toContain('扬言到市上访（风险）');
    expect(threat).not.toContain('到市上访）');
    // Gone missing and maybe to the city, a search under way: the leaders hear both, the trip as unconfirmed.
    const missing = alerts(await chat.send(ZZ, '张庄村零报告。另外重点人员钱某某早上出门后一直联系不上，家里人说可能去市里了，正在找'))[0]?.text ?? '';
    expect(missing).toContain('重点人员钱某某（外出，异常），可能到市上访（未核实）');
  });

  it('a correction asks the head and the team leader to sign again; 历史 lists every version', async () => {
    const chat = chatAt('2026-12-03T09:00:00+08:00');
    await chat.say(ZZ, '张庄村零报告');
    await chat.say('zhangzhuang-head', '确认');
    chat.clock.set('2026-12-03T09:30:00+08:00');
    const [reply] = await chat.say(ZZ, '更正：张庄村日研判：排查矛盾纠纷2起，化解1起，重点人员3人，均稳定，总体平稳');
    expect(reply?.text).toContain(conversation.reconfirm(['张庄村']));
    expect((await chat.store.getDay(T, D)).get('张庄村')?.confirmations).toEqual([]);
    const [h] = await chat.say('leader-li', '@机器人 历史 张庄村 12月3日');
    expect(h?.text).toContain('【张庄村 12月3日报告记录】');
    expect(h?.text).toContain('1. 09:00 王磊 报送零报告');
    expect(h?.text).toContain('2. 09:30 王磊 更正日研判');
  });
});
