import { describe, expect, it } from 'vitest';
import { kinds, only, parse } from './helpers.js';

// Families of wording that blind holdout 28 (青龙湾镇, 苏北, 十一 2030) missed at its first run, past its unsafe case
// (holdout-28-29-families.test.ts). Each case is an invented variant (other names, places, numbers, order), never a
// corpus line.

describe("a key person's whereabouts beside someone else's words", () => {
  it.each([
    // A form's cells parted by spaces: the cadre's cell says nothing of where the person is, the next cell does.
    ['马坊村重点人员稳控情况：1. 赵某某 包保责任人网格员钱某 在家 情绪稳定；2. 孙某某 包保责任人村主任 外出打工 稳定', { 赵某某: 'home', 孙某某: 'away' }],
    // A phone message's clauses parted by spaces: the kin's journey, then the person at home.
    ['马坊零报告 孙某某老伴今天去县城女儿家了 他一个人在家 又说要去省里', { 孙某某: 'home' }],
    // Back from a city to the home village.
    ['清河村重点人员：何某某，包保责任人：网格员周某，今天从无锡返乡，已上门见面，情绪稳定。', { 何某某: 'home' }],
    // After a space the cadre's words go on (a phone number, another cadre) until the person's begin.
    ['凤凰社区：林某某今天在家，情绪平稳，包保人王强 13800001111、民警李波在做稳控工作。', { 林某某: 'home' }],
  ])('%s', (text, where) => {
    const kp = only(parse(text), 'key_person');
    for (const [name, w] of Object.entries(where)) expect(kp.persons.find((p) => p.name === name)?.whereabouts).toBe(w);
  });

  it('on the way back is not home yet', () => {
    const kp = only(parse('红星村重点人员吴某某今天从宁波返乡途中，电话联系正常。'), 'key_person');
    expect(kp.persons[0]?.whereabouts).not.toBe('home');
  });

  it('a threat told beside a kin who left keeps the person abnormal, and no zero report', () => {
    const r = parse('马坊零报告 孙某某老伴今天去县城女儿家了 他一个人在家 又说要去省里');
    expect(kinds(r)).toEqual(['key_person']);
    expect(only(r, 'key_person').persons[0]).toMatchObject({ state: 'abnormal' });
  });
});

describe('a worker gone to Beijing: the work names who, not why he goes', () => {
  it.each([
    '杨树村报告：今日未发现不稳定因素。另据了解，外出务工人员赵某某因欠薪问题于今日赴京，已与其家属联系，正在劝返。',
    '马坊村报告：经排查无异常。外出打工人员钱某某因工地欠款于今天赴京，村里正在联系劝返。',
  ])('%s: an incident at Beijing, no zero report', (text) => {
    const r = parse(text);
    expect(kinds(r)).not.toContain('zero_report');
    expect(only(r, 'incident')).toMatchObject({ escalation: 'beijing', people: 1 });
  });

  it('going to Beijing to work is still an errand', () => {
    expect(kinds(parse('杨树村零报告，外出务工人员王某某今天去北京打工了'))).toContain('zero_report');
  });
});

describe('a bare heading word answered with its count after the negated list', () => {
  it.each([
    ['马坊村：无进京、无赴省，到市2人（李某某、王某某，对补偿标准不满），已接回。', 'city', 2],
    ['清河村：无进京，赴省1人（赵某某），已劝返。', 'province', 1],
  ] as const)('%s: an incident at that level', (text, escalation, people) => {
    const r = parse(text);
    expect(kinds(r)).not.toContain('zero_report');
    expect(only(r, 'incident')).toMatchObject({ escalation, people });
  });

  it('a count of 0 is the form saying none', () => {
    expect(kinds(parse('马坊村：无进京、无赴省，到市0人。零报告'))).toEqual(['zero_report']);
  });
});

