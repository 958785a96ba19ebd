import { describe, expect, it } from 'vitest';
import { kinds, only, parse } from './helpers.js';

// Families of wording behind the unsafe zero reports and misses of blind holdouts 45 (云南 border township, 火把节 2033)
// and 46 (延边-like township, 中秋/国庆 2034) at their first runs. Each case is an invented variant (other names, places,
// phrasings), never a corpus line.

describe('surnames of the south-west and of 朝鲜族 speakers', () => {
  it.each([
    ['杨树村零报告，重点人员项国荣、熊德文均在家，无异常。', ['项国荣', '熊德文']],
    ['杨树村：普建华在家，情绪稳定', ['普建华']],
    ['杨树村零报告，古德明今天在家，村主任去他家坐了', ['古德明']],
    ['杨树村：安英子阿妈妮今天在家，稳定', ['安英子']],
  ])('%s', (text, names) => {
    expect(only(parse(text as string), 'key_person').persons.map((p) => p.name)).toEqual(names);
  });

  it.each(['杨树村：今天村里安置工作顺利，项目推进正常', '杨树村零报告，古镇景区游客多，秩序正常'])('%s: no name in 安置/项目/古镇', (text) => {
    expect(kinds(parse(text))).not.toContain('key_person');
  });
});

describe('key persons named in brackets after their figure', () => {
  it('重点人员2名（甲、乙）均在家稳定', () => {
    const r = parse('杨树村研判：排查纠纷0起；受理信访0件；重点人员2名（韩德顺、刘玉霞）均在家稳定。');
    expect(only(r, 'key_person').persons.map((p) => [p.name, p.state, p.whereabouts])).toEqual([
      ['韩德顺', 'stable', 'home'],
      ['刘玉霞', 'stable', 'home'],
    ]);
  });

  it('重点人员：1名（X），在家稳定', () => {
    expect(only(parse('杨树村日研判\n排查矛盾纠纷：0\n重点人员：1名（崔明哲），在家稳定\n形势研判：总体平稳'), 'key_person').persons[0]!.name).toBe('崔明哲');
  });
});

describe('a dispute or a crowd said in other words, beside 零报告', () => {
  it.each([
    '杨树村零报告。今天下午有两户为院坝排水的事扯皮，调委会调好了。',
    '杨树村零报告。就是村东头张某某两口子喝酒打仗，邻居报的警，现在没事了',
    '杨树村零报告。另：4户搬迁户来村委会问搬迁补助哪天发，已解释，人已回去。',
    '杨树村一切正常，零报告。另报：今天有6个外地菜农到村委会反映上周菜款被老板拖欠，已联系老板对账。',
    '杨树村无异常。李某某老屋今天拆迁队来了，他坐在屋里不让拆，拆迁队已经撤了。',
  ])('%s: no zero report', (text) => {
    expect(kinds(parse(text))).not.toContain('zero_report');
  });

  it('扯皮 inside an assessment is its counted dispute, no incident', () => {
    expect(kinds(parse('杨树村：今日排查矛盾纠纷1起，两户因田坎放水扯皮，已调解。'))).toEqual(['daily_assessment']);
  });
});

describe('going again to the township to take up money owed', () => {
  it('杨树村无异常。X上午又去镇里问补偿款了: a petition at the township', () => {
    const r = parse('杨树村无异常。孙德贵上午又去镇里问补偿款了，镇里给他解释了，中午回来了');
    expect(kinds(r)).not.toContain('zero_report');
    expect(only(r, 'key_person').persons[0]).toMatchObject({ name: '孙德贵', escalation: 'township' });
  });

  it('王某某又去镇里了, with no unit named, is read (镇里 is a report word)', () => {
    expect(kinds(parse('孙德贵又去镇里了'))).toContain('key_person');
  });

  it('带着…几个克乡政府找书记，讲…不公平: a threat made good, at the township', () => {
    const r = parse('杨树村领报告，早上普建华带着他家兄弟几个克乡政府找书记，讲分地不公平，村干部跟着克了');
    expect(kinds(r)).not.toContain('zero_report');
    expect(only(r, 'incident').escalation).toBe('township');
  });
});

describe('a message headed 即时报告 tells an incident', () => {
  it('即时报告：X户20多人到镇政府，要求…: the crowd, with a comma before its demand', () => {
    const r = parse('即时报告：杨树村承包户20多人到镇政府，要求公司兑现租金，派出所在现场。');
    expect(only(r, 'incident')).toMatchObject({ people: null, collective: true });
  });

  it('即时报告：今天上午没什么 names nobody: a question, not an incident', () => {
    expect(kinds(parse('即时报告：今天上午没什么'))).toEqual([]);
  });

  it('【即时报告】 as a form: its summary is the form, not empty', () => {
    const r = parse('【即时报告】\n时间：11月20日9时\n地点：镇政府院内\n人员：杨树村修路征地农户七八人');
    expect(only(r, 'incident').summary).not.toBe('');
  });
});

