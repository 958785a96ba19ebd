import { describe, expect, it } from 'vitest';
import { kinds, only, parse } from './helpers.js';

// Families of wording behind an unsafe zero report in blind holdout 34 (广西) at its first run. Each case is an
// invented variant (other names, places, phrasings), never a corpus line.

describe('桂柳话: 讲 for 说 and 克 for 去 before a level', () => {
  it.each(['杨树村零报告，王某某又讲要克北京，我们在他家做工作', '马坊村零报告，李某某讲要克市里告状', '清河村今日零报告，赵某某还讲要克县里反映低保'])('%s: a threat beside the 零报告: no zero report', (text) => {
    const r = parse(text);
    expect(kinds(r)).not.toContain('zero_report');
    expect(kinds(r)).toContain('key_person');
  });

  it.each(['清河村今日零报告，书记在村部讲话', '杨树村零报告，大家要克服困难', '马坊村零报告，买了两千克化肥'])('%s: 讲 and 克 in other words: still a zero report', (text) => {
    expect(kinds(parse(text))).toEqual(['zero_report']);
  });

  it('听讲 is hearsay: another place\'s news told, no report of ours', () => {
    expect(kinds(parse('听讲隔壁镇有人克县里了'))).toEqual(['chatter']);
  });
});

// Families among the misses of holdouts 34 (广西 白沙镇) and 35 (辽宁 红旗街道), read after both were scored. Invented
// variants again: other names, places, numbers and wording.

describe('who a group is, in the north-east’s and the cadres’ words (动迁户, 回迁户, 下岗职工, 退役军人)', () => {
  it.each([
    ['马坊村孙某等9名动迁户上午打车去市政府了，书记跟着', 'city', 9],
    ['前进社区6个回迁户下午到区信访局反映交房的事', 'county', 6],
    ['凤凰社区4个下岗职工去市信访局了，说买断工龄的钱不对', 'city', 4],
    ['清河村5名退役军人今天去县政府反映安置问题', 'county', 5],
  ] as const)('%s: an incident at %s of %d people', (text, escalation, people) => {
    expect(only(parse(text), 'incident')).toMatchObject({ escalation, people });
  });

  it('a bare 街道 is the street office: a crowd at its door is there', () => {
    expect(only(parse('凤凰社区十来个动迁户在街道门口，说回迁又推迟了', '凤凰社区'), 'incident')).toMatchObject({ escalation: 'township', collective: true });
  });
});

describe('东北 speech closes a statement with 呢', () => {
  it.each(['前进社区重点人员郑桂兰今天在家 情绪稳定 她老伴看着呢', '凤凰社区重点人员邱德顺在家呢，挺消停'])('%s: a key person at home, not a question', (text) => {
    expect(only(parse(text, '前进社区'), 'key_person').persons[0]).toMatchObject({ state: 'stable', whereabouts: 'home' });
  });

  it.each(['郑某某那边情况呢', '邱某某今天在哪呢'])('%s: still a question', (text) => {
    expect(kinds(parse(text))).not.toContain('key_person');
  });
});