describe('a masked firm whose place ends in a surname is no person', () => {
  it.each(['红星村报告：辖区内浙江某某服装有限公司拖欠工资，约15名工人在厂门口聚集讨薪，派出所已到场。', '红星村报告：江苏某某电子厂拖欠工资，二十多个工人在厂门口聚集讨薪。'])('%s: an incident only', (text) => {
    expect(kinds(parse(text))).toEqual(['incident']);
  });

  it('江某某 the person stays one', () => {
    expect(only(parse('杨树村重点人员江某某在家稳定'), 'key_person').persons[0]?.name).toBe('江某某');
  });
});

describe('who the person is, in brackets after the name, makes the subject of an incident', () => {
  it('a resettled villager gone to the township office alone: the incident only', () => {
    const r = parse('杨树村零报告，有个事说一下，我村王某某（安置户）今天上午一个人跑到镇政府信访办反映补偿问题，信访办已接待，人已回村。');
    expect(kinds(r)).toEqual(['incident']);
    expect(only(r, 'incident')).toMatchObject({ escalation: 'township', people: 1 });
  });

  it('a key person so described stays one', () => {
    expect(only(parse('清河村重点人员王某某（拆迁户）在家稳定'), 'key_person').persons[0]).toMatchObject({ state: 'stable', whereabouts: 'home' });
  });
});

describe('the abnormal figure after the names it counts', () => {
  it.each([
    ['红星村研判：排查纠纷1起，在调；重点人员6人，其中李某某、何某某2人情绪波动；形势复杂。', 6, 2],
    ['马坊村日研判：重点人员4人，其中周某某1人情绪激动，其余稳定。', 4, 1],
  ])('%s', (text, keyPersons, keyPersonsAbnormal) => {
    expect(only(parse(text), 'daily_assessment').counts).toMatchObject({ keyPersons, keyPersonsAbnormal });
  });
});

describe('talk around the reports is chatter', () => {
  it.each(['收到 按模板报', '好的，按格式报', '收到，明天照模板发'])('%s: a promise to use the format, not a request for it', (text) => {
    expect(kinds(parse(text))).toEqual(['chatter']);
  });

  it.each(['按模板报怎么写', '模板发一下'])('%s: still asks for the format', (text) => {
    expect(only(parse(text), 'command')).toMatchObject({ name: 'help' });
  });

  it.each(['不算，有人去镇上了就不是零报告', '只要有人到县里上访就不能报零报告'])('%s: the rule said in general', (text) => {
    expect(kinds(parse(text))).toEqual(['chatter']);
  });

  it('the rule said, then a unit that reports it, is that report', () => {
    expect(only(parse('有人去区里了就不是零报告，杨树村今天有人去区里了'), 'incident')).toMatchObject({ escalation: 'county' });
  });

  it.each(['今天的零报告晚点报，在处理红星欠薪那个事', '今天的日研判晚点报，在处理马坊讨薪那个事'])('%s: why the report is late, a known matter', (text) => {
    expect(kinds(parse(text))).toEqual(['chatter']);
  });

  it('a late report with news of the day is the news', () => {
    expect(only(parse('今天的零报告晚点报，刚才有5个人到县信访局上访'), 'incident')).toMatchObject({ escalation: 'county', people: 5 });
  });
});

describe("a 日研判 form of all-zero figures closed by its own 零报告 line", () => {
  it('is both the assessment and the zero report', () => {
    const r = parse('马坊村日研判\n一、矛盾纠纷：新排查0起，化解0起；\n二、新增信访0件；\n三、重点人员：共3人，均在家，无异常；\n四、研判：总体平稳。\n零报告。', '马坊村');
    expect(kinds(r).sort()).toEqual(['daily_assessment', 'zero_report']);
    expect(only(r, 'daily_assessment').counts).toMatchObject({ disputesFound: 0, petitions: 0, keyPersons: 3, keyPersonsAbnormal: 0 });
  });

  it('a dispute found in the form leaves no zero report', () => {
    const r = parse('马坊村日研判\n一、矛盾纠纷：新排查1起，化解0起；\n二、新增信访0件；\n三、研判：总体平稳。\n零报告。', '马坊村');
    expect(kinds(r)).not.toContain('zero_report');
  });
});
