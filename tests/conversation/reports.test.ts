import { describe, expect, it } from 'vitest';
import { conversation, parseWarningText } from '../../src/strings.js';
import { makeChat } from '../support/make-deps.js';

// Message in → reply out, in Chinese, through the real parser, handlers and memory store.
// Expected replies are built with the strings module, so rewording a reply breaks no test.

const CLERK = 'zhangzhuang-clerk';

describe('reports and receipts', () => {
  it('stores a zero report and answers with unit, day and kind, @-mentioning the sender', async () => {
    const chat = makeChat({ now: '2026-10-02T15:10:00+08:00' });
    const [reply] = await chat.say(CLERK, '张庄村今日零报告，无进京赴省到市上访，无集体访');
    expect(reply?.text).toBe(
      conversation.receipt({ lines: [{ kind: 'zero_report', unit: '张庄村', date: '2026-10-02', detail: '' }], correction: false, proxy: false, unrostered: false, late: false, warnings: [], alerted: false }),
    );
    expect(reply?.mentions).toEqual([CLERK]);
    const day = await chat.store.getDay('青石镇', '2026-10-02');
    expect(day.get('张庄村')?.zero?.meta).toMatchObject({ senderId: CLERK, platform: 'wecom' });
  });

  it('a wrong figure put right in plain words (不对，化解是1起) is a 更正 of it: the other figures stay', async () => {
    const chat = makeChat({ now: '2026-10-02T15:20:00+08:00' });
    await chat.say(CLERK, '张庄村日研判：排查矛盾纠纷三起，化解两起，重点人员5人，均稳定，总体平稳');
    const [fixed] = await chat.say(CLERK, '不对，化解是1起');
    expect(fixed?.text).toContain('已更正');
    expect(fixed?.text).toContain(conversation.assessmentDetail({ disputesFound: 3, disputesResolved: 1, keyPersons: 5, keyPersonsAbnormal: 0 }, 'stable'));
    expect((await chat.store.getDay('青石镇', '2026-10-02')).get('张庄村')?.assessment?.counts).toMatchObject({ disputesFound: 3, disputesResolved: 1, keyPersons: 5 });
  });

  it('shows the understood counts of a 日研判, so a wrong figure is seen at once', async () => {
    const chat = makeChat({ now: '2026-10-02T15:20:00+08:00' });
    const [reply] = await chat.say(CLERK, '张庄村日研判：排查矛盾纠纷三起，化解两起，重点人员5人，均稳定，总体平稳');
    expect(reply?.text).toContain(conversation.assessmentDetail({ disputesFound: 3, disputesResolved: 2, keyPersons: 5, keyPersonsAbnormal: 0 }, 'stable'));
    const a = (await chat.store.getDay('青石镇', '2026-10-02')).get('张庄村')?.assessment;
    expect(a?.counts).toEqual({ disputesFound: 3, disputesResolved: 2, keyPersons: 5, keyPersonsAbnormal: 0 });
  });

  it('a 日研判 graded on a scale (研判等级：较大 / 一般) is filed with that level, and the receipt shows it', async () => {
    const chat = makeChat({ now: '2026-10-02T15:20:00+08:00' });
    const [reply] = await chat.say(CLERK, '张庄村日研判\n排查矛盾纠纷：2起\n化解：1起\n重点人员：4人，无异常\n研判等级：较大');
    expect(reply?.text).toContain(conversation.assessmentDetail({ disputesFound: 2, disputesResolved: 1, keyPersons: 4, keyPersonsAbnormal: 0 }, 'watch'));
    expect((await chat.store.getDay('青石镇', '2026-10-02')).get('张庄村')?.assessment?.level).toBe('watch');
    const [calm] = await chat.say('lijiawan-clerk', '李家湾村日研判：排查矛盾纠纷0起，重点人员3人，研判等级：一般');
    expect(calm?.text).toContain('研判：平稳');
  });

  it('never stores a zero report from a message that reports an incident; warns and alerts the leaders', async () => {
    const chat = makeChat({ now: '2026-10-02T15:30:00+08:00' });
    const out = await chat.send(CLERK, '张庄村今日零报告。另：村民刘某某今天到县信访局上访，已劝回。');
    const reply = out.find((m) => m.kind === 'reply');
    const alert = out.find((m) => m.kind === 'alert');
    expect(reply?.text).toContain(parseWarningText('self_contradiction'));
    expect(alert).toMatchObject({ chatId: 'leaders-chat', platform: 'wecom' });
    expect(alert?.text).toContain('张庄村');
    const day = (await chat.store.getDay('青石镇', '2026-10-02')).get('张庄村');
    expect(day?.zero).toBeUndefined();
    expect(day?.incidents).toHaveLength(1);
    expect(day?.incidents[0]).toMatchObject({ escalation: 'county' });
  });

  it('a plain zero report after news of the same day is not filed; the sender is told how to correct', async () => {
    const chat = makeChat({ now: '2026-10-02T10:00:00+08:00' });
    await chat.say(CLERK, '张庄村村民刘某某今天到县信访局上访，已劝回');
    chat.clock.set('2026-10-02T15:00:00+08:00');
    const [reply] = await chat.say(CLERK, '张庄村今日零报告');
    expect(reply?.text).toBe(conversation.zeroAfterNews('张庄村', '2026-10-02'));
    let day = (await chat.store.getDay('青石镇', '2026-10-02')).get('张庄村');
    expect(day?.zero).toBeUndefined();
    expect(day?.incidents).toHaveLength(1);
    // 更正 is the way to say the news was wrong: it voids the incident and files the zero report.
    const [fixed] = await chat.say(CLERK, '更正：张庄村今日零报告');
    expect(fixed?.text.startsWith('✅ 已更正')).toBe(true);
    day = (await chat.store.getDay('青石镇', '2026-10-02')).get('张庄村');
    expect(day?.zero).toBeDefined();
    expect(day?.incidents).toHaveLength(0);
  });

  it('news after the day’s zero report voids it, and the receipt says so', async () => {
    const chat = makeChat({ now: '2026-10-02T09:40:00+08:00' });
    await chat.say(CLERK, '张庄村今日零报告');
    const [reply] = await chat.say(CLERK, '补充：张庄村今天上午调解了一起邻里纠纷，已化解');
    expect(reply?.text).toContain(conversation.zeroVoided('张庄村', '2026-10-02'));
    expect((await chat.store.getDay('青石镇', '2026-10-02')).get('张庄村')?.zero).toBeUndefined();
    // A key person at home and calm does not contradict a zero report: it stands, and nothing is said of it.
    chat.clock.set('2026-10-03T09:00:00+08:00');
    await chat.say(CLERK, '张庄村今日零报告');
    const [calm] = await chat.say(CLERK, '张庄村重点人员王某某在家，情绪稳定');
    expect(calm?.text).not.toContain('作废');
    expect((await chat.store.getDay('青石镇', '2026-10-03')).get('张庄村')?.zero).toBeDefined();
  });

  it('a 零报告 or 日研判 of a day not begun is not filed, and the sender is told', async () => {
    const chat = makeChat({ now: '2026-10-02T09:00:00+08:00' });
    const [ahead] = await chat.say(CLERK, '张庄村10月4日零报告');
    expect(ahead?.text).toBe(conversation.dayAhead('张庄村', '2026-10-04'));
    expect((await chat.store.getDay('青石镇', '2026-10-04')).size).toBe(0);
    const [assessment] = await chat.say(CLERK, '张庄村10月3日日研判：排查纠纷0起，总体平稳');
    expect(assessment?.text).toBe(conversation.dayAhead('张庄村', '2026-10-03'));
    // Today's is filed as ever.
    expect((await chat.say(CLERK, '张庄村10月2日零报告'))[0]?.text).toContain('已登记：张庄村 10月2日 零报告');
  });

  it('alerts the leaders at once about an abnormal key person', async () => {
    const chat = makeChat({ now: '2026-10-02T11:00:00+08:00' });
    const out = await chat.send(CLERK, '张庄村重点人员王某某今日情绪激动，扬言要进京上访，目前在家，已安排专人稳控。');
    const alert = out.find((m) => m.kind === 'alert');
    expect(alert?.text).toContain('王某某');
    expect(alert?.text).toContain('进京');
  });

  it('a correction replaces the earlier zero report with what happened', async () => {
    const chat = makeChat({ now: '2026-10-02T15:00:00+08:00' });
    await chat.say(CLERK, '张庄村零报告');
    chat.clock.set('2026-10-02T18:30:00+08:00');
    const [reply] = await chat.say(CLERK, '更正：张庄村今天的零报告有误，村民王某某今天下午去县信访局上访，已接回。');
    expect(reply?.text.startsWith('✅ 已更正')).toBe(true);
    const day = (await chat.store.getDay('青石镇', '2026-10-02')).get('张庄村');
    expect(day?.zero).toBeUndefined();
    expect(day?.incidents.map((i) => i.correction)).toEqual([true]);
  });

  it('a correction of the headcount keeps the level it does not restate, and the leaders hear the new figure', async () => {
    const chat = makeChat({ now: '2026-10-02T10:00:00+08:00' });
    await chat.send(CLERK, '张庄村即时报告：村民赵某某等5人今天上午到县信访局上访，已派人劝返');
    chat.clock.set('2026-10-02T11:00:00+08:00');
    const out = await chat.send(CLERK, '更正：张庄村今天上访的是6个人不是5个');
    const reply = out.find((m) => m.kind === 'reply');
    const update = out.find((m) => m.kind === 'alert');
    expect(reply?.text.startsWith('✅ 已更正')).toBe(true);
    expect(reply?.text).toContain(conversation.incidentDetail('county', 6, true));
    expect(update?.text).toContain(conversation.alertIncident('county', 6, true, undefined, 'act').split('：')[0]);
    const day = (await chat.store.getDay('青石镇', '2026-10-02')).get('张庄村');
    expect(day?.incidents).toHaveLength(1);
    expect(day?.incidents[0]).toMatchObject({ escalation: 'county', people: 6, collective: true, correction: true });
  });

  it('marks a report for another unit as 代报 (a member whose reportsFor names it) and one after the deadline as 迟报', async () => {
    const chat = makeChat({ now: '2026-10-03T17:20:00+08:00' });
    const [reply] = await chat.say('nanguan-clerk', '代北岭村报：北岭村10月3日零报告');
    expect(reply?.text).toContain('（代报）');
    expect(reply?.text).toContain('迟报');
    const zero = (await chat.store.getDay('青石镇', '2026-10-03')).get('北岭村')?.zero;
    expect(zero?.meta).toMatchObject({ proxy: true, late: true, senderId: 'nanguan-clerk' });
  });

  it('accepts a sender not on the roster only when the unit is named, and marks it', async () => {
    const chat = makeChat({ now: '2026-10-03T10:00:00+08:00' });
    const [named] = await chat.say('stranger-01', '河西村今日零报告');
    expect(named?.text).toContain('（报送人不在名册中，已标注）');
    expect((await chat.store.getDay('青石镇', '2026-10-03')).get('河西村')?.zero?.meta.unrostered).toBe(true);
    const [unnamed] = await chat.say('stranger-01', '今日零报告');
    expect(unnamed?.text).toBe(conversation.noUnit());
  });

  it('asks back with the format when a report cannot be understood, and keeps the raw message', async () => {
    const chat = makeChat({ now: '2026-10-03T10:00:00+08:00' });
    const [reply] = await chat.say(CLERK, '张庄村重点人员报告');
    expect(reply?.text).toBe(conversation.unclear());
    const raw = await chat.store.rawMessages('青石镇', '2026-10-03');
    expect(raw.map((r) => r.text)).toEqual(['张庄村重点人员报告']);
  });

  it('stays silent on chatter, but keeps it for audit', async () => {
    const chat = makeChat({ now: '2026-10-03T10:00:00+08:00' });
    expect(await chat.say(CLERK, '收到，谢谢领导！')).toEqual([]);
    expect(await chat.say('leader-li', '明天上午九点在镇三楼会议室召开维稳工作推进会，请各村书记准时参加。')).toEqual([]);
    expect((await chat.store.rawMessages('青石镇', '2026-10-03')).length).toBe(2);
  });

  it('counts a platform redelivery once', async () => {
    const chat = makeChat({ now: '2026-10-03T10:00:00+08:00' });
    const first = await chat.send(CLERK, '张庄村零报告', { msgId: 'dup-1' });
    const again = await chat.send(CLERK, '张庄村零报告', { msgId: 'dup-1' });
    expect(first).toHaveLength(1);
    expect(again).toHaveLength(0);
    expect((await chat.store.rawMessages('青石镇', '2026-10-03')).length).toBe(1);
  });
});
