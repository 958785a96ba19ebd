import { describe, expect, it } from 'vitest';
import { kinds, only, parse } from './helpers.js';

// Invented variants of holdouts 79 (黑龙江 林场, 两会 2044) and 80 (沂蒙 山区, 春节 2044) misses, one family each.
describe('holdouts 79-80', () => {
  it('a key persons’ list names whoever its entries begin with, whatever the surname', () => {
    const r = parse('杨树村重点人员动态：\n1.公传胜 在家 稳定\n2.相秀兰 去临沂走亲戚 稳定\n3.厉德山 在家 稳定');
    expect(only(r, 'key_person').persons.map((p) => p.name)).toEqual(['公传胜', '相秀兰', '厉德山']);
    const entries = parse('杨树：相庆华 在家 稳定；相秀兰 在家 稳定；相国栋 外出务工没回来过年（在青岛），电话联系正常。');
    expect(only(entries, 'key_person').persons.map((p) => [p.name, p.whereabouts])).toEqual([
      ['相庆华', 'home'],
      ['相秀兰', 'home'],
      ['相国栋', 'away'],
    ]);
  });

  it('…but a table’s cells and form fields are not names', () => {
    const r = parse('杨树村12月28日\n项目：零报告\n到县上访：无\n集体访：无\n重点人员：3人，在家');
    expect(kinds(r)).not.toContain('key_person');
    const t = parse('重点人员动态表\n姓名\t类别\t动态\t去向\n韩某某\t涉军\t在家\t本村\n苗某某\t涉访\t住院\t县医院');
    expect(only(t, 'key_person').persons.map((p) => p.name)).toEqual(['韩某某', '苗某某']);
  });

  it('的 is no given name (给老人钱的事), so the person before it keeps the words', () => {
    const r = parse('杨树村重点人员动态：公传胜 在家，稳定；公平 今早跟他哥因为给老人钱的事又吵起来了，情绪激动，说要去镇上。');
    expect(only(r, 'key_person').persons.map((p) => [p.name, p.state])).toEqual([
      ['公传胜', 'stable'],
      ['公平', 'abnormal'],
    ]);
  });

  it('那 and 关, surnames read only in lists, after the unit or at a clause’s start with the person’s news', () => {
    expect(only(parse('杨树村那春生今天去依兰他老丈人家串门了，下午回来，电话能打通。'), 'key_person').persons[0]!.name).toBe('那春生');
    const r = parse('杨树村今日无涉稳情况。关继红今天情绪波动，在家里哭闹说要去省里，主任陪着。');
    expect(only(r, 'key_person').persons[0]).toMatchObject({ name: '关继红', state: 'abnormal', escalation: 'province' });
    expect(kinds(parse('杨树村那边今天有人吵架'))).toEqual(['incident']);
  });

  it('a name before 听说 or 酒醒', () => {
    const r = parse('杨树村今天平安。就是于海洋听说宅基地要重新丈量，情绪有点激动，说要去镇里找领导，包保干部在他家唠着呢。');
    expect(only(r, 'key_person').persons[0]).toMatchObject({ name: '于海洋', state: 'abnormal', escalation: 'township' });
    expect(only(parse('杨树村那春生酒醒了，说昨天是喝多了胡咧咧，不会去上访，在家。'), 'key_person').persons[0]).toMatchObject({ state: 'stable', whereabouts: 'home' });
  });

  it('挺消停，啥事没有 is a zero report; 过火了 is a fire', () => {
    expect(kinds(parse('俺们杨树今儿个挺消停，啥事没有'))).toEqual(['zero_report']);
    expect(kinds(parse('杨树村今天平安无事，就是村东头孙德才家过火了，烧了半拉仓房，没伤着人。'))).toEqual(['incident']);
  });

  it('零报告提前到12:00前 moves the deadline; the office pressing units that have not reported is no report', () => {
    expect(kinds(parse('@所有人 今天是重要节点，零报告提前到12:00前。', null))).toEqual(['chatter']);
    const r = parse('截至16:30，杨树村、马坊村日研判还没报，抓点紧哈', null);
    expect(r.reports).toEqual([{ kind: 'chatter' }]);
    expect(r.unclear).toBe(false);
  });

  it('the signing first, the signer after it, is the 确认 command', () => {
    expect(parse('@维稳小秘书 杨树村今日报告确认，村书记关振山').reports).toEqual([{ kind: 'command', name: 'confirm' }]);
  });

  it('a crowd gone again to the township to ask (又到镇上问了), its first named, is an incident', () => {
    const r = parse('杨树村今天总体稳定。后扶资金的事，韩德山、苗守林等7户今天上午又到镇上问了，镇上说等县里文件。');
    expect(kinds(r)).toEqual(['incident']);
    expect(only(r, 'incident').escalation).toBe('township');
    expect(kinds(parse('他又去镇上买菜了'))).toEqual(['chatter']);
  });

  it('a going beyond the township, named as a matter reported or brought back today, forbids the zero report', () => {
    const r = parse('杨树村零报告，就是韩玉芬去省里那事（上午报过了），人已经接回来了。');
    expect(kinds(r)).not.toContain('zero_report');
    expect(r.warnings).toContain('self_contradiction');
  });

  it('a bot named with 平安 (@网格平安, @平安沂蒙) is the bot: its commands are read', () => {
    expect(parse('@网格平安 今天谁还没报', null).reports).toEqual([{ kind: 'command', name: 'missing' }]);
    expect(parse('@平安沂蒙 日研判格式', null).reports).toEqual([{ kind: 'command', name: 'help' }]);
    expect(parse('@王磊 模板发一下', null).reports).toEqual([{ kind: 'chatter' }]);
  });

  it('6位退休老职工到社区反映…: who they are may take three characters between the measure word and the noun', () => {
    const r = parse('杨树村今日零报告。另：下午有6位退休老职工到社区反映取暖费补贴的事，已接待，情绪平稳。');
    expect(kinds(r)).toEqual(['incident']);
  });
});