describe('a named worker or retiree who threatens', () => {
  it('退休职工X说…再不给办，下礼拜就去省城找…: his threat, a key person', () => {
    const r = parse('杨树村零报告。退休职工常德胜说养老金再不给办，下礼拜就去省城找省人社厅，现在在家');
    expect(kinds(r)).toEqual(['key_person']);
    expect(only(r, 'key_person').persons[0]).toMatchObject({ name: '常德胜', state: 'abnormal', escalation: 'province' });
  });

  it('X家跟邻居家…吵了两句: a household, no key person', () => {
    expect(kinds(parse('杨树村零报告 就是刘海家跟邻居家为了打井的事吵吵了两句 村里给调开了'))).not.toContain('key_person');
  });
});

describe('more of holdout 45: whereabouts, crowds, rumours, dates', () => {
  it('X昆明务工 after another person: named and away', () => {
    const r = parse('杨树村零报告，重点人员郭德顺在家，邓春梅广州务工，均稳定');
    expect(only(r, 'key_person').persons.map((p) => [p.name, p.whereabouts])).toEqual([
      ['郭德顺', 'home'],
      ['邓春梅', 'away'],
    ]);
  });

  it('李成在东莞务工: 在 begins the words, not the name', () => {
    expect(only(parse('杨树村重点人员：王桂芬在家，稳定；李成在东莞务工，稳定。'), 'key_person').persons.map((p) => p.name)).toEqual(['王桂芬', '李成']);
  });

  it('重点人员X上山放牛: named, at home', () => {
    expect(only(parse('杨树村重点人员熊德文上山放牛，在本地。'), 'key_person').persons[0]).toMatchObject({ name: '熊德文', whereabouts: 'home' });
  });

  it('8个搬迁群众到乡政府，问…: a crowd asking at an office', () => {
    expect(only(parse('杨树村报：今天上午有8个搬迁群众到乡政府，问原来的林地还归不归自己'), 'incident')).toMatchObject({ people: 8, collective: true });
  });

  it('8个学生问老师 is no crowd at an office', () => {
    expect(kinds(parse('今天有8个学生问老师问题'))).toEqual(['chatter']);
  });

  it('有人发抖音讲…打死人了，是谣言: refuted, the day stays a zero report', () => {
    expect(kinds(parse('杨树村一切正常。下午集上有人发抖音讲打架打死人了，是谣言，派出所已经辟谣了。'))).toEqual(['zero_report']);
  });

  it('把打架的情况续报一下，伤者咋样了？ asks for a follow-up', () => {
    expect(kinds(parse('杨树村把打架的情况续报一下，伤者咋样了？', null))).toEqual(['chatter']);
  });

  it('24号杨树村零报告，忘记报了: the 24th', () => {
    expect(only(parse('24号杨树村零报告，忘记报了', '杨树村', '2026-11-25T09:00:00+08:00'), 'zero_report').date).toBe('2026-11-24');
  });

  it('村口有外村人跟收羊的打起来了: outsiders fighting in our village are our news', () => {
    expect(kinds(parse('杨树村零报告。今天下午村口有外村人跟收羊的打起来了，派出所处理了'))).toEqual(['incident']);
  });

  it('有一家公司的几个经销商来管委会吵退货款: a group at an office', () => {
    expect(kinds(parse('杨树村零报告 另外有一家公司的几个经销商来管委会吵退货款'))).toEqual(['incident']);
  });

  it('两个本地商户…打了一架: two people', () => {
    expect(only(parse('杨树村零报告，下午两个本地商户为抢摊位打了一架，已经调解。'), 'incident').people).toBe(2);
  });
});

describe('more of holdout 46: a name after 听说, with 要去 or 找着 after it', () => {
  it('听说X要去州里…，人今天在家: the named person’s risk, heard of', () => {
    const r = parse('杨树村今日零报告。听说李顺英要去州里医保局找报销的事，人今天在家，我们盯着呢');
    expect(kinds(r)).toEqual(['key_person']);
    expect(only(r, 'key_person').persons[0]).toMatchObject({ name: '李顺英', state: 'abnormal', escalation: 'city' });
  });

  it('X找着了，在市医院看病呢: found, named', () => {
    expect(only(parse('李顺英找着了，在市医院看病呢，不是上访，虚惊一场。'), 'key_person').persons[0]!.name).toBe('李顺英');
  });
});
