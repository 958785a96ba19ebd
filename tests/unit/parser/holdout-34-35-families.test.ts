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

describe('a named person whose words begin with 讲, a span of days, a lunar or month day, or 找到', () => {
  it.each([
    ['清河村潘桂香讲低保评得不公平，情绪激动，讲要到镇里找书记，现在人在家', '潘桂香', 'township'],
    ['红星村岑国栋讲过了十五要赴省，已安排人盯，人在家', '岑国栋', 'province'],
    ['马坊村零报告。重点人员黎秀梅这两天情绪不太好，说要去市里告状，我们在做工作', '黎秀梅', 'city'],
    ['更正：清河村昨天不是零报告，蒙德华18号晚上喝了酒扬言要去县里讨说法，现在在家', '蒙德华', 'county'],
  ] as const)('%s: %s a threat, a key person (no incident)', (text, name, escalation) => {
    const r = parse(text);
    expect(kinds(r)).toEqual(['key_person']);
    expect(only(r, 'key_person').persons[0]).toMatchObject({ name, state: 'abnormal', escalation });
  });

  it.each([
    ['杨树村零报告 覃秀凤初三已回村 在家稳定', '覃秀凤', 'stable', 'home'],
    ['马坊村重点人员陆家兴初四下午出门，到现在联系不上', '陆家兴', 'abnormal', 'away'],
    ['潘玉珍找到了，在北海她儿子家过节，没有上访的想法', '潘玉珍', 'stable', 'away'],
  ] as const)('%s: %s', (text, name, state, whereabouts) => {
    expect(only(parse(text), 'key_person').persons[0]).toMatchObject({ name, state, whereabouts });
  });

  it('农 before 某 is a 壮族 surname', () => {
    const r = parse('清河村农某喝了酒在村部说要去北京告状，人在家');
    expect(only(r, 'key_person').persons[0]).toMatchObject({ name: '农某', state: 'abnormal', escalation: 'beijing' });
  });

  it.each(['杨树村李书记讲今天没事，零报告', '马坊村零报告，柳林听说有人要来收购玉米'])('%s: a title or 听说 is no name', (text) => {
    expect(kinds(parse(text))).toEqual(['zero_report']);
  });
});

describe('at a child’s home in a far city (在钦州女儿家, 在梧州儿子那) is away', () => {
  it.each(['杨树村零报告 覃玉兰在钦州女儿家 电话联系正常', '马坊村零报告，韦建华还在梧州儿子那，天天打电话，稳定'])('%s: the zero report and a stable person away', (text) => {
    const r = parse(text);
    expect(kinds(r)).toEqual(['zero_report', 'key_person']);
    expect(only(r, 'key_person').persons[0]).toMatchObject({ state: 'stable', whereabouts: 'away' });
  });

  it('a relative in a village nearby is not away', () => {
    expect(only(parse('马坊村零报告，秦某某在李庄亲戚家帮忙'), 'key_person').persons[0]?.whereabouts).not.toBe('away');
  });
});

describe('自治区 offices are the province’s (广西, 内蒙古, 新疆)', () => {
  it('去自治区信访局 is a petition at the province', () => {
    expect(only(parse('杨树村王某某今天去了自治区信访局，反映征地补偿'), 'incident')).toMatchObject({ escalation: 'province' });
  });
});

describe('a zero report promised for later, or its rule changed, is talk', () => {
  it.each(['清河这边信号不行 零报告一会儿发', '马坊村网不好，零报告待会再报', '好的，零报告下周起改成上午10点前报是吧'])('%s: no zero report', (text) => {
    expect(kinds(parse(text))).not.toContain('zero_report');
  });

  it.each(['杨树村零报告 一会去镇里开会', '马坊村零报告，待会再补一下签字'])('%s: the report made, then something else said', (text) => {
    expect(kinds(parse(text))).toEqual(['zero_report']);
  });
});
