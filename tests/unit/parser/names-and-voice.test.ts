import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../../src/parser/numbers.js';
import { kinds, only, parse } from './helpers.js';

// Cadres type real names (the sample corpus uses 王某某 only), dictate by voice without punctuation, and copy
// report templates. These rules came from a blind corpus written from the contract alone (tests/fixtures).
describe('full names', () => {
  it.each([
    ['after 重点人员, with an intention', '杨树村重点人员孙立新今天情绪激动，扬言要去市里上访，目前在家。', [{ name: '孙立新', state: 'abnormal', whereabouts: 'home', escalation: 'city', modality: 'threat' }]],
    ['a list joined by 、', '马坊村重点人员林秀珍、韩光明、梁宝山三人今日均在家，情绪稳定。', ['林秀珍', '韩光明', '梁宝山'].map((name) => ({ name, state: 'stable', whereabouts: 'home', escalation: null }))],
    [
      'one per clause of a 动态 list',
      '清河村重点人员动态：周德明在家，稳定；吴春华在县城帮女儿带孩子，稳定；郑国平在浙江义乌打工，稳定。',
      [
        { name: '周德明', state: 'stable', whereabouts: 'home', escalation: null },
        { name: '吴春华', state: 'stable', whereabouts: 'away', escalation: null },
        { name: '郑国平', state: 'stable', whereabouts: 'away', escalation: null },
      ],
    ],
    ['a follow-up without 重点人员', '红星村：宋振华昨晚已回到家中，今天在家，情绪基本稳定。', [{ name: '宋振华', state: 'stable', whereabouts: 'home', escalation: null }]],
    ['a 居民 who is the news when nothing happened yet', '清河村居民谢丽娟扬言下周组织人员到省里集体访，目前在家。', [{ name: '谢丽娟', state: 'abnormal', whereabouts: 'home', escalation: 'province', modality: 'threat' }]],
    ['Beijing for the grandchildren, reported to the village', '红星村重点人员王德福去北京儿子家带孙子，已向村里报备，情绪稳定。', [{ name: '王德福', state: 'stable', whereabouts: 'away', escalation: null }]],
  ])('%s', (_label, text, persons) => {
    expect(only(parse(text), 'key_person').persons).toEqual(persons);
  });

  it('a unit name is not a person', () => {
    const r = parse('马坊村今日零报告，重点人员3人均稳定在控，无异常。');
    expect(kinds(r)).not.toContain('key_person');
  });
});

describe('voice input (语音转文字) and templates', () => {
  it.each([
    ['negations said after the thing', '杨树村今天零报告啊就是没有进京的也没有赴省的然后集体访也没有嗯就这些'],
    ['a template with | and 0', '马坊村零报告 | 进京 0 | 赴省 0 | 到市 0 | 集体访 0'],
    ['零上访、零集体访', '凤凰社区今日“零上访、零集体访、零群体事件”，特此零报告。'],
  ])('still a zero report: %s', (_label, text) => {
    expect(kinds(parse(text))).toEqual(['zero_report']);
  });

  it.each([
    ['three or four villagers to the township', '清河村零报告然后就是下午有三四个村民去镇上那边反映修路的事已经回来了', 'incident'],
    ['a key person on the way, cadres after him', '马坊村今天零报告然后那个葛长庚今天上午坐车去省城了说是要去省信访局我们已经派人追过去了', 'key_person'],
  ])('never a zero report: %s', (_label, text, kind) => {
    const r = parse(text);
    expect(kinds(r)).toEqual([kind]);
    expect(r.warnings).toContain('self_contradiction');
  });

  it('第一个…第二个… are two incidents', () => {
    const r = parse('报告两个事情啊第一个就是上午有十几个居民去街道办反映交房的事第二个就是下午有个居民钟德贵跑到县信访局去了');
    expect(r.reports.map((x) => (x.kind === 'incident' ? [x.escalation, x.people, x.collective] : x.kind))).toEqual([
      ['township', null, true],
      ['county', 1, false],
    ]);
  });

  it.each([
    ['三四', 3],
    ['五六', 5],
    ['十二三', 12],
    ['二十三四', 23],
    ['三十四', 34],
    ['二零二六', 2026],
  ])('a range said as neighbouring digits reads its lower bound: %s → %d', (s, n) => {
    expect(parseNumber(s)).toBe(n);
  });
});

describe('what the group says that is not for the bot', () => {
  it.each([
    ['an acknowledgement', '确认收到👍'],
    ['a question to a colleague', '@王姐 模板在群公告里吗？'],
    ['the app announcing a recall', '邹丽撤回了一条消息'],
    ['a report promised for later', '杨树村今天的日研判晚点报，书记在县里开会'],
  ])('%s is chatter', (_label, text) => {
    expect(kinds(parse(text))).toEqual(['chatter']);
  });

  it('asking who has not reported, in a sentence, is the missing command', () => {
    expect(parse('@机器人 今天未报的还有谁').reports).toEqual([{ kind: 'command', name: 'missing' }]);
  });

  it('a name in the note on a figure is not a key person', () => {
    expect(kinds(parse('马坊村日研判：排查矛盾纠纷2起，化解2起，接待来访1件（石某某林地补偿款问题），重点人员3人。'))).toEqual(['daily_assessment']);
  });

  it('confirming the day’s report in a sentence is the confirm command', () => {
    expect(parse('@机器人 我确认一下今天的报告').reports).toEqual([{ kind: 'command', name: 'confirm' }]);
  });
});
