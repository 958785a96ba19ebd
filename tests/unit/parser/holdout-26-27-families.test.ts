import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../src/parser/normalize.js';
import { kinds, only, parse } from './helpers.js';

// Families of wording that yielded an unsafe zero report (or another miss) in blind holdouts 26 (粤西, Cantonese-
// flavoured chat) and 27 (a 四川 county town) at their first run. Each case is an invented variant (other names,
// units, places, phrasings), never a corpus line.

describe('Cantonese-flavoured chat is read as Mandarin', () => {
  it.each([
    ['马坊今日冇人上访，零报告', '马坊今日没有人上访,零报告'],
    ['佢琴日去咗县城睇病', '他昨天去了县城看病'],
    ['王某某今朝喺屋企，下昼返嚟', '王某某今早在家,下午回来'],
    ['家人话唔知佢去咗边', '家人说不知他去了哪里'],
    ['今日零报告迟啲先报', '今日零报告晚点先报'],
  ])('%s → %s', (raw, mandarin) => {
    expect(normalizeText(raw).text).toBe(mandarin);
  });

  it.each(['他打电话要求解释', '和村民打交道', '而家属称其在外地', '电话要保持畅通'])('%s: Mandarin words that look Cantonese stay', (text) => {
    expect(normalizeText(text).text).toBe(text.replace(/,/g, ','));
  });

  it.each(['杨树今日冇上访冇纠纷，零报告。', '杨树村6号，冇集体访，冇越级访，一切正常'])('%s: the negated list with 冇 is a zero report', (text) => {
    expect(kinds(parse(text))).toEqual(['zero_report']);
  });

  it('someone gone whom nobody can find, told in Cantonese after 零报告, is abnormal and no zero report', () => {
    const r = parse('杨树今日零报告。仲有，刘某某今朝唔见咗人，电话打唔通，屋企人都唔知佢去咗边。');
    expect(kinds(r)).toEqual(['key_person']);
    expect(only(r, 'key_person').persons[0]).toMatchObject({ name: '刘某某', state: 'abnormal' });
    expect(r.warnings).toContain('self_contradiction');
  });

  it('a key person gone to the county town to see a doctor, no sign of petitioning: stable, away, no zero report', () => {
    const r = parse('马坊村：郑某某今日去咗县城，话系去睇病，有村干部陪住，暂无上访迹象。', '马坊村');
    expect(kinds(r)).toEqual(['key_person']);
    expect(only(r, 'key_person').persons[0]).toMatchObject({ name: '郑某某', state: 'stable', whereabouts: 'away', escalation: null });
  });
});

describe('gone since morning and not back (至今未返)', () => {
  it.each(['杨树村零报告。（注：孙某某今早出门，至今未返）', '杨树村零报告，孙某某上午出去，至今未回'])('%s: abnormal, no zero report', (text) => {
    const r = parse(text);
    expect(kinds(r)).not.toContain('zero_report');
    expect(only(r, 'key_person').persons[0]!.state).toBe('abnormal');
  });
});

describe('no sign of petitioning (暂无上访迹象) is said of a person, not of the day', () => {
  it('beside a named person it is no zero report', () => {
    expect(kinds(parse('吴某某在家，暂无上访迹象'))).not.toContain('zero_report');
  });
  it('alone it is the day checked and quiet', () => {
    expect(kinds(parse('杨树村今日暂无上访迹象'))).toEqual(['zero_report']);
  });
});

describe('非零报告: the word denied', () => {
  it('a correction saying the day was no zero report, with what happened, is an incident', () => {
    const r = parse('重新上报：杨树村11月18日应为即时报告，4名村民到村委反映土地补偿，非零报告。');
    expect(kinds(r)).toEqual(['incident']);
    expect(only(r, 'incident')).toMatchObject({ people: 4, escalation: null, date: '2026-11-18' });
  });
});

