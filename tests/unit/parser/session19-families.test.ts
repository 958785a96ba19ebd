import { describe, expect, it } from 'vitest';
import { kinds, only, parse } from './helpers.js';

// Families from holdouts read in the nineteenth session (after their first runs), each tried on invented variants.

describe('a day named by number, lunar day or weekday after 说 and before a going (说初八去省里) is a plan', () => {
  it.each([
    ['杨树零报告 就是王老四又喝多了说初八去省里 俺们看着呢', 'province'],
    ['王老四说十五上北京', 'beijing'],
    ['王老四说周五去县里闹', 'county'],
    ['王某某讲正月十六去市里', 'city'],
  ])('%s: the person is abnormal with the level, never a zero report', (text, level) => {
    const r = parse(text, '杨树村', '2026-02-15T15:00:00+08:00');
    expect(kinds(r)).toEqual(['key_person']);
    expect(only(r, 'key_person').persons[0]).toMatchObject({ state: 'abnormal', escalation: level, modality: 'plan' });
  });

  it('a day named for a visit to kin is no plan to petition (说初八去闺女家)', () => {
    const r = parse('杨树零报告，王老四说初八去闺女家', '杨树村', '2026-02-15T15:00:00+08:00');
    expect(kinds(r)).toEqual(['zero_report']);
  });
});

describe('what someone keeps asking, told without a question mark (老念叨回迁房啥时候交房)', () => {
  it.each([
    '杨树村重点人员赵秀兰今天在家，情绪还行，就是老念叨回迁房啥时候交房。',
    '王某某今天在家，情绪稳定，一直打听补偿款什么时候发。',
  ])('%s is the person\'s state, not a question', (text) => {
    expect(only(parse(text), 'key_person').persons[0]).toMatchObject({ state: 'stable', whereabouts: 'home' });
  });

  it('asked of the group, it stays a question (王某某今天在家吗 / …老念叨啥时候交房吗)', () => {
    expect(kinds(parse('王某某今天在家吗'))).toEqual(['chatter']);
    expect(kinds(parse('王某某老念叨啥时候交房吗'))).toEqual(['chatter']);
  });
});

describe('a full name of three opening the message before the matter told of it (马福贵低保申请…给受理了 人在家)', () => {
  it.each([
    ['马福贵低保申请民政办给受理了 人在家 情绪挺稳', '马福贵'],
    ['赵铁柱钱拿着了 在家呢 情绪稳定了', '赵铁柱'],
    ['杨树村：孙长海补偿款昨天到账了，人在家，挺好的', '孙长海'],
  ])('%s names %s, a key person at home', (text, name) => {
    expect(only(parse(text), 'key_person').persons[0]).toMatchObject({ name, state: 'stable', whereabouts: 'home' });
  });

  it.each(['杨树零报告，有个小伙子说要去县里问补贴的事，我们在做工作，人在家', '马坊日研判 排查纠纷1起 化解0 重点人员4人 都在家没异常'])(
    'the unit and the word after it are no name (%s)',
    (text) => {
      const r = parse(text);
      for (const k of r.reports) if (k.kind === 'key_person') expect(k.persons.map((p) => p.name)).not.toContain(text.slice(0, 3));
    },
  );

  it('a signature after the last unit is no key person (…形势总体平稳。\\n马坊村 罗德生)', () => {
    const r = parse('本村今日研判情况如下：全村重点人员二名，均在家，无异常；今日未排查到新的矛盾纠纷。\n马坊村 罗德生', '马坊村');
    expect(kinds(r)).not.toContain('key_person');
  });
});
