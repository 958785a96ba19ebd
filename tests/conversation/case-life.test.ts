import { describe, expect, it } from 'vitest';
import { conversation, ledger } from '../../src/strings.js';
import { makeChat, sampleRoster } from '../support/make-deps.js';

// The whole life of a case in the group, through the real inbox, parser, handlers and stores.

const CLERK = 'zhangzhuang-clerk'; // 王磊, 张庄村
const HEAD = 'zhangzhuang-head'; // 张建国, 张庄村书记
const TEAM = 'zhangzhuang-team'; // 刘芳, 张庄村工作组组长
const OTHER = 'lijiawan-clerk'; // 李家湾村
const LI = 'leader-li'; // 李镇长
const WANG = 'leader-wang'; // 王主任

describe('a 日研判 that leaves disputes open without describing them', () => {
  it('asks for them to be registered, once: not again while the unit\'s open cases hold them, nor for a described one', async () => {
    const chat = makeChat({ now: '2026-12-01T09:00:00+08:00' });
    const [first] = await chat.say('beiling-clerk', '北岭村日研判：排查矛盾纠纷3起，化解1起，其余2起正在调解，重点人员1人稳定');
    expect(first?.text).toContain(ledger.registerAsk('北岭村', 2));
    await chat.say('beiling-clerk', '登记：北岭村 冯某某与承包方工钱纠纷');
    chat.clock.set('2026-12-02T09:00:00+08:00');
    const [second] = await chat.say('beiling-clerk', '北岭村日研判：排查矛盾纠纷2起，化解0起，均在调解中');
    expect(second?.text).toContain(ledger.registerAsk('北岭村', 1));
    await chat.say('beiling-clerk', '登记：北岭村 朱某某与邻居排水沟纠纷');
    chat.clock.set('2026-12-03T09:00:00+08:00');
    const [third] = await chat.say('beiling-clerk', '北岭村日研判：排查矛盾纠纷2起，化解0起，均在调解中');
    expect(third?.text).not.toContain('没进台账');
    // Found and settled the same day: nothing left open, nothing to register.
    const [settled] = await chat.say(CLERK, '张庄村日研判：排查矛盾纠纷1起，化解1起');
    expect(settled?.text).not.toContain('没进台账');
    // Described in the report: its case is opened from it.
    const [described] = await chat.say(OTHER, '李家湾村日研判：排查矛盾纠纷1起（邹某某与邻居宅基地纠纷），正在调解');
    expect(described?.text).toContain('已立案');
    expect(described?.text).not.toContain('没进台账');
  });

  it('says it does not know whether they are settled when the message gives no 化解 figure', async () => {
    const chat = makeChat({ now: '2026-12-01T17:00:00+08:00' });
    const [reply] = await chat.say(CLERK, '张庄村今天零报告，中午那个宅基地纠纷已经调解结束了，没事了');
    expect(reply?.text).toContain(ledger.registerAskUnsure('张庄村', 1));
    expect(reply?.text).not.toContain('未化解的纠纷没进台账');
  });
});

