import { describe, expect, it } from 'vitest';
import { conversation } from '../../src/strings.js';
import { signsOff } from '../../src/parser/commands.js';
import { makeChat } from '../support/make-deps.js';

const CLERK = 'zhangzhuang-clerk';
const HEAD = 'zhangzhuang-head';
const TEAM = 'zhangzhuang-team';

describe('commands', () => {
  it('帮助 shows the formats with examples', async () => {
    const chat = makeChat();
    const [reply] = await chat.say(CLERK, '@机器人 帮助');
    expect(reply?.text).toBe(conversation.help('青石镇', '16:00'));
  });

  it('帮助 from a leader or the office lists what they run; 格式 shows them the units’ formats', async () => {
    const chat = makeChat();
    expect((await chat.say('leader-li', '帮助'))[0]?.text).toBe(conversation.helpOffice('青石镇'));
    expect((await chat.say('zongzhi-zhao', '@机器人 帮助'))[0]?.text).toBe(conversation.helpOffice('青石镇'));
    expect((await chat.say('leader-li', '报送格式'))[0]?.text).toBe(conversation.help('青石镇', '16:00'));
    // Every command it names is one the bot answers (a leader asking 台账 is not met with silence).
    for (const cmd of ['台账', '超期案件', '越级排名', '排名', '各村排名？', '统计 本周', '历史 张庄村']) expect((await chat.say('leader-li', cmd)).length, cmd).toBeGreaterThan(0);
  });

  it('未报 lists the units without a report today and @-mentions their members', async () => {
    const chat = makeChat({ now: '2026-10-02T15:00:00+08:00' });
    await chat.say(CLERK, '张庄村零报告');
    await chat.say('hexi-clerk', '河西村零报告');
    const [reply] = await chat.say('leader-li', '@机器人 今天谁没报');
    const missing = chat.deps.roster.roster.units.map((u) => u.name).filter((n) => n !== '张庄村' && n !== '河西村');
    expect(reply?.text).toBe(conversation.missingList('2026-10-02', missing));
    expect(reply?.mentions).toContain('lijiawan-clerk');
    expect(reply?.mentions).toContain('lijiawan-head');
    expect(reply?.mentions).not.toContain(CLERK);
    expect(reply?.mentions).not.toContain('hexi-head');
    // Asked in the leaders' group: the same list, for the leaders, with nobody @-mentioned there.
    const [inLeaders] = (await chat.send('leader-li', '今天谁没报', { chatId: 'leaders-chat' })).filter((m) => m.kind === 'reply');
    expect(inLeaders?.text).toBe(conversation.missingList('2026-10-02', missing));
    expect(inLeaders?.chatId).toBe('leaders-chat');
    expect(inLeaders?.mentions).toEqual([]);
  });

  it('确认 needs the head or the team leader; both signatures complete the report', async () => {
    const chat = makeChat({ now: '2026-10-02T15:00:00+08:00' });
    expect((await chat.say(HEAD, '@机器人 确认'))[0]?.text).toBe(conversation.confirmNothing('张庄村', '2026-10-02'));
    await chat.say(CLERK, '张庄村零报告');
    expect((await chat.say(CLERK, '@机器人 确认'))[0]?.text).toBe(conversation.confirmNotAllowed());
    expect((await chat.say(HEAD, '@机器人 确认 张庄村今日报告属实'))[0]?.text).toBe(conversation.confirmed('张庄村', '2026-10-02', true, false));
    expect((await chat.say(TEAM, '@机器人 签字 同意上报'))[0]?.text).toBe(conversation.confirmed('张庄村', '2026-10-02', true, true));
    expect((await chat.store.getDay('青石镇', '2026-10-02')).get('张庄村')?.confirmations.map((c) => c.role).sort()).toEqual(['head', 'team_leader']);
  });

  it('撤回 removes only the sender’s own last report', async () => {
    const chat = makeChat({ now: '2026-10-02T15:00:00+08:00' });
    await chat.say(CLERK, '张庄村零报告');
    await chat.say('hexi-clerk', '河西村零报告');
    const [reply] = await chat.say(CLERK, '@机器人 撤回');
    expect(reply?.text).toBe(conversation.undone(['张庄村 10月2日 零报告']));
    const day = await chat.store.getDay('青石镇', '2026-10-02');
    expect(day.get('张庄村')?.zero).toBeUndefined();
    expect(day.get('河西村')?.zero).toBeDefined();
    expect((await chat.say(CLERK, '@机器人 撤回'))[0]?.text).toBe(conversation.undoNothing());
  });

  it('怎么撤回？ and 确认怎么弄 are answered with how, and nothing is taken back or signed', async () => {
    const chat = makeChat({ now: '2026-10-02T15:00:00+08:00' });
    await chat.say(CLERK, '张庄村日研判：排查矛盾纠纷1起，化解1起，重点人员2人，均稳定');
    expect((await chat.say(CLERK, '@机器人 日研判报错了，能撤回吗'))[0]?.text).toBe(conversation.helpTopic('undo'));
    expect((await chat.say(HEAD, '确认要怎么弄？'))[0]?.text).toBe(conversation.helpTopic('confirm'));
    expect((await chat.say(CLERK, '数填错了咋改'))[0]?.text).toBe(conversation.helpTopic('correct'));
    const day = (await chat.store.getDay('青石镇', '2026-10-02')).get('张庄村');
    expect(day?.assessment).toBeDefined();
    expect(day?.confirmations).toEqual([]);
    // Told, it is done.
    expect((await chat.say(CLERK, '撤回'))[0]?.text).toContain('已撤回');
  });

  it('a unit asks for its 台账 in its own words, or how to see it; 你好 and 在吗 get an answer', async () => {
    const chat = makeChat({ now: '2026-10-02T15:00:00+08:00' });
    await chat.say('beiling-clerk', '北岭村日研判：排查矛盾纠纷1起，村民赵某某和邻居因排水沟纠纷，正在调解');
    expect((await chat.say('beiling-clerk', '看一下我们村的案件'))[0]?.text).toContain('案件1');
    expect((await chat.say('beiling-clerk', '本村台账'))[0]?.text).toContain('案件1');
    expect((await chat.say('beiling-clerk', '@维稳助手 怎么看我们村的台账？'))[0]?.text).toBe(conversation.helpTopic('ledger'));
    expect((await chat.say('beiling-clerk', '@维稳助手 在吗'))[0]?.text).toBe(conversation.greeting());
    expect((await chat.say('beiling-clerk', '您好'))[0]?.text).toBe(conversation.greeting());
    expect((await chat.say('beiling-clerk', '@维稳助手 今天是不是还要报日研判？'))[0]?.text).toBe(conversation.help('青石镇', '16:00'));
    expect(await chat.say('beiling-clerk', '好的，谢谢')).toEqual([]);
  });

  it('统计 gives today and the period so far with the 化解率', async () => {
    const chat = makeChat({ now: '2026-10-01T17:00:00+08:00' });
    await chat.say(CLERK, '张庄村日研判：排查矛盾纠纷4起，化解2起，重点人员3人，均稳定，总体平稳');
    chat.clock.set('2026-10-02T17:00:00+08:00');
    await chat.say(CLERK, '张庄村日研判：排查矛盾纠纷2起，化解2起，重点人员3人，均稳定，总体平稳');
    const [reply] = await chat.say('leader-li', '@机器人 统计');
    expect(reply?.text).toContain('已报1/12');
    expect(reply?.text).toContain('化解率100%');
    expect(reply?.text).toContain('【国庆以来（10月1日起）】排查6起，化解4起，化解率67%');
  });
});

