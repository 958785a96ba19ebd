import { describe, expect, it } from 'vitest';
import { kinds, only, parse } from './helpers.js';

// Families of wording behind blind holdouts 59 (a 广西 壮族 township, 三月三 2038) and 60 (a 广州 城中村 街道, 五一
// 2038) at their first runs. Each case is an invented variant, never a corpus line.
const persons = (text: string) => only(parse(text), 'key_person').persons.map((p) => [p.name, p.whereabouts]);

describe('names of the south and where they are', () => {
  it.each([
    ['杨树村重点人员：农亚贵在屋，稳定；韦达妹去街了，下午回来。', [['农亚贵', 'home'], ['韦达妹', 'unknown']]],
    ['杨树屯陆特辉：去广东惠州工地做工，今早出发，稳定。', [['陆特辉', 'away']]],
    ['杨树村重点人员：关亚九今日喺屋企，情绪稳定，包案人已上门。', [['关亚九', 'home']]],
    ['杨树村重点人员：欧阳建华（湖南邵阳）喺厂务工，稳定', [['欧阳建华', 'home']]],
    ['杨树村重点人员：何德贵（四川达州）喺宿舍，稳定', [['何德贵', 'home']]],
    ['杨树村零报告，但冼锦添外出后去向不明，电话打唔通。', [['冼锦添', 'away']]],
    ['杨树村重点人员：档主莫桂英今日照常开档，稳定；档主陆文强返咗南宁，稳定。', [['莫桂英', 'home'], ['陆文强', 'away']]],
    ['杨树村重点人员：租客谭新民（湖南东安人）情绪稳定，在出租屋', [['谭新民', 'home']]],
    ['杨树村重点人员：卢美娟已返马坊，稳定', [['卢美娟', 'home']]],
  ])('%s', (text, expected) => {
    expect(persons(text)).toEqual(expected);
  });

  it('农民 and 在屋顶 are no name and no home', () => {
    expect(kinds(parse('今天几个农民工在屋顶上看热闹'))).not.toContain('key_person');
  });
});

describe('news beside a zero report', () => {
  it('被人打了: an incident', () => {
    expect(kinds(parse('杨树村零报告。另外村里陆特辉讲他侄子被人打了要去派出所，已叫治保主任去看了'))).not.toContain('zero_report');
  });

  it('一宗纠纷正在调处: a dispute found', () => {
    const r = parse('杨树村今日零报告，有一宗租赁纠纷（租客欠租被业主锁门）正在调处。');
    expect(kinds(r)).not.toContain('zero_report');
    expect(only(r, 'daily_assessment').counts.disputesFound).toBe(1);
  });

  it('讲…就搞事: an unnamed threat', () => {
    expect(kinds(parse('杨树村今日零报告。另有档主讲五一后加租就搞事，暂时冇行动。'))).not.toContain('zero_report');
  });

  it('去街 is an errand, 去街道 is not', () => {
    expect(kinds(parse('杨树村零报告，周德明今天去街了，下午回来'))).toContain('zero_report');
    expect(kinds(parse('杨树村零报告，就是周德明又在群里喊人后天去街道，我们在做工作'))).not.toContain('zero_report');
  });
});