describe('第N号什么情况？ from a leader', () => {
  it('shows the case of the incident alerted under that number; a person\'s alert, which opens none, shows what stands of it', async () => {
    const chat = makeChat({ now: '2026-12-10T09:00:00+08:00' });
    await chat.say(OTHER, '李家湾村日研判：排查矛盾纠纷1起（甘某某与邻居排水纠纷），正在调解');
    await chat.send('nanguan-clerk', '南关村村民阮某某等5人到县信访局反映拆迁补偿问题，已派人劝返');
    await chat.send('wangzhuang-clerk', '王庄村重点人员滕某某今天情绪激动，扬言要去省里');
    const [shown] = (await chat.send(LI, '第1号什么情况了？', { chatId: 'leaders-chat' })).filter((m) => m.kind === 'reply');
    expect(shown?.text).toMatch(/^📁 案件2 南关村：到县（区）集体访/);
    const [person] = (await chat.send(LI, '第2号现在怎么样', { chatId: 'leaders-chat' })).filter((m) => m.kind === 'reply');
    expect(person?.text.split('\n')).toEqual(['📋 第2号（12月10日 09:00） 王庄村，未立案。最新情况：', expect.stringMatching(/^· 重点人员：.*滕某某.*扬言.*省/)]);
    // The next day the person is back home: the leader asking again hears the update, not the alert as it was.
    chat.clock.set('2026-12-11T10:00:00+08:00');
    await chat.send('wangzhuang-clerk', '王庄村重点人员滕某某已在家，情绪稳定');
    const [later] = (await chat.send(LI, '第2号什么情况', { chatId: 'leaders-chat' })).filter((m) => m.kind === 'reply');
    expect(later?.text).toContain('第2号（12月10日 09:00） 王庄村');
    expect(later?.text).toMatch(/滕某某（在家，稳定）/);
    const [none] = (await chat.send(LI, '第9号什么情况', { chatId: 'leaders-chat' })).filter((m) => m.kind === 'reply');
    expect(none?.text).toBe(ledger.alertCaseNotFound(9));
  });
});

