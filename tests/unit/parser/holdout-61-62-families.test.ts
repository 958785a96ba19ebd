import { describe, expect, it } from 'vitest';
import { kinds, only, parse } from './helpers.js';

// Families of wording behind blind holdouts 61 (a 凉山 彝族 township, 火把节 2038) and 62 (a 苏南 town, 国庆 2038)
// at their first runs. Each case is an invented variant, never a corpus line.
const names = (text: string) => only(parse(text), 'key_person').persons.map((p) => p.name);

describe('彝族 family names of two characters', () => {
  it.each([
    ['杨树村零报告。另外听说阿苏某某这两天扬言要去县上讨说法，我们正在核实。', ['阿苏某某']],
    ['包保干部报告：杨树村重点人员吉克伍各，现在广东东莞务工，本人状态稳定。', ['吉克伍各']],
    ['【续报】经村两委耐心解释，沙马拉哈情绪已平稳，表示不去县上了，目前在家。', ['沙马拉哈']],
    ['杨树村零报告。吉伍阿木等4人今天在家过节，稳定。', ['吉伍阿木']],
    ['杨树村零报告。包保对象海来拉惹今天从东莞回来过节了，在家，情绪稳定。', ['海来拉惹']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('马海村 is a unit, not 马海 and a given name', () => {
    expect(names('马海村重点人员吉克伍各今天在家，稳定')).toEqual(['吉克伍各']);
  });
});

describe('petitions and plans beside a zero report', () => {
  it('低保被停了…到乡政府问去了: a petition at the township', () => {
    const r = parse('杨树村零报告。有个情况：组里吉伍某某说他低保被停了，今天一个人到乡政府问去了。');
    expect(kinds(r)).not.toContain('zero_report');
    expect(only(r, 'incident').escalation).toBe('township');
  });

  it('向镇里报告个情况 is a cadre reporting up, nobody going there', () => {
    expect(only(parse('零报告。另外向镇里报告个情况：三组几户说青苗补偿少发了，明天要一起去县里问'), 'incident').escalation).toBe('county');
  });

  it('十几个…一起去州上: a crowd, collective', () => {
    expect(only(parse('杨树村零报告。听说有十几个在浙江同一个老板手下干活的，打算过完节一起去州上要工钱。'), 'incident').collective).toBe(true);
  });
});

describe('talk about the zero report, and where people are', () => {
  it.each(['朱书记，今朝覅忘记报零报告哦', '早上好，杨树村今朝大家都好，下午报零报告。'])('%s: chatter', (text) => {
    expect(kinds(parse(text))).toEqual(['chatter']);
  });

  it('昨天忘了报 then 补报 is still the zero report', () => {
    expect(kinds(parse('补报：杨树村11月19日零报告（昨天忘了报，不好意思）'))).toEqual(['zero_report']);
  });

  it('在市区伊囡儿屋里: away', () => {
    expect(only(parse('杨树村：倪杏娣寻到了，在市区伊囡儿屋里，讲是去帮忙带小囡，情绪稳定。'), 'key_person').persons[0]!.whereabouts).toBe('away');
  });

  it.each(['昨日夜间钱桥生在家，未外出，情绪稳定。', '杨树村：倪杏娣由伊囡儿今朝送回来了，在屋里。'])('%s: the person named', (text) => {
    expect(kinds(parse(text))).toContain('key_person');
  });
});

describe('a cadre’s list of key persons, each with the unit in brackets', () => {
  it('one key-person report a unit', () => {
    const r = parse('包保干部日报：\n1.吉伍阿木（杨树村）在家，稳定；\n2.沙马拉哈（马坊村）在家，稳定；\n3.阿苏日哈（马坊村）在浙江义乌务工，稳定。', null);
    const reports = r.reports.filter((x) => x.kind === 'key_person');
    expect(reports.map((x) => [x.unit, x.persons.map((p) => p.name)])).toEqual([
      ['杨树村', ['吉伍阿木']],
      ['马坊村', ['沙马拉哈', '阿苏日哈']],
    ]);
  });

  it('one unit in brackets for all stays one report', () => {
    expect(parse('杨树村重点人员：吉伍阿木（杨树村）在家，稳定；沙马拉哈在家，稳定', '杨树村').reports.filter((x) => x.kind === 'key_person')).toHaveLength(1);
  });
});