describe('a few people pressing a demand at an office, even the village’s', () => {
  it.each([
    ['杨树村今日零报告。下午有村民4人因为分红款到村委会闹，已劝回。', 4],
    ['两名居民今天到社区反映楼上漏水，已协调', 2],
  ])('%s: an incident', (text, people) => {
    const r = parse(text);
    expect(kinds(r)).toEqual(['incident']);
    expect(only(r, 'incident').people).toBe(people);
  });

  it('one villager asking at the 村委 is no incident', () => {
    expect(kinds(parse('杨树村今日零报告，上午村民赵某某到村委会问低保的事，已解释。'))).toEqual(['zero_report']);
  });

  it('a group at the township office to talk about a matter (说…的事) is a petition there', () => {
    const r = parse('今天零报告 / 补充一下：上午有8个摊主到镇政府说摊位费的事，已经回去了');
    expect(kinds(r)).toEqual(['incident']);
    expect(only(r, 'incident')).toMatchObject({ escalation: 'township', people: 8, collective: true });
    expect(r.warnings).toContain('self_contradiction');
  });
});

describe('the township’s office named with its name (到青石街道办, 在街道办门口)', () => {
  it.each([
    ['前进社区安置户约30人到滨江街道办聚集，要求交房', 'township'],
    ['前进社区零报告，但20多人在街道办门口聚集，要求兑现补偿', 'township'],
    ['十多名村民到青山镇政府讨说法', 'township'],
  ])('%s: %s', (text, level) => {
    const r = parse(text, '前进社区');
    expect(kinds(r)).toEqual(['incident']);
    expect(only(r, 'incident').escalation).toBe(level);
  });

  it('an errand at the township office is no petition', () => {
    expect(kinds(parse('村民李某到青山镇政府办证，已办好'))).not.toContain('incident');
  });
});

describe('the negated list, then someone who did go (有1人到县)', () => {
  it.each([
    ['无进京、无赴省上访，有2人到市。', 'city', 2],
    ['无进京、无到市上访，有1人到县', 'county', 1],
  ])('%s: an incident at that level, no zero report', (text, level, people) => {
    const r = parse(text);
    expect(kinds(r)).toEqual(['incident']);
    expect(only(r, 'incident')).toMatchObject({ escalation: level, people });
  });
});

describe('the acts of a land or boundary quarrel, and refusing to leave before a storm', () => {
  it.each([
    ['马坊村零报告！（除了李姓有十几个人今早又上后山插旗）', true],
    ['杨树村即时报告：未签约的6户在拆迁现场阻挡施工，现场约15人，已处置。', true],
    ['即时报告：杨树村4户网箱养殖户拒绝撤离，留在塘边，村干部正在劝导。', false],
  ])('%s: an incident, no zero report', (text, collective) => {
    const r = parse(text);
    expect(kinds(r)).toEqual(['incident']);
    expect(only(r, 'incident').collective).toBe(collective);
  });
});

describe('a scene made at an office', () => {
  it('a named person’s scene at the 村委, sent home after threatening the township: abnormal, no zero report', () => {
    const r = parse('杨树村今日零报告，只是何某某喝了酒在村委闹，说要去镇上告村干部，已送回家。');
    expect(kinds(r)).toEqual(['key_person']);
    expect(only(r, 'key_person').persons[0]).toMatchObject({ name: '何某某', state: 'abnormal', escalation: 'township' });
    expect(r.warnings).toContain('self_contradiction');
  });

  it('without a threat, sent home after the scene, still abnormal that day', () => {
    const r = parse('杨树村今日零报告，何某某在村部门口闹，已送回家。');
    expect(kinds(r)).not.toContain('zero_report');
    expect(only(r, 'key_person').persons[0]!.state).toBe('abnormal');
  });

  it('someone unnamed making a scene at the 村委 is an incident', () => {
    expect(kinds(parse('杨树村今日零报告，有人喝了酒在村委会闹，已劝走。'))).toEqual(['incident']);
  });

  it.each(['全家去县城看热闹了', '早上闹钟没响'])('%s: no scene', (text) => {
    expect(kinds(parse(`杨树村零报告。王某某${text}`))).not.toContain('incident');
  });
});

