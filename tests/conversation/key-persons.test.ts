import { describe, expect, it } from 'vitest';
import { buildMorningDigest } from '../../jobs/morning-digest.js';
import { registeredPersons } from '../../src/ledger/person-register.js';
import { keyPersonText, ledger } from '../../src/strings.js';
import { makeChat, sampleRoster } from '../support/make-deps.js';

// 逐人建账: the register from the roster file and the chat, the digest's unseen persons in a sensitive period
// (sample roster: 元旦 30 December – 3 January), and the @ of the 稳控责任人 and 包案领导 when one is abnormal.

const CLERK = 'zhangzhuang-clerk';
const TEAM = 'zhangzhuang-team'; // 刘芳

function chatWithRegister() {
  const roster = sampleRoster();
  roster.keyPersons = [{ unit: '河西村', name: '周某某', category: '涉稳人员' }];
  return makeChat({ now: '2026-12-30T09:00:00+08:00', roster });
}

describe('key persons, person by person', () => {
  it('registers from the chat and the roster file; 销号 strikes off', async () => {
    const chat = chatWithRegister();
    const [reply] = await chat.say(CLERK, '重点人员登记：张庄村 王某某 上访老户 稳控责任人刘芳');
    expect(reply?.text).toBe(ledger.personRegistered('张庄村', '王某某', '上访老户', '刘芳'));
    expect(reply?.mentions).toContain(TEAM);
    await chat.say(CLERK, '重点人员登记：张庄村 李某');
    expect((await registeredPersons(chat.deps)).map((p) => [p.unit, p.name, p.category, p.stabilizerId, p.source, p.active])).toEqual([
      ['张庄村', '李某', '重点人员', TEAM, 'chat', true],
      ['张庄村', '王某某', '上访老户', TEAM, 'chat', true],
      ['河西村', '周某某', '涉稳人员', undefined, 'roster', true],
    ]);
    expect((await chat.say('lijiawan-clerk', '重点人员销号：张庄村 李某'))[0]?.text).toBe(ledger.refusal('not_case_unit'));
    expect((await chat.say('leader-li', '重点人员销号：河西村 周某某'))[0]?.text).toBe(ledger.personRemoved('河西村', '周某某'));
    expect((await chat.say('leader-li', '重点人员销号：河西村 吴某'))[0]?.text).toBe(ledger.personUnknown('河西村吴某'));
    expect((await registeredPersons(chat.deps)).filter((p) => p.active).map((p) => p.name)).toEqual(['李某', '王某某']);
    expect((await chat.say('stranger', '重点人员登记：张庄村 赵某'))[0]?.text).toBe(ledger.refusal('not_rostered'));
  });

  it('in a sensitive period the digest names the registered persons nobody reported that day', async () => {
    const chat = chatWithRegister();
    await chat.say(CLERK, '重点人员登记：张庄村 王某某 上访老户');
    await chat.say(CLERK, '重点人员登记：张庄村 李某');
    chat.clock.set('2026-12-30T15:00:00+08:00');
    await chat.say(CLERK, '张庄村重点人员王某某在家，情绪稳定');
    const digest = await buildMorningDigest(chat.deps, '2026-12-30');
    expect(digest).toContain(keyPersonText.unseen([{ unit: '张庄村', name: '李某' }, { unit: '河西村', name: '周某某' }]));
    // Outside a period nobody is listed (the units report key persons when there is something to say).
    expect(await buildMorningDigest(chat.deps, '2026-12-29')).not.toContain('在册重点人员');
  });

  it('an abnormal registered person @-alerts the 稳控责任人 and the case’s 包案领导 as well as the leaders’ group', async () => {
    const chat = chatWithRegister();
    await chat.say(CLERK, '登记：张庄村 王某某与李某某宅基地纠纷');
    await chat.say('leader-li', '包案 案件1 李镇长 1月10日前');
    await chat.say(CLERK, '重点人员登记：张庄村 王某某 上访老户 稳控责任人刘芳 案件1');
    chat.clock.set('2026-12-30T15:00:00+08:00');
    const sent = await chat.send(CLERK, '张庄村重点人员王某某情绪激动，扬言要去县里上访');
    const keeper = sent.find((m) => m.chatId === 'units-chat' && m.kind === 'alert');
    expect(keeper?.text).toBe(keyPersonText.keeperAlert({ unit: '张庄村', name: '王某某', caseNo: 1, keepers: ['刘芳', '李镇长'] }));
    expect(keeper?.mentions).toEqual([TEAM, 'leader-li']);
    expect(sent.some((m) => m.chatId === 'leaders-chat' && m.kind === 'alert')).toBe(true);
  });
});