describe('a case from registration to 销号', () => {
  it('登记 → 包案 → 进展 → 已化解 → 确认 → 销号, every step a version with who and when', async () => {
    const chat = makeChat({ now: '2026-12-01T09:00:00+08:00' });
    const [reg] = await chat.say(CLERK, '@机器人 登记：张庄村 王某某与李某某宅基地纠纷，涉及2户');
    expect(reg?.text).toBe(ledger.registered(1, '张庄村', '王某某与李某某宅基地纠纷', false));
    const opened = await chat.cases.get('青石镇', 1);
    expect(opened).toMatchObject({
      no: 1,
      source: 'chat',
      kind: 'dispute',
      unit: '张庄村',
      status: 'open',
      openedOn: '2026-12-01',
      elements: { cause: '宅基地', time: '2026-12-01', place: '张庄村', households: 2, keyPersons: ['王某某', '李某某'] },
    });

    // Only a leader assigns; a village cadre is told so in one line.
    expect((await chat.say(CLERK, '包案 案件1 李镇长 12月20日前'))[0]?.text).toBe(ledger.refusal('leader_only_assign', 1));
    chat.clock.set('2026-12-01T10:00:00+08:00');
    const [assigned] = await chat.say(WANG, '包案 案件1 李镇长 12月20日前');
    expect(assigned?.text).toBe(ledger.assigned({ no: 1, leader: '李镇长', owner: '张建国', stabilizer: '刘芳', deadline: '2026-12-20' }));
    expect(assigned?.mentions.sort()).toEqual([HEAD, TEAM, LI, WANG].sort());

    chat.clock.set('2026-12-03T15:00:00+08:00');
    expect((await chat.say(OTHER, '案件1 进展：已约谈双方'))[0]?.text).toBe(ledger.refusal('not_case_unit', 1));
    expect((await chat.say(CLERK, '案件1 进展：已约谈双方，初步达成调解意向'))[0]?.text).toBe(ledger.progressed(1, 3));

    chat.clock.set('2026-12-05T11:00:00+08:00');
    expect((await chat.say(CLERK, '销号 案件1'))[0]?.text).toBe(ledger.refusal('leader_only_close', 1));
    expect((await chat.say(LI, '销号 案件1'))[0]?.text).toBe(ledger.refusal('not_resolved', 1));
    const [claimed] = await chat.say(HEAD, '案件1 已化解');
    expect(claimed?.text).toBe(ledger.claimed(1, 'resolved', '李镇长'));
    expect(claimed?.mentions).toContain(LI);
    expect((await chat.say(WANG, '确认 案件1'))[0]?.text).toBe(ledger.refusal('leader_only_confirm', 1, '李镇长'));
    chat.clock.set('2026-12-05T16:00:00+08:00');
    expect((await chat.say(LI, '确认 案件1'))[0]?.text).toBe(ledger.confirmed(1, 'resolved'));
    chat.clock.set('2026-12-06T09:00:00+08:00');
    expect((await chat.say(WANG, '销号 案件1'))[0]?.text).toBe(ledger.closed(1));
    expect((await chat.say(CLERK, '案件1 进展：又吵起来了'))[0]?.text).toBe(ledger.refusal('already_closed', 1));

    const c = await chat.cases.get('青石镇', 1);
    expect(c).toMatchObject({ status: 'closed', resolution: 'resolved', resolvedOn: '2026-12-05', closedOn: '2026-12-06', leaderId: LI, ownerId: HEAD, stabilizerId: TEAM, deadline: '2026-12-20' });
    expect(c?.progress).toBe('已约谈双方，初步达成调解意向');
    expect(c?.versions.map((v) => [v.seq, v.action, v.by, v.at])).toEqual([
      [1, 'open', CLERK, '2026-12-01T01:00:00.000Z'],
      [2, 'assign', WANG, '2026-12-01T02:00:00.000Z'],
      [3, 'progress', CLERK, '2026-12-03T07:00:00.000Z'],
      [4, 'claim', HEAD, '2026-12-05T03:00:00.000Z'],
      [5, 'resolve', LI, '2026-12-05T08:00:00.000Z'],
      [6, 'close', WANG, '2026-12-06T01:00:00.000Z'],
    ]);
    expect(c?.versions.map((v) => v.byName)).toEqual(['王磊', '王主任', '王磊', '张建国', '李镇长', '王主任']);
  });

  it('an incident opens a case at once, named in the receipt; 息诉罢访 said by the 包案领导 needs no confirmation', async () => {
    const chat = makeChat({ now: '2026-12-01T09:00:00+08:00' });
    const [receipt] = await chat.say(CLERK, '张庄村即时报告：村民李某某今天到县信访局上访，已劝返');
    expect(receipt?.text).toContain('已立案：案件1');
    const c = await chat.cases.get('青石镇', 1);
    expect(c).toMatchObject({ source: 'incident', kind: 'incident', unit: '张庄村', escalation: 'county', status: 'open', elements: { keyPersons: ['李某某'] } });
    await chat.say(LI, '包案 案件1 李镇长 2026-12-10 责任人王磊 稳控刘芳');
    expect(await chat.cases.get('青石镇', 1)).toMatchObject({ leaderId: LI, ownerId: CLERK, stabilizerId: TEAM, deadline: '2026-12-10' });
    expect((await chat.say(LI, '案件1 息诉罢访'))[0]?.text).toBe(ledger.confirmed(1, 'petition_ended'));
    expect(await chat.cases.get('青石镇', 1)).toMatchObject({ status: 'resolved', resolution: 'petition_ended', resolvedOn: '2026-12-01' });
  });

  it('a 日研判 that describes its disputes registers each one; figures alone register none', async () => {
    const chat = makeChat({ now: '2026-12-01T15:00:00+08:00' });
    await chat.say(CLERK, '张庄村日研判：排查矛盾纠纷2起（王某某与李某某宅基地纠纷；赵某与钱某某土地承包纠纷），化解0起，重点人员3人均稳定，总体平稳');
    expect((await chat.cases.list('青石镇')).map((c) => [c.no, c.source, c.title, c.elements.cause])).toEqual([
      [1, 'assessment', '王某某与李某某宅基地纠纷', '宅基地'],
      [2, 'assessment', '赵某与钱某某土地承包纠纷', '土地承包'],
    ]);
    await chat.say('hexi-clerk', '河西村日研判：排查矛盾纠纷1起，化解1起，总体平稳');
    expect(await chat.cases.list('青石镇')).toHaveLength(2);
  });

  it('a dispute described with the other side not named (李某某和邻居…, 张某某家与物业公司…) registers too', async () => {
    const chat = makeChat({ now: '2026-12-01T15:00:00+08:00' });
    const [reply] = await chat.say(CLERK, '张庄村日研判：排查矛盾纠纷2起，化解1起，重点人员3人均稳定，总体平稳。未化解的一起是三组赵某某和邻居宅基地边界纠纷，正在调解');
    expect(reply?.text).toContain('已立案：案件1');
    expect((await chat.cases.list('青石镇')).map((c) => [c.title, c.elements.cause, c.elements.keyPersons])).toEqual([['赵某某和邻居宅基地边界纠纷', '宅基地边界', ['赵某某']]]);
  });

  it('a redelivered registration opens no second case; an unknown number and bad input get one line', async () => {
    const chat = makeChat({ now: '2026-12-01T09:00:00+08:00' });
    await chat.send(CLERK, '登记：张庄村 王某某与李某某宅基地纠纷', { msgId: 'same' });
    await chat.send(CLERK, '登记：张庄村 王某某与李某某宅基地纠纷', { msgId: 'same' });
    expect(await chat.cases.list('青石镇')).toHaveLength(1);
    expect((await chat.say(LI, '案件9 已化解'))[0]?.text).toBe(ledger.notFound(9));
    expect((await chat.say(LI, '包案 案件1'))[0]?.text).toBe(ledger.assignHow(1));
    expect((await chat.say(LI, '包案 案件1 李镇长 11月20日前'))[0]?.text).toBe(ledger.deadlinePast('2026-11-20'));
    expect((await chat.say('stranger', '登记：张庄村 纠纷'))[0]?.text).toBe(ledger.refusal('not_rostered'));
    expect((await chat.say(CLERK, '登记：'))[0]?.text).toBe(ledger.registerHow());
    const [show] = await chat.say(LI, '案件1');
    expect(show?.text).toContain('状态：待包案');
  });

  it('a time limit said as days, weeks or months (3天, 两周内, 1个月, 月底前) is counted from the day it is given', async () => {
    const chat = makeChat({ now: '2026-12-01T09:00:00+08:00' });
    for (let i = 0; i < 4; i++) await chat.say(CLERK, `登记：张庄村 王某某与李某${i}宅基地纠纷`);
    const given: [string, string][] = [['3天', '2026-12-04'], ['两周内', '2026-12-15'], ['1个月', '2027-01-01'], ['月底前', '2026-12-31']];
    for (const [i, [limit, deadline]] of given.entries()) {
      const [assigned] = await chat.say(LI, `包案 案件${i + 1} 李镇长 ${limit}`);
      expect(assigned?.text, limit).toBe(ledger.assigned({ no: i + 1, leader: '李镇长', owner: '张建国', stabilizer: '刘芳', deadline }));
    }
  });

  it('导出台账 says how to get the file while there is no dashboard', async () => {
    const chat = makeChat();
    expect((await chat.say(LI, '@机器人 导出台账'))[0]?.text).toBe(ledger.exportHow());
  });
});