describe('households holding a grievance (十五户对补偿方案有意见)', () => {
  it('judged a risk: the unit’s assessment at watch, no zero report', () => {
    const r = parse('杨树村零报告。开会时有十五户对补偿方案有意见，存在隐患，请镇里关注。');
    expect(kinds(r)).toEqual(['daily_assessment']);
    expect(only(r, 'daily_assessment').level).toBe('watch');
  });
  it('not judged: still no zero report', () => {
    expect(kinds(parse('杨树村今日零报告，但有4户村民对修路占地有意见'))).not.toContain('zero_report');
  });
});

describe('a scene’s headcount corrected (现场人数为约40人，非20人)', () => {
  it('is the incident corrected', () => {
    const r = parse('更正：今早鱼塘纠纷现场人数为约30人，非15人。');
    expect(kinds(r)).toEqual(['incident']);
    expect(only(r, 'incident')).toMatchObject({ people: 30, collective: true, correction: true });
  });
});

describe('one matter excepted from the calm (除了…那单，其他无事)', () => {
  it.each(['杨树村昨天零报告未报，现在补报：昨天除了后山那单，其他无事。', '杨树村今天除开王家那件事以外，其余正常'])('%s: an incident, no zero report', (text) => {
    const r = parse(text);
    expect(kinds(r)).toEqual(['incident']);
    expect(r.warnings ?? []).toEqual(text.includes('零报告') ? ['self_contradiction'] : []);
  });
});

describe('a zero report filed late in few words, and one only talked about', () => {
  it('昨天零报告漏报，补报 is yesterday’s zero report', () => {
    const r = parse('杨树村昨天零报告漏报，补报。');
    expect(kinds(r)).toEqual(['zero_report']);
    expect(only(r, 'zero_report').date).toBe('2026-11-19');
  });
  it.each(['今天零报告估计要晚点，网格员还在入户', '书记讲了，下班前大家把零报告报了再走'])('%s: chatter', (text) => {
    expect(kinds(parse(text, null))).toEqual(['chatter']);
  });
  it('a notice that petitions must be reported at once is no incident', () => {
    expect(kinds(parse('明天高考，零报告照常报，进京赴省到市上访要即时报告', null))).toEqual(['chatter']);
  });
});

describe('home again', () => {
  it.each(['莫某某已从深圳返村，稳定', '李某某已在广州被劝返，今天下午返回社区，情绪稳定', '王某某已找到，今日下午由家人接回，情绪稳定'])('%s: home', (text) => {
    expect(only(parse(`杨树村重点人员：${text}`), 'key_person').persons[0]!.whereabouts).toBe('home');
  });
  it('a tenant gone back to the old home is away', () => {
    expect(only(parse('杨树村重点人员：租户孙某某回老家了，稳定'), 'key_person').persons[0]!.whereabouts).toBe('away');
  });
});

describe('an office’s summary of several units’ assessments in one sentence', () => {
  it('各村日研判汇总：A村…；B村…: each unit’s assessment, not a notice to the units', () => {
    const r = parse('各村日研判汇总（11月12日）：杨树村排查纠纷0起，重点人员2人均稳定；马坊村排查纠纷1起，已化解，重点人员1人稳定。', null);
    expect(r.reports.map((x) => (x.kind === 'daily_assessment' ? x.unit : x.kind))).toEqual(['杨树村', '马坊村']);
    expect(r.reports.every((x) => x.kind === 'daily_assessment' && x.date === '2026-11-12')).toBe(true);
  });

  it('汇总：A村…，B村…，均总体平稳: the units in the clauses of one sentence, the judgement said of all', () => {
    const r = parse('镇汇总：杨树村排查矛盾纠纷3起化解3起，马坊村排查1起化解1起，均总体平稳。', null);
    expect(r.reports).toMatchObject([
      { kind: 'daily_assessment', unit: '杨树村', counts: { disputesFound: 3, disputesResolved: 3 }, level: 'stable' },
      { kind: 'daily_assessment', unit: '马坊村', counts: { disputesFound: 1, disputesResolved: 1 }, level: 'stable' },
    ]);
  });

  it('a summary of who has not sent a zero report yet reports nothing for them', () => {
    expect(kinds(parse('各村今日零报告汇总：已报4个，未报：杨树村、马坊村', null))).toEqual(['chatter']);
  });
});