describe('a report signed in the same message', () => {
  it('the head or team leader who ends the report with 确认 signs it; a reporter\'s or a request\'s 确认 signs nothing', async () => {
    const chat = makeChat({ now: '2026-12-07T10:00:00+08:00' });
    const [team] = await chat.say('zhangzhuang-team', '张庄村今日零报告，确认');
    expect(team?.text).toContain('已登记：张庄村 12月7日 零报告');
    expect(team?.text).toContain(conversation.confirmed('张庄村', '2026-12-07', false, true));
    const [head] = await chat.say('zhangzhuang-head', '张庄村今日无进京赴省到市上访，书记已确认');
    expect(head?.text).toContain(conversation.confirmed('张庄村', '2026-12-07', true, true));
    const [clerk] = await chat.say('lijiawan-clerk', '李家湾村零报告，请书记确认');
    expect(clerk?.text).not.toContain('已确认');
    expect((await chat.store.getUnitDays('青石镇', '2026-12-07', ['李家湾村'])).get('李家湾村')?.confirmations).toEqual([]);
  });

  it('确认 first, in a sentence of its own, then the report: the report is stored and signed, not lost to the command', async () => {
    const chat = makeChat({ now: '2026-12-07T10:00:00+08:00' });
    const [head] = await chat.say('zhangzhuang-head', '@机器人 确认。张庄村今日零报告');
    expect(head?.text).toContain('已登记：张庄村 12月7日 零报告');
    expect(head?.text).toContain(conversation.confirmed('张庄村', '2026-12-07', true, false));
    expect((await chat.store.getUnitDays('青石镇', '2026-12-07', ['张庄村'])).get('张庄村')?.zero).toBeTruthy();
  });
});

describe('signsOff', () => {
  it('reads a signature at the end of a report, not a request for one', () => {
    expect(signsOff('杨树村今日零报告，确认')).toBe(true);
    expect(signsOff('杨树村日研判：排查0起。组长已确认。')).toBe(true);
    expect(signsOff('马坊村无情况 同意上报')).toBe(true);
    expect(signsOff('杨树村零报告，请书记确认')).toBe(false);
    expect(signsOff('杨树村零报告，待确认')).toBe(false);
    expect(signsOff('确认收到')).toBe(false);
  });
});
