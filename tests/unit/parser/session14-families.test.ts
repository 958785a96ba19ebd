import { describe, expect, it } from 'vitest';
import { kinds, only, parse } from './helpers.js';

// Invented variants of misses in holdout 110 and the older corpora, one family each.
describe('money not come is no negated going (补助没到账到镇上找领导)', () => {
  it('reads the going after 没到账 / 没到位', () => {
    const r = parse('四户养殖户因为防疫补贴没到账到镇上找领导，正在做工作');
    expect(only(r, 'incident')).toMatchObject({ escalation: 'township' });
    expect(only(parse('几户村民因为补偿款没到位跑到镇政府反映'), 'incident').escalation).toBe('township');
  });

  it('still blanks a going that did not happen (没到镇上去)', () => {
    expect(kinds(parse('杨树村今日零报告，王某某说要去镇上，最后没到镇上去'))).not.toContain('incident');
  });
});

describe('a zero report sent earlier that day, now overtaken', () => {
  it('files the news and warns (上午报的零报告，下午有情况：…)', () => {
    const r = parse('杨树村早上报的零报告，下午有情况：五户村民为修路占地补偿到镇政府找领导');
    expect(kinds(r)).toEqual(['incident']);
    expect(r.warnings).toContain('self_contradiction');
  });

  it('does not warn where the earlier report is only named (上午报了零报告，收到)', () => {
    expect(parse('上午报了零报告，收到').warnings).toEqual([]);
  });
});

describe('the level that answers a crowd in a follow-up', () => {
  it('not when its leader went to the crowd (镇长到现场答复)', () => {
    expect(only(parse('【续报】到村委会反映水费的十来户村民，副镇长中午到现场答复，人员已散去。'), 'incident').escalation).toBeNull();
  });

  it('still where the crowd was received at that level (在镇会议室接待 / 经乡长现场接待…返回)', () => {
    expect(only(parse('续报：9名工人已请到镇二楼会议室，李镇长在接待'), 'incident').escalation).toBe('township');
    expect(only(parse('【续报】经乡长现场接待，答应下周组织维修，8名住户已返回小区。'), 'incident').escalation).toBe('township');
  });
});

describe('a 研判 row of petitions with its kind noted (信访：1件（联名信）)', () => {
  it('counts the petition, files no act for the note', () => {
    const r = parse('杨树村日研判\n排查纠纷\t2起\n信访\t1件（联名信）\n重点人员\t4人');
    expect(kinds(r)).toEqual(['daily_assessment']);
    expect(only(r, 'daily_assessment').counts.petitions).toBe(1);
  });

  it('reads a note that names a level gone to (（十几户联名到市）)', () => {
    expect(kinds(parse('杨树村研判：信访1件（十几户联名信寄到市里）'))).toContain('incident');
  });
});

describe('counts in forms and prose', () => {
  it('a field then the verb (来访：接待三批)', () => {
    expect(only(parse('凤凰社区今日研判\n纠纷：排查4起\n来访：接待三批\n重点人员：6名，均稳定'), 'daily_assessment').counts.petitions).toBe(3);
  });

  it('the resolved part settled on the spot (其中两起已当场调处化解)', () => {
    expect(only(parse('杨树村研判：新排查矛盾纠纷四起，其中两起已当场调处化解，两起正在协调。'), 'daily_assessment').counts).toMatchObject({ disputesFound: 4, disputesResolved: 2 });
  });
});

describe('key persons in chat', () => {
  it('a dialect calm word names the person (好着呢, 情绪稳了)', () => {
    expect(only(parse('马某某这几天好着呢，没啥事'), 'key_person').persons[0]).toMatchObject({ name: '马某某', state: 'stable' });
    expect(only(parse('田某某在家，刘某这两天也好着呢，情绪稳了'), 'key_person').persons.map((p) => p.name)).toEqual(['田某某', '刘某']);
  });

  it('在 before a verb is what someone does, not a place (在照看, 在休息)', () => {
    expect(only(parse('周某某在家呢，孙子发烧了在照看'), 'key_person').persons[0]!.whereabouts).toBe('home');
  });
});

describe("a notice's numbered rules", () => {
  it('a case with how soon to report it is no act (4.发生…等情况，30分钟内首报)', () => {
    const r = parse('@所有人 春节期间报送要求：\n1.每天16:00前报零报告；\n2.发生进京赴省到市上访、集体访等情况，1小时内首报，处置中续报。', null);
    expect(kinds(r)).toEqual(['chatter']);
  });
});
