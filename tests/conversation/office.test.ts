import { afterEach, describe, expect, it } from 'vitest';
import { buildMorningDigest } from '../../jobs/morning-digest.js';
import { remindMissing } from '../../jobs/remind-missing.js';
import { conversation } from '../../src/strings.js';
import { closeStores, makeStore, STORE_KINDS } from '../support/both-stores.js';
import { makeChat } from '../support/make-deps.js';

// Leaders and staff in the group, leave, questions about other days and the forms of 确认 (issue 13), on the
// memory store and on real Redis.

const ZZ = 'zhangzhuang-clerk';

describe.each(STORE_KINDS)('leaders, leave and questions (%s store)', (kind) => {
  afterEach(closeStores);
  const chatAt = (now: string) => makeChat({ now, store: makeStore(kind) });

  it('a leader’s instruction that is neither a report nor a command gets the 督办 it means offered, no format reply', async () => {
    const chat = chatAt('2026-12-03T10:00:00+08:00');
    // Said to the bot (a group message reaches it only with its @): not carried out as said, the 督办 offered.
    const offered = async (who: string, text: string) => (await chat.send(who, text)).map((m) => m.text);
    expect(await offered('leader-li', '请南关村把上访人员的详细情况报一下，下午三点前发群里')).toEqual([conversation.superviseOffer('南关村', '督办 南关村 把上访人员的详细情况报一下，下午三点前发群里')]);
    expect(await offered('zongzhi-zhao', '请南关村把上访人员的详细情况报一下')).toEqual([conversation.superviseOffer('南关村', '督办 南关村 把上访人员的详细情况报一下')]);
    expect(await offered('leader-li', '张庄村要盯紧孙立新，防止进京')).toEqual([conversation.superviseOffer('张庄村', '督办 张庄村 要盯紧孙立新，防止进京')]);
    // A leader's question about an event is not a report of it: nothing stored, nobody alerted; the unit's day told.
    expect(await offered('leader-li', '王庄村今天去县里上访的6个人现在什么情况？')).toEqual(['王庄村12月3日没有报告。']);
    expect((await chat.store.getDay('青石镇', '2026-12-03')).size).toBe(0);
    expect((await chat.say(ZZ, '张庄村重点人员报告'))[0]?.text).toBe(conversation.unclear());
  });

  it('督办 @-mentions the unit’s members with a notice; only leaders and staff may', async () => {
    const chat = chatAt('2026-12-03T10:00:00+08:00');
    const out = await chat.send('leader-li', '督办 王庄村 请今天下班前报送上访人员详细情况', { chatId: 'leaders-chat' });
    const notice = out.find((m) => m.kind === 'notice');
    expect(notice).toMatchObject({ chatId: 'units-chat', mentions: ['wangzhuang-head', 'wangzhuang-team', 'wangzhuang-clerk'] });
    expect(notice?.text).toBe(conversation.supervise({ unit: '王庄村', by: '李镇长', note: '请今天下班前报送上访人员详细情况' }));
    expect(out.find((m) => m.kind === 'reply')?.text).toBe(conversation.superviseSent('王庄村'));
    expect((await chat.say(ZZ, '督办 王庄村'))[0]?.text).toBe(conversation.onlyLeaders());
  });

  it('免报 excuses a unit for a day: no reminder, not missing, listed in the digest', async () => {
    const chat = chatAt('2026-12-03T09:00:00+08:00');
    expect((await chat.say('leader-li', '免报 王庄村 12月3日 村委换届'))[0]?.text).toBe(conversation.excused('王庄村', '2026-12-03', '村委换届'));
    await remindMissing(chat.deps, new Date('2026-12-03T15:00:00+08:00'));
    const reminder = chat.sent.find((m) => m.kind === 'reminder');
    expect(reminder?.text).not.toContain('王庄村');
    expect(reminder?.mentions).not.toContain('wangzhuang-clerk');
    expect((await chat.say('leader-li', '未报'))[0]?.text).not.toContain('王庄村');
    const digest = (await buildMorningDigest(chat.deps, '2026-12-03')) ?? '';
    expect(digest).toContain('免报1：王庄村（村委换届）');
    expect(digest).not.toMatch(/未报\d+：[^\n]*王庄村/);
  });

  it('请假 by a member or by a leader for a member: reminders @ the others; a unit all away is said', async () => {
    const chat = chatAt('2026-12-02T18:00:00+08:00');
    expect((await chat.say(ZZ, '请假 12月3日-12月5日'))[0]?.text).toBe(conversation.leaveRecorded({ name: '王磊', from: '2026-12-03', to: '2026-12-05', kind: 'leave' }));
    // 我…请假，X代报: the sender is away; the stand-in named is not.
    expect((await chat.say('zhangzhuang-head', '我12月20日请假，王磊代报'))[0]?.text).toBe(conversation.leaveRecorded({ name: '张建国', from: '2026-12-20', to: '2026-12-20', kind: 'leave' }));
    for (const name of ['王建设', '陈刚']) await chat.say('leader-li', `外出 ${name} 12月4日`);
    chat.clock.set('2026-12-03T18:00:00+08:00');
    expect((await chat.say('wangzhuang-clerk', '我明天外出'))[0]?.text).toBe(conversation.leaveRecorded({ name: '王丽娟', from: '2026-12-04', to: '2026-12-04', kind: 'away' }));
    await remindMissing(chat.deps, new Date('2026-12-04T15:00:00+08:00'));
    const reminder = chat.sent.find((m) => m.kind === 'reminder');
    expect(reminder?.mentions).toContain('zhangzhuang-head');
    expect(reminder?.mentions).not.toContain(ZZ);
    expect(reminder?.mentions.some((id) => id.startsWith('wangzhuang-'))).toBe(false);
    expect(reminder?.text).toContain('王庄村人员均请假或外出');
    const digest = (await buildMorningDigest(chat.deps, '2026-12-04')) ?? '';
    expect(digest).toContain('请假/外出4人');
    expect(digest).toContain('张庄村王磊（请假）');
  });

  it('请假 as cadres write it: after the unit and the day it starts, for a length of days; 请一周假', async () => {
    const chat = chatAt('2026-12-02T18:00:00+08:00');
    const said = async (who: string, text: string) => (await chat.say(who, text))[0]?.text;
    expect(await said('xijie-clerk', '西街社区明天开始我请假三天，由刘主任代报')).toBe(conversation.leaveRecorded({ name: '郭婷', from: '2026-12-03', to: '2026-12-05', kind: 'leave' }));
    expect(await said('liulin-clerk', '我12月10日起休假2天')).toBe(conversation.leaveRecorded({ name: '柳青', from: '2026-12-10', to: '2026-12-11', kind: 'leave' }));
    expect(await said('shiqiao-clerk', '我请一周假')).toBe(conversation.leaveRecorded({ name: '石磊', from: '2026-12-02', to: '2026-12-08', kind: 'leave' }));
    // 我们村 is the unit, not the sender: a report of a person away stays a report.
    expect(await said('nanguan-clerk', '南关村我们村重点人员阮某某外出务工，情绪稳定')).toMatch(/^✅ 已登记：南关村 12月2日 重点人员：阮某某（外出，稳定）/);
  });

  it('同意 / 情况属实 from the head or the team leader signs the day\'s report; from the clerk it is chatter', async () => {
    const chat = chatAt('2026-12-02T10:00:00+08:00');
    await chat.say('nanguan-clerk', '南关村今日零报告');
    expect((await chat.say('nanguan-team', '同意'))[0]?.text).toBe(conversation.confirmed('南关村', '2026-12-02', false, true));
    expect((await chat.say('nanguan-head', '情况属实'))[0]?.text).toBe(conversation.confirmed('南关村', '2026-12-02', true, true));
    expect(await chat.say('nanguan-clerk', '同意')).toEqual([]);
  });

  it('统计 of another day and of this week/month, 未报 昨天, 查询 a unit’s day', async () => {
    const chat = chatAt('2026-12-02T10:00:00+08:00');
    await chat.say(ZZ, '张庄村日研判：排查矛盾纠纷3起，化解2起，重点人员3人，均稳定，总体平稳');
    chat.clock.set('2026-12-03T10:00:00+08:00');
    await chat.say('hexi-clerk', '河西村零报告');
    const [day] = await chat.say('leader-li', '12月2日统计');
    expect(day?.text).toContain('【12月2日统计】已报1/12');
    expect(day?.text).toContain('排查纠纷3起，化解2起');
    const [month] = await chat.say('leader-li', '统计 本月');
    expect(month?.text).toContain('【本月统计（12月1日—12月3日）】');
    expect(month?.text).toContain('已报2次');
    expect((await chat.say('leader-li', '@机器人 本周情况'))[0]?.text).toContain('【本周统计（11月30日—12月3日）】');
    const [yesterday] = await chat.say('leader-li', '未报 昨天');
    expect(yesterday?.text).toContain('12月2日尚未报送（11个）');
    expect(yesterday?.text).not.toContain('张庄村');
    const [q] = await chat.say('leader-li', '查询 张庄村 12月2日');
    expect(q?.text).toContain('【张庄村 12月2日】');
    expect(q?.text).toContain('日研判：排查纠纷3起，化解2起');
    expect(q?.text).toContain('王磊');
  });

  it('确认 in the forms people type: 张庄村确认, 确认张庄村今日报告, 我是书记，确认', async () => {
    const chat = chatAt('2026-12-03T10:00:00+08:00');
    await chat.say(ZZ, '张庄村零报告');
    expect((await chat.say('zhangzhuang-head', '张庄村确认'))[0]?.text).toBe(conversation.confirmed('张庄村', '2026-12-03', true, false));
    expect((await chat.say('zhangzhuang-team', '确认张庄村今日报告'))[0]?.text).toBe(conversation.confirmed('张庄村', '2026-12-03', true, true));
    await chat.say('hexi-clerk', '河西村零报告');
    expect((await chat.say('hexi-head', '我是书记，确认'))[0]?.text).toBe(conversation.confirmed('河西村', '2026-12-03', true, false));
    expect(await chat.say('leader-li', '请各村书记确认')).toEqual([]);
  });
});