describe('the case number said first, then the step', () => {
  it('案件1 包案 李镇长 3天 / 案件1 确认 / 案件1 销号 do what 包案 案件1 … does; other words after the number are asked back', async () => {
    const chat = makeChat({ now: '2026-12-01T09:00:00+08:00' });
    await chat.say(CLERK, '@机器人 登记：张庄村 王某某与李某某宅基地纠纷，涉及2户');
    const [assigned] = await chat.say(WANG, '案件1 包案 李镇长 3天');
    expect(assigned?.text).toBe(ledger.assigned({ no: 1, leader: '李镇长', owner: '张建国', stabilizer: '刘芳', deadline: '2026-12-04' }));
    await chat.say(HEAD, '案件1 已化解');
    expect((await chat.say(LI, '案件1 确认'))[0]?.text).toBe(ledger.confirmed(1, 'resolved'));
    expect((await chat.say(WANG, '案件1 销号'))[0]?.text).toBe(ledger.closed(1));
    expect((await chat.say(LI, '案件1 这个案子到底是哪个组的同志在负责'))[0]?.text).toBe(ledger.caseHow(1));
    // A report that names the case is a report, not a ledger question.
    const out = await chat.send(CLERK, '案件1的当事人王某某今天下午又去县信访局了');
    expect(out.find((m) => m.kind === 'alert')?.text).toMatch(/^🚨【即时报告】第1号 张庄村/);
  });
});

