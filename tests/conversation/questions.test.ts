import { describe, expect, it } from 'vitest';
import { conversation } from '../../src/strings.js';
import { makeChat } from '../support/make-deps.js';

// An answer for every message addressed to the bot: when the parser is not sure, the bot says what it understood
// and asks one line; a 是 from the same sender in the same chat within the window registers it. Chatter stays silent.

const CLERK = 'zhangzhuang-clerk';
const NOW = '2026-10-02T15:10:00+08:00';
const zeroReceipt = (late = false) =>
  conversation.receipt({ lines: [{ kind: 'zero_report', unit: '张庄村', date: '2026-10-02', detail: '' }], correction: false, proxy: false, unrostered: false, late, warnings: [], alerted: false });

describe('a question instead of silence', () => {
  it.each([
    ['a 零报告 misspelt twice', '灵保告', 'typo'],
    ['同上', '同上', 'same_as_before'],
    ['情况和昨天一样', '情况和昨天一样', 'same_as_before'],
    ['a zero report said for tomorrow', '明天零报告', 'future_day'],
    ['the day said quiet in everyday words', '今天没啥事', 'quiet'],
    ['the place said quiet', '我们这边没事哈', 'quiet'],
    ['the unit with 无 alone', '张庄：无', 'quiet'],
  ] as const)('%s: says what it understood and asks, storing nothing yet', async (_l, text, reason) => {
    const chat = makeChat({ now: NOW });
    const [reply] = await chat.say(CLERK, text);
    expect(reply?.text).toBe(conversation.askGuess(reason, '张庄村', '2026-10-02'));
    expect(reply?.mentions).toEqual([CLERK]);
    expect((await chat.store.getDay('青石镇', '2026-10-02')).get('张庄村')?.zero).toBeUndefined();
  });

  it('a bare 没事 or 无, with neither the day nor a unit, is anyone\'s answer to anything: silent', async () => {
    const chat = makeChat({ now: NOW });
    expect(await chat.say(CLERK, '没事')).toEqual([]);
    expect(await chat.say(CLERK, '无')).toEqual([]);
    expect(await chat.say(CLERK, '没事没事，不客气')).toEqual([]);
  });

  it('今天没事, answered 是, is the day\'s zero report', async () => {
    const chat = makeChat({ now: NOW });
    await chat.say(CLERK, '今天没事');
    const [reply] = await chat.say(CLERK, '是');
    expect(reply?.text).toBe(zeroReceipt());
    expect((await chat.store.getDay('青石镇', '2026-10-02')).get('张庄村')?.zero).toBeDefined();
  });

  it('a typo the parser knows (零抱告) is simply registered, with a receipt', async () => {
    const chat = makeChat({ now: NOW });
    const [reply] = await chat.say(CLERK, '张庄村零抱告');
    expect(reply?.text).toBe(zeroReceipt());
  });

  it.each([
    ['a 村 not on the roster', '高峰村今日零报告', '高峰村'],
    ['a place name not on the roster', '石门湾零报告', '石门湾'],
    ['a 村 not on the roster, after 今天', '今天高峰村零报告', '高峰村'],
    ['a longer 村 name holding a unit’s short name (张庄)', '张庄湾村今日零报告', '张庄湾村'],
    ['an incident told of a longer name', '张庄湾村有2人到县信访局上访', '张庄湾村'],
  ])('%s is named back, nothing is filed under the sender', async (_l, text, name) => {
    const chat = makeChat({ now: NOW });
    const [reply] = await chat.say(CLERK, text);
    expect(reply?.text).toBe(conversation.unknownUnit(name));
    expect((await chat.store.getDay('青石镇', '2026-10-02')).size).toBe(0);
  });

  it('a unit name one slip away from another unit’s (李家弯村) is named back, nothing filed', async () => {
    const chat = makeChat({ now: NOW });
    const [reply] = await chat.say(CLERK, '李家弯村今日零报告');
    expect(reply?.text).toBe(conversation.unknownUnit('李家弯村'));
    expect((await chat.store.getDay('青石镇', '2026-10-02')).size).toBe(0);
  });

  it('the same slip on the sender’s own unit (张装村) is simply that unit', async () => {
    const chat = makeChat({ now: NOW });
    const [reply] = await chat.say(CLERK, '张装村零报告');
    expect(reply?.text).toBe(zeroReceipt());
  });

  it('chatter stays silent, and so does a 是 that answers no question', async () => {
    const chat = makeChat({ now: NOW });
    expect(await chat.say(CLERK, '收到')).toEqual([]);
    expect(await chat.say(CLERK, '是')).toEqual([]);
    expect((await chat.store.getDay('青石镇', '2026-10-02')).size).toBe(0);
  });
});

