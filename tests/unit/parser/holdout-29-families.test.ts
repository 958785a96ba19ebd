import { describe, expect, it } from 'vitest';
import { kinds, only, parse } from './helpers.js';

// Families of wording among the misses of blind holdout 29 (河南 city district, 河南话 chat) once its unsafe case was
// fixed. Each case is an invented variant (other names, places, phrasings), never a corpus line. SENT is Friday
// 2026-11-20.

describe('中原官话 day words: 夜儿个/夜个 are yesterday, 前儿个 the day before', () => {
  it.each([
    ['马坊村夜儿个的研判补报：排查纠纷1起，化解1起，平稳', '2026-11-19'],
    ['清河村夜个的零报告忘发了，补报', '2026-11-19'],
    ['红星村前儿个的零报告补报', '2026-11-18'],
  ])('%s: dated %s', (text, date) => {
    const r = parse(text);
    expect(r.reports.length).toBeGreaterThan(0);
    for (const x of r.reports) expect(x).toMatchObject({ date });
  });

  it('a petition of 夜个 told today is that day’s incident', () => {
    expect(only(parse('清河村夜个下午有4人去县信访局，今个才报上来，已接回'), 'incident')).toMatchObject({ date: '2026-11-19', escalation: 'county', people: 4 });
  });
});

describe('a bare week day right before the report’s word dates it', () => {
  it.each([
    ['马坊村周三日研判：排查纠纷1起，平稳', '2026-11-18'],
    ['凤凰社区星期四零报告', '2026-11-19'],
    ['前进社区礼拜五日研判：新排查2起，化解1起', '2026-11-20'],
  ])('%s: dated %s (its 日研判 is no day of the month)', (text, date) => {
    const r = parse(text, null);
    expect(r.reports.length).toBeGreaterThan(0);
    for (const x of r.reports) expect(x).toMatchObject({ date });
  });
});

describe('没啥/没什么 negates what follows, as 没有 does', () => {
  it.each(['马坊村重点人员：王某某今天在家，没啥异常；李某某在厂里上班，稳定。', '凤凰社区重点人员赵某某在小区，没什么异常情况'])('%s: stable', (text) => {
    for (const p of only(parse(text), 'key_person').persons) expect(p.state).toBe('stable');
  });

  it('没啥事 beside a person’s scene is still no zero report', () => {
    const r = parse('清河村零报告，没啥事，就是李某某今天又到镇上闹了');
    expect(kinds(r)).toContain('incident');
    expect(kinds(r)).not.toContain('zero_report');
  });
});

describe('going up the levels on a day just past, told now, is that day’s incident', () => {
  it.each([
    ['零报告！我村孙某某昨天去北京了，今早才知道，已报镇里。', 'beijing'],
    ['马坊村零报告，钱某某前天去北京上访了', 'beijing'],
    ['红星村零报告，昨天有5人去市里上访，今天才了解到', 'city'],
  ])('%s: an incident at %s, no zero report', (text, escalation) => {
    const r = parse(text);
    expect(kinds(r)).not.toContain('zero_report');
    expect(only(r, 'incident')).toMatchObject({ escalation });
    expect(only(r, 'incident').date < '2026-11-20').toBe(true);
  });

  it.each(['马坊村零报告，钱某某昨天去北京看病了', '清河村零报告，周某某昨天去县里了，今天在家'])('%s: an errand or the county town: still a zero report', (text) => {
    expect(kinds(parse(text))).toContain('zero_report');
  });
});

describe('缠访 right after an office’s level is a petition at that level', () => {
  it.each([
    ['更正：清河村今日不是零报告，上访户周某某上午到街道缠访，已接待。', 'township'],
    ['红星村零报告，就是吴某某今天又到区缠访了', 'county'],
  ])('%s: an incident at %s', (text, escalation) => {
    const r = parse(text);
    expect(kinds(r)).not.toContain('zero_report');
    expect(only(r, 'incident')).toMatchObject({ escalation });
  });
});

describe('those set to look after a person are cadres, not a group', () => {
  it.each(['马坊村王某某情绪波动，嚷嚷着要到区里讨说法，已落实两人24小时看护，人在家。', '清河村李某某扬言要去市里告状，村里落实三人轮流盯守，目前在家'])('%s: a key person’s threat, no incident', (text) => {
    expect(kinds(parse(text))).toEqual(['key_person']);
  });
});

describe('a named person’s kin who came along is one more', () => {
  it.each([
    ['清河村钱某某和他儿子今天到镇上反映低保问题，在大厅闹，已劝回。', 2],
    ['马坊村吴某某带着她女儿今天去县信访局', 2],
  ])('%s: %i people', (text, people) => {
    expect(only(parse(text), 'incident')).toMatchObject({ people });
  });
});