describe('督办 of a case', () => {
  it('nobody in charge yet: the unit’s members are asked in the units’ group, and the sender in the leaders’ group is told it went', async () => {
    const chat = makeChat({ now: '2026-12-01T09:00:00+08:00' });
    await chat.say(CLERK, '@机器人 登记：张庄村 王某某与李某某宅基地纠纷，涉及2户');
    const out = await chat.send(WANG, '督办 案件1', { chatId: 'leaders-chat' });
    expect(out.filter((m) => m.kind === 'notice').map((n) => [n.chatId, [...n.mentions].sort()])).toEqual([['units-chat', [CLERK, HEAD, TEAM].sort()]]);
    expect(out.filter((m) => m.kind === 'reply').map((m) => [m.chatId, m.text])).toEqual([['leaders-chat', '已督办案件1。']]);
  });

  it('with no leaders’ group in the roster, the 包案领导 is asked in the units’ group with the others, once', async () => {
    const roster = sampleRoster();
    roster.groups = roster.groups.filter((g) => g.kind !== 'leaders');
    const chat = makeChat({ now: '2026-12-01T09:00:00+08:00', roster });
    await chat.say(CLERK, '@机器人 登记：张庄村 王某某与李某某宅基地纠纷，涉及2户');
    await chat.say(WANG, '包案 案件1 李镇长 12月3日前');
    const out = await chat.send(WANG, '督办 案件1 请本周内化解');
    expect(out.filter((m) => m.kind === 'notice').map((n) => [n.chatId, [...n.mentions].sort()])).toEqual([['units-chat', [LI, HEAD, TEAM].sort()]]);
    expect(out.filter((m) => m.kind === 'reply')).toEqual([]);
  });

  it('asks the case’s people by @, keeps the request in the trail; an unknown or closed case is told so', async () => {
    const chat = makeChat({ now: '2026-12-01T09:00:00+08:00' });
    await chat.say(CLERK, '@机器人 登记：张庄村 王某某与李某某宅基地纠纷，涉及2户');
    await chat.say(WANG, '包案 案件1 李镇长 12月3日前');
    chat.clock.set('2026-12-04T17:00:00+08:00');
    const out = await chat.send(WANG, '督办 案件1 请李镇长本周内化解', { chatId: 'leaders-chat' });
    const notices = out.filter((m) => m.kind === 'notice');
    expect(notices.map((n) => n.text)).toEqual(Array(2).fill('📌【督办】案件1 张庄村 王某某与李某某宅基地纠纷：请李镇长本周内化解（王主任）'));
    // Each where they are: the 包案领导 in the leaders' group, the 责任人 and 稳控责任人 in the units' group.
    expect(notices.map((n) => [n.chatId, [...n.mentions].sort()])).toEqual([
      ['leaders-chat', [LI]],
      ['units-chat', [HEAD, TEAM].sort()],
    ]);
    // The notice in the leaders' group answers the sender there: no receipt besides.
    expect(out.filter((m) => m.kind === 'reply')).toEqual([]);
    const c = await chat.cases.get('青石镇', 1);
    expect(c?.versions.at(-1)).toMatchObject({ action: 'supervise', by: WANG, note: '请李镇长本周内化解' });
    // Said in the units' group: the same two notices, the one there answering the sender.
    chat.clock.set('2026-12-04T17:05:00+08:00');
    const there = await chat.send(WANG, '督办 案件1 请抓紧', { chatId: 'units-chat' });
    expect(there.filter((m) => m.kind === 'notice').map((n) => [n.chatId, [...n.mentions].sort()])).toEqual([
      ['leaders-chat', [LI]],
      ['units-chat', [HEAD, TEAM].sort()],
    ]);
    expect(there.filter((m) => m.kind === 'reply')).toEqual([]);
    expect((await chat.say(WANG, '督办 案件9'))[0]?.text).toBe(ledger.notFound(9));
    expect((await chat.say(CLERK, '督办 案件1 快点'))[0]?.text).toBe(conversation.onlyLeaders());
  });
});