describe('a question put to the bot is answered', () => {
  it('我们村今天报了吗 / 报了没有 / 报了冇: the sender’s own unit; 你们村报了没 asks which unit', async () => {
    const chat = makeChat({ now: NOW });
    await chat.say(CLERK, '张庄村零报告');
    for (const q of ['今天的报了吗', '我们村报了没有？我这边看不到', '@维稳助手 我们村今天报了冇']) {
      const [reply] = await chat.say('zhangzhuang-head', q);
      expect(reply?.text, q).toMatch(/^【张庄村 10月2日】\n· 零报告（王磊 15:10）/);
    }
    expect((await chat.say('lijiawan-head', '李家湾村今天报了吗？'))[0]?.text).toBe('李家湾村10月2日没有报告。');
    expect((await chat.say('lijiawan-head', '王庄今天报了冇？'))[0]?.text).toBe('王庄村10月2日没有报告。');
    expect((await chat.say('lijiawan-head', '你们村报了没？'))[0]?.text).toBe(conversation.needUnit('查询 张庄村 12月2日'));
  });

  it('今天情况怎么样 and 昨天的早报 give that day’s 统计; another question one line of what it can answer', async () => {
    const chat = makeChat({ now: NOW });
    await chat.say(CLERK, '张庄村零报告');
    expect((await chat.say('leader-li', '今天情况怎么样？'))[0]?.text).toMatch(/^【10月2日统计】已报1\/12/);
    expect((await chat.say('leader-li', '昨天的早报发一下'))[0]?.text).toMatch(/^【10月1日统计】已报0\/12/);
    expect((await chat.say('leader-li', '这个能导出PDF吗？'))[0]?.text).toBe(conversation.questionHint(true));
    expect((await chat.say(CLERK, '机器人能干嘛？'))[0]?.text).toBe(conversation.questionHint(false));
    // Put to a unit or a person in the group, not to the bot: left to them.
    expect(await chat.say('leader-li', '东坡社区王某某现在什么情况？')).toEqual([]);
    expect(await chat.say('leader-li', '刘芳，你们那边怎么样了？')).toEqual([]);
  });
});

describe('是 registers the pending question', () => {
  it('from the same sender in the same chat, once', async () => {
    const chat = makeChat({ now: NOW });
    await chat.say(CLERK, '同上');
    chat.clock.set('2026-10-02T15:12:00+08:00');
    const [reply] = await chat.say(CLERK, '是');
    expect(reply?.text).toBe(zeroReceipt());
    const zero = (await chat.store.getDay('青石镇', '2026-10-02')).get('张庄村')?.zero;
    expect(zero?.meta).toMatchObject({ senderId: CLERK, platform: 'wecom' });
    expect(await chat.say(CLERK, '是')).toEqual([]);
  });

  it('not from someone else, nor after the window', async () => {
    const chat = makeChat({ now: NOW });
    await chat.say(CLERK, '灵保告');
    expect(await chat.say('wangzhuang-clerk', '对')).toEqual([]);
    chat.clock.set('2026-10-02T15:40:00+08:00');
    expect(await chat.say(CLERK, '对')).toEqual([]);
    expect((await chat.store.getDay('青石镇', '2026-10-02')).get('张庄村')?.zero).toBeUndefined();
  });

  it('不是 drops the question: nothing registered, a later 是 finds nothing; 不是 to no question stays silent', async () => {
    const chat = makeChat({ now: NOW });
    await chat.say(CLERK, '灵保告');
    expect((await chat.say(CLERK, '不是'))[0]?.text).toBe(conversation.guessDeclined());
    expect(await chat.say(CLERK, '是')).toEqual([]);
    expect(await chat.say(CLERK, '不是')).toEqual([]);
    expect((await chat.store.getDay('青石镇', '2026-10-02')).size).toBe(0);
  });
});

