import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../../src/parser/parse-message.js';
import { kinds, only, parse, SENT } from './helpers.js';

// Families of wording behind blind holdouts 69 (a 湘西 土家族/苗族 township, 清明 2040) and 70 (a 成都 城郊 街道,
// 国庆 2040) at their first runs. Each case is an invented variant, never a corpus line.
const persons = (text: string) => only(parse(text), 'key_person').persons.map((p) => [p.name, p.whereabouts]);

describe('where the person is', () => {
  it('在安置区屋里: a home named by where it is', () => {
    expect(persons('杨树村重点人员动态：石银花在安置区屋里，情绪有波动')).toEqual([['石银花', 'home']]);
  });

  it('在吉首女儿屋里: a relative’s home in a far city is away', () => {
    expect(persons('杨树村：向秀英找到了，在吉首女儿屋里，电话通了，情绪稳定')).toEqual([['向秀英', 'away']]);
  });

  it('在市区伊囡儿屋里 stays away', () => {
    expect(persons('杨树村：倪杏娣寻到了，在市区伊囡儿屋里，情绪稳定。')).toEqual([['倪杏娣', 'away']]);
  });

  it('网约车司机 before a name', () => {
    expect(persons('杨树村今日零报告，网约车司机刘建今天在家，正常。')).toEqual([['刘建', 'home']]);
  });
});

describe('news a zero report must not hide', () => {
  it('两名员工因为加班费和老板扯起来了: a quarrel, an incident', () => {
    expect(kinds(parse('杨树村零报告。另外园区一家企业两名员工因为加班费和老板扯起来了，劳动监察在调解。'))).toEqual(['incident']);
  });

  it('扬言要到镇里: a threat heading for the township', () => {
    expect(only(parse('杨树村今天零报告。彭大贵下午还是情绪激动，扬言要到镇里，已安排人盯住。'), 'key_person').persons[0]!.escalation).toBe('township');
  });

  it('调解好了两起: the figure settled', () => {
    expect(only(parse('杨树村今天研判：矛盾纠纷排查了两起，调解好了两起，重点人员四个，总体平稳。'), 'daily_assessment').counts.disputesResolved).toBe(2);
  });
});

// Holdout 72 (a 广西 北部湾 京族 coastal 镇, 哈节 2040).
describe('a roster name the normaliser converts, and the 京族 哈节', () => {
  it('山澫村 (read as 山𬇕村 after conversion) is still the unit', () => {
    const r = parseMessage({ text: '山澫村、新港村零报告', sentAt: new Date(SENT), senderUnit: '新港村' }, [
      { name: '山澫村', aliases: ['山澫'] },
      { name: '新港村', aliases: ['新港'] },
    ]);
    expect(r.reports.map((x) => (x.kind === 'zero_report' ? x.unit : null))).toEqual(['山澫村', '新港村']);
  });

  it('哈节 is no voice pause', () => {
    expect(only(parse('即时报告：杨树村哈节夜市两摊主因摊位打架，派出所已处置。'), 'incident').summary).toContain('哈节');
  });
});

// Holdout 71 (a 皖北 采煤沉陷区 township, 春节 2040).
describe('a group’s plan beside a zero report', () => {
  it('有几个人在商量写联名信: no zero report', () => {
    expect(kinds(parse('杨树村零报告。群众对安置房分配有意见，有几个人在商量写联名信，还没递上去。'))).not.toContain('zero_report');
  });

  it('退休职工在微信群里约着初九去市里: no zero report', () => {
    expect(kinds(parse('杨树村零报告。退休职工在微信群里约着过完节去市里，具体还没摸清。'))).not.toContain('zero_report');
  });
});
