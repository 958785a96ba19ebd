import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../../src/parser/parse-message.js';
import { kinds, only, parse, SENT } from './helpers.js';

// Invented variants of holdouts 101 (赣南 客家, 中秋/国庆 2050) and 102 (鲁中, 元旦 2051) misses, one family each.
describe('holdouts 101-102: no zero report beside', () => {
  it('a crowd of resettled people waiting at the door for their subsidy (十来个移民在社区门口等补助)', () => {
    const r = parse('杨树村今日零报告。下昼有十来个移民在社区门口等补助发放的消息，情绪还算稳定，已散。');
    expect(only(r, 'incident').collective).toBe(true);
    expect(kinds(r)).not.toContain('zero_report');
  });

  it('a key person gone to the township, the matter said after (去镇上了，说是问低保的事), 头晌午 the morning', () => {
    const r = parse('杨树零报告。郑宝山头晌午去镇上了，说是问低保的事，俺跟着，一会就回。');
    expect(only(r, 'key_person').persons[0]).toMatchObject({ name: '郑宝山', escalation: 'township' });
    expect(only(parse('王宝山上午去镇上了，说是买化肥'), 'key_person').persons[0]!.escalation).toBeNull();
  });

  it('a matter excepted from the calm (除了上午那3个去县里的，别的木有啥事): its level and people', () => {
    expect(only(parse('杨树今天除了上午那3个去县里的，别的木有啥事'), 'incident')).toMatchObject({ escalation: 'county', people: 3 });
  });
});

describe('holdouts 101-102: counts and names', () => {
  it('an earlier dispute settled today counts as settled (成功调解了一起以前的婆媳矛盾)', () => {
    expect(only(parse('杨树村零报告，今天成功调解了一起以前的婆媳矛盾，已经和好了'), 'daily_assessment').counts).toEqual({ disputesResolved: 1 });
  });

  it('a bare 累计N起 between commas notes the figure before it (新排查2起，累计12起，调处化解1起)', () => {
    expect(only(parse('杨树村研判：新排查纠纷2起，累计12起，调处化解1起，重点人员3名无异常'), 'daily_assessment').counts).toEqual({ disputesFound: 2, disputesResolved: 1, keyPersons: 3, keyPersonsAbnormal: 0 });
  });

  it('a name after 重点人, and the unit named right before a person is the person’s (柳沟零报告，马站郑宝山已经到家了)', () => {
    expect(only(parse('杨树重点人刘守义今天在家剥花生，情绪挺好，木有异常'), 'key_person').persons[0]!.name).toBe('刘守义');
    expect(only(parse('杨树零报告，清河郑宝山已经到家了，在家待着'), 'key_person').unit).toBe('清河村');
  });
});

describe('holdouts 101-102: the day said calm', () => {
  it('客家 冇么个事 is 没什么事; 讨薪工人今天木有再聚集 is nothing happening', () => {
    expect(kinds(parse('杨树今晡日都好，冇么个事'))).toEqual(['zero_report']);
    expect(kinds(parse('杨树村零报告，讨薪工人今天木有再聚集。'))).toEqual(['zero_report']);
    expect(kinds(parse('杨树村今天讨薪工人又来了20多个'))).toEqual(['incident']);
  });

  it('hearsay of a township nearby (邻近樟木乡…到市里反映) leaves the zero report', () => {
    expect(kinds(parse('杨树村零报告。据了解，邻近樟木乡今日有十余名群众到市里反映问题，本村无人参与，已逐户提醒。'))).toEqual(['zero_report']);
  });

  it('a greeting’s set phrase (幸福安康) does not name the unit whose alias it holds', () => {
    const units = [{ name: '幸福社区', aliases: ['幸福'] }, { name: '桔园村', aliases: ['桔园'] }];
    const r = parseMessage({ text: '祝大家国庆快乐，幸福安康！桔园村今日零报告', sentAt: new Date(SENT), senderUnit: '桔园村' }, units);
    expect(r.reports).toEqual([{ kind: 'zero_report', unit: '桔园村', date: '2026-11-20' }]);
  });
});

describe('holdouts 101-102: talk and commands', () => {
  it.each([
    '收到马坊、清河零报告，其余村抓紧。',
    '元旦当天情况汇总：全镇13个单位，零报告9个，即时报告2起，均已处置。今天继续。',
    '明日最后一日，大家坚持下，零报告照报。',
  ])('%s: the office, chatter', (text) => {
    expect(kinds(parse(text, null))).toEqual(['chatter']);
  });

  it('零报告（周六照报） is still the report, its note after it', () => {
    expect(kinds(parse('杨树今日零报告（周六照报）'))).toEqual(['zero_report']);
  });

  it('@机器人 模板发一下, whatever else is said, asks the bot for help; @王丽 模板发我一下 asks a person', () => {
    expect(parse('@机器人 模板发一下，俺手机上那个找不着了').reports).toEqual([{ kind: 'command', name: 'help' }]);
    expect(kinds(parse('@王丽 模板发我一下'))).toEqual(['chatter']);
  });
});

describe('holdouts 99-101: more of their misses', () => {
  it('a report then @机器人 确认 on the same line is both', () => {
    expect(kinds(parse('杨树村今天零报告 @机器人 确认'))).toEqual(['zero_report', 'command']);
  });

  it('莫啥 is 没啥; a name before 对 (符亚强对农场确权有意见)', () => {
    expect(kinds(parse('杨树今天莫啥情况哈'))).toEqual(['zero_report']);
    expect(only(parse('杨树村研判：重点人员3名，异常1名：符亚强对农场确权有意见，情绪波动'), 'key_person').persons[0]!.name).toBe('符亚强');
  });

  it('a past word after 因 names the matter, not when the crowd gathered (16名胶农、榔农因去年…未结清，聚集…)', () => {
    expect(only(parse('16名胶农、榔农因去年槟榔收购款未结清，聚集在收购点讨要欠款'), 'incident')).toMatchObject({ people: 16, collective: true });
  });
});

describe('holdout 104', () => {
  it('a few villagers blocking at the ticket office to talk of dividends (拦着讲分红的事) is no day of nothing', () => {
    const r = parse('杨树村零报告，游客多，另外有几个村民在售票处拦着讲分红的事，已经劝开了');
    expect(kinds(r)).toEqual(['incident']);
    expect(r.warnings).toContain('self_contradiction');
  });
});