describe('a person the leaders were alerted about, reported again the same day', () => {
  it('is news under the alert\'s number (最新情况, not 更正), and an update after the deadline leaves the unit on time', async () => {
    const chat = makeChat({ now: '2026-12-14T10:05:00+08:00' });
    await chat.send('wangzhuang-clerk', '王庄村重点人员赵某某今天上午外出，去向不明，正在联系');
    chat.clock.set('2026-12-14T18:30:00+08:00');
    const out = await chat.send('wangzhuang-clerk', '王庄村赵某某已联系上，在县城亲戚家，明天回村');
    const alert = out.find((m) => m.kind === 'alert')?.text ?? '';
    expect(alert).toMatch(/^🔄【更新】第1号（12月14日 10:05） 王庄村 12月14日最新情况：/);
    expect(alert).toContain('报送人：王丽娟');
    const reply = out.find((m) => m.kind === 'reply')?.text ?? '';
    expect(reply).not.toContain('迟报');
    const digest = await buildMorningDigest(chat.deps, '2026-12-14');
    expect(digest).not.toContain('迟报');
  });

  it('a 更正 after the deadline of a report made in time is still a 更正, and the unit still on time', async () => {
    const chat = makeChat({ now: '2026-12-14T10:05:00+08:00' });
    await chat.send('wangzhuang-clerk', '王庄村重点人员赵某某今天上午外出，去向不明，正在联系');
    chat.clock.set('2026-12-14T17:00:00+08:00');
    const out = await chat.send('wangzhuang-clerk', '更正：王庄村赵某某上午是去镇卫生院看病，在家，稳定');
    expect(out.find((m) => m.kind === 'alert')?.text).toContain('已更正为');
    expect(await buildMorningDigest(chat.deps, '2026-12-14')).not.toContain('迟报');
  });
});

describe('a 更正 that says the person did not go', () => {
  it('takes back the incident told of that person: its case is withdrawn, the leaders are told, the digest has none', async () => {
    const chat = makeChat({ now: '2026-12-14T09:05:00+08:00' });
    await chat.send('wangzhuang-clerk', '王庄村重点人员钱某某早上坐车去市里了，说要到市信访局反映拆迁补偿，村干部已跟去');
    expect(await chat.cases.list('青石镇')).toHaveLength(1);
    chat.clock.set('2026-12-14T10:20:00+08:00');
    const out = await chat.send('wangzhuang-clerk', '更正：钱某某没有去市信访局，是去市医院复查，他儿子陪着');
    const alert = out.find((m) => m.kind === 'alert')?.text ?? '';
    expect(alert).toMatch(/^🔄【更新】第1号/);
    expect(alert).toContain('重点人员钱某某（外出，稳定）');
    expect(alert).toContain(ledger.casesWithdrawn([1]));
    const day = (await chat.store.getDay('青石镇', '2026-12-14')).get('王庄村');
    expect(day?.incidents).toEqual([]);
    expect((await chat.cases.list('青石镇'))[0]?.status).toBe('withdrawn');
    expect(await buildMorningDigest(chat.deps, '2026-12-14')).toContain('即时报告：无');
  });

  it('a 更正 that brings the person home without saying the trip did not happen leaves the incident', async () => {
    const chat = makeChat({ now: '2026-12-14T09:05:00+08:00' });
    await chat.send('wangzhuang-clerk', '王庄村重点人员钱某某早上坐车去市里了，说要到市信访局反映拆迁补偿，村干部已跟去');
    chat.clock.set('2026-12-14T15:20:00+08:00');
    await chat.send('wangzhuang-clerk', '更正：钱某某已被劝返回家，情绪稳定');
    expect((await chat.store.getDay('青石镇', '2026-12-14')).get('王庄村')?.incidents).toHaveLength(1);
    expect((await chat.cases.list('青石镇'))[0]?.status).not.toBe('withdrawn');
  });
});

describe('a person the leaders were alerted about, reported again on a later day', () => {
  it('reaches them once under the alert\'s number with the day of the news; not again the day after', async () => {
    const chat = makeChat({ now: '2026-12-14T10:05:00+08:00' });
    await chat.send('wangzhuang-clerk', '王庄村重点人员赵某某今天上午外出，去向不明，正在联系');
    chat.clock.set('2026-12-15T09:30:00+08:00');
    const out = await chat.send('wangzhuang-clerk', '王庄村重点人员赵某某已回村，在家，情绪稳定');
    const alerts = out.filter((m) => m.kind === 'alert').map((m) => m.text);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatch(/^🔄【更新】第1号（12月14日 10:05） 王庄村 12月14日最新情况（12月15日）：\n· 重点人员赵某某（在家，稳定）/);
    expect(out.find((m) => m.kind === 'reply')?.text).toContain('已同时报送领导群');
    chat.clock.set('2026-12-16T09:30:00+08:00');
    const again = await chat.send('wangzhuang-clerk', '王庄村重点人员赵某某在家，情绪稳定');
    expect(again.filter((m) => m.kind === 'alert')).toEqual([]);
  });

  it('a person still abnormal the next day is a new alert, not news of the old one', async () => {
    const chat = makeChat({ now: '2026-12-14T10:05:00+08:00' });
    await chat.send('wangzhuang-clerk', '王庄村重点人员赵某某今天上午外出，去向不明，正在联系');
    chat.clock.set('2026-12-15T09:30:00+08:00');
    const out = await chat.send('wangzhuang-clerk', '王庄村重点人员赵某某仍然联系不上，去向不明');
    expect(out.filter((m) => m.kind === 'alert').map((m) => m.text.split('\n')[0])).toEqual([expect.stringMatching(/^🚨【即时报告】第2号/)]);
  });
});