describe('a leader\'s request in plain words is the command it means (a group message reaches the bot only with its @)', () => {
  it('化解率, 日报, 排名, 导出, a unit\'s matter, 提醒 the units that have not reported', async () => {
    const chat = makeChat({ now: NOW });
    await chat.say('nanguan-clerk', '南关村村民阮某某等5人到县信访局反映拆迁补偿问题，已派人劝返');
    await chat.say(CLERK, '张庄村零报告');
    const said = async (text: string) => (await chat.send('leader-li', text, { chatId: 'leaders-chat' })).filter((m) => m.kind === 'reply' || m.kind === 'notice');
    expect((await said('今天化解率多少'))[0]?.text).toMatch(/^【10月2日统计】已报2\/12/);
    expect((await said('昨天的日报发一下'))[0]?.text).toMatch(/^【10月1日统计】/);
    expect((await said('今天有没有越级上访的？'))[0]?.text).toMatch(/^【10月2日统计】.*\n即时报告1起/s);
    expect((await said('这个月越级上访排名'))[0]?.text).toMatch(/^📣【通报】青石镇.*越级上访（到县及以上）排名/);
    expect((await said('哪个村上访最多？'))[0]?.text).toMatch(/^📣【通报】/);
    expect((await said('在办的案件有哪些'))[0]?.text).toMatch(/^📁【台账】未办结1件：\n· 案件1 南关村/);
    expect((await said('逾期的案件有哪些'))[0]?.text).toMatch(/^📁 没有逾期未办结的案件/);
    expect((await said('看一下张庄村'))[0]?.text).toMatch(/^【张庄村 10月2日】\n· 零报告/);
    // A unit's matter: the unit's day, and its cases as they stand.
    const [matter] = await said('南关村的事处理得怎么样了');
    expect(matter?.text).toMatch(/^【南关村 10月2日】\n· 即时报告：到县（区），5人/);
    expect(matter?.text).toMatch(/在办案件1件：\n· 案件1 南关村 到县（区）集体访/);
    // 提醒: the list goes to the units' group with the cadres @-mentioned; the leader is told it went.
    const reminded = await said('给没报的村发个提醒');
    const notice = reminded.find((m) => m.kind === 'notice');
    expect(notice?.chatId).toBe('units-chat');
    expect(notice?.text).toMatch(/^10月2日尚未报送（10个）/);
    expect(notice?.mentions).toContain('lijiawan-clerk');
    expect(reminded.find((m) => m.kind === 'reply')?.text).toBe(conversation.missingReminded(10));
  });

  it('an instruction about a unit offers the 督办 it means; a report that names 排名 stays a report', async () => {
    const chat = makeChat({ now: NOW });
    const [offer] = await chat.send('leader-li', '南关村那个事让马成盯紧点，明天前要有结果', { chatId: 'leaders-chat' });
    expect(offer?.text).toBe(conversation.superviseOffer('南关村', '督办 南关村 那个事让马成盯紧点，明天前要有结果'));
    expect(offer?.choices).toEqual([{ label: '督办南关村', command: '督办 南关村 那个事让马成盯紧点，明天前要有结果' }]);
    // A cadre's report is never read as a request, whatever words it shares with one.
    const [receipt] = await chat.say(CLERK, '张庄村日研判：排查纠纷1起，化解1起，化解率100%，信访0件');
    expect(receipt?.text).toMatch(/^✅ 已登记：张庄村 10月2日 日研判/);
  });
});

describe('a report promised for later is still due', () => {
  it('晚点报 from a unit that has not reported gets when it is due; after it reported, or past the deadline, said so', async () => {
    const chat = makeChat({ now: '2026-12-09T10:00:00+08:00' });
    expect((await chat.say('taoyuan-clerk', '今天村里办喜事，大家都在帮忙，研判晚点再报'))[0]?.text).toBe(conversation.promisedLater('桃园村', '16:00', false));
    await chat.say('nanguan-clerk', '南关村零报告');
    expect(await chat.say('nanguan-clerk', '日研判下午再发')).toEqual([]);
    chat.clock.set('2026-12-09T16:20:00+08:00');
    expect((await chat.say('xijie-clerk', '还在入户，一会儿报'))[0]?.text).toBe(conversation.promisedLater('西街社区', '16:00', true));
  });
});
