import { describe, expect, it } from 'vitest';
import { kinds, only, parse } from './helpers.js';

// Families of wording behind blind holdouts 55 (a 甘南 藏族 township, 国庆 2037) and 56 (a 天津 城郊 街道, 两会 2037)
// at their first runs. Each case is an invented variant, never a corpus line.

describe('藏族 names, which have no surname', () => {
  it.each([
    ['杨树村重点人员稳控日报：多杰才让（男，52岁）在家，情绪稳定；央金措在村放牧，无异常。', ['多杰才让', '央金措']],
    ['杨树村重点人员：卓玛今天跟村干部说不去州上了，在家，稳定', ['卓玛']],
    ['杨树村零报告。三组索南这两天在家，稳定', ['索南']],
  ])('%s', (text, names) => {
    expect(only(parse(text), 'key_person').persons.map((p) => p.name)).toEqual(names);
  });

  it('a key-person list of such names is no zero report', () => {
    expect(kinds(parse('杨树村重点人员稳控日报：多杰才让（男，52岁）在家，情绪稳定。'))).toEqual(['key_person']);
  });
});

describe('going up to a level as a habit', () => {
  it.each(['杨树村零报告。二组周德明这两天老往县上跑，说要找人问生态补偿款的事', '杨树村零报告，周德明这几天总去县里，说补偿不公平'])('%s: no zero report', (text) => {
    const r = parse(text);
    expect(kinds(r)).not.toContain('zero_report');
    expect(only(r, 'key_person').persons[0]).toMatchObject({ state: 'abnormal', escalation: 'county' });
  });

  it('老去县城看病: an errand, nothing', () => {
    expect(kinds(parse('杨树村零报告，周德明老去县城看病'))).toContain('zero_report');
  });
});

describe('a crowd at a county bureau named 委', () => {
  it.each(['【首报】杨树村安置户约十五人堵在区住建委门口，要求解决房本问题。', '杨树村安置户十五人到区住建委门口，要求解决房本问题。'])('%s: at the county', (text) => {
    expect(only(parse(text), 'incident')).toMatchObject({ escalation: 'county', collective: true });
  });
});

describe('天津 chat', () => {
  it.each(['@机器人 零报告嘛格式啊', '@机器人 零报告什么格式'])('%s: asks for the form, no zero report', (text) => {
    expect(only(parse(text, null), 'command').name).toBe('help');
  });

  it('没嘛事: nothing happened', () => {
    expect(kinds(parse('杨树村今天没嘛事，零报告'))).toEqual(['zero_report']);
  });

  it('于 as a surname of three characters (于广田), not the preposition (于今日)', () => {
    expect(only(parse('杨树村于广田今天来区上访了，反映加装电梯的事'), 'key_person').persons[0]!.name).toBe('于广田');
    expect(kinds(parse('村民周某于今日上午到镇政府反映问题'))).not.toContain('key_person');
  });
});

it('a list of names after one found (卓玛措、索南、扎西卓玛均在家)', () => {
  expect(only(parse('杨树村重点人员拉毛措、卓玛草、扎西卓玛均在家，稳定'), 'key_person').persons.map((p) => p.name)).toEqual(['拉毛措', '卓玛草', '扎西卓玛']);
});

it('“零进京、零赴省、零到州”非访: a tally of none, nothing happened', () => {
  expect(kinds(parse('县委政法委通报：国庆期间我县实现“零进京、零赴省、零到州”非访，各乡镇继续保持。', null))).toEqual(['chatter']);
});

it('哈 inside a name is no voice-input pause (马哈木, 哈斯木·买买提)', () => {
  expect(only(parse('杨树村重点人员动态：马哈木 在乡上等着见领导 情绪激动'), 'key_person').persons[0]!.name).toBe('马哈木');
  expect(only(parse('杨树村重点人员：哈斯木·买买提在家稳定'), 'key_person').persons[0]!.name).toBe('哈斯木·买买提');
});

it('someone on a roof threatening to jump is an incident now, not only a person at risk', () => {
  const r = parse('紧急！杨树村有个居民在楼顶扬言要跳楼，因为拆迁款的事，已报110、119');
  expect(kinds(r)).toContain('incident');
  expect(kinds(r)).not.toContain('zero_report');
});

it('赴州6人: the prefecture with its count is the city level', () => {
  expect(only(parse('终报：杨树村赴州6人已于11时10分全部返回，此事终报。'), 'incident').escalation).toBe('city');
});

it('a day of the month said before a going (讲8号一起去县里) is a plan: no zero report', () => {
  const r = parse('杨树村零报告。周凤英又在业主群里喊人，讲8号一道去县里，暂时没人响应');
  expect(kinds(r)).not.toContain('zero_report');
  expect(only(r, 'key_person').persons[0]).toMatchObject({ state: 'abnormal', escalation: 'county' });
});
