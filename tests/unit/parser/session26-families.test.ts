import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../../src/parser/parse-message.js';
import { kinds, only, parse, SENT } from './helpers.js';

// Families from holdouts read in the twenty-sixth session (after their first runs), each tried on invented variants.

describe('zero reports said in chat are still zero reports', () => {
  it.each(['杨树今天零报告 哪个都没出去', '杨树今天零报告，谁也没去', '杨树零报告哈 书记报了我再报一道', '杨树零报告 我再报一趟'])('%s', (text) => {
    expect(kinds(parse(text))).toEqual(['zero_report']);
  });

  it('零报告 晚上再报 is still promised, not made', () => {
    expect(kinds(parse('杨树零报告 晚上再报'))).not.toContain('zero_report');
  });

  it('今天毛有上访的 (毛 for 没) is a zero report; 毛有才 is a name', () => {
    expect(kinds(parse('杨树零报告 今天毛有上访的'))).toEqual(['zero_report']);
    expect(only(parse('毛有才今天在家'), 'key_person').persons[0]!.name).toBe('毛有才');
  });

  it('a quote of another unit in brackets, then our answer: the quote is not ours', () => {
    const text = '【引用 马坊村：【首报】马坊村12名住户今日上午集体到县信访局上访…】\n收到，我们杨树这边没有人参与';
    expect(kinds(parse(text))).toEqual(['chatter']);
    expect(kinds(parse('【引用 马坊村：马坊村今日零报告】\n杨树也零报告'))).toEqual(['zero_report']);
  });
});

describe('what is said of the bot and of reports, not to it', () => {
  it.each(['我们刚才已经报了，别重复统计了', '统计局下周来各村核对人口数据', '确认一下 明天还用报不', '确认一下，周六要不要报'])('%s is no command', (text) => {
    expect(kinds(parse(text))).not.toContain('command');
  });

  it.each([
    ['统计一下本周', 'stats'],
    ['确认一下', 'confirm'],
  ])('%s is still %s', (text, name) => {
    expect(parse(text).reports).toEqual([{ kind: 'command', name }]);
  });

  it('杨树报了的，日研判下午一点发的: said as sent, nothing to read or ask', () => {
    expect(parse('杨树报了的，日研判下午一点发的')).toMatchObject({ reports: [{ kind: 'chatter' }], unclear: false });
  });

  it('an office’s hours or number asked is no petition', () => {
    for (const text of ['哪个晓得区信访局初几上班哦', '县信访局电话多少', '区信访局哪天放假']) expect(kinds(parse(text))).toEqual(['chatter']);
    expect(only(parse('刘某某今天去县信访局上访了'), 'key_person').persons[0]!.escalation).toBe('county');
  });

  it('他说看下礼拜开会弄得咋样: waiting to see, told, is no question', () => {
    const r = parse('刘某某回来了 在屋头 喊他莫再去了 他说看下礼拜座谈会弄起咋个样');
    expect(only(r, 'key_person').persons[0]).toMatchObject({ name: '刘某某', whereabouts: 'home' });
  });
});

describe('persons', () => {
  it.each(['刘某某今天在敬老院，稳定', '五保老人刘某某情绪激动，扬言去县民政局。人在本地敬老院，正在安抚'])('%s is home', (text) => {
    expect(only(parse(text), 'key_person').persons[0]!.whereabouts).toBe('home');
  });

  it('a ticket bought to go is no errand: 本来要买票进京 / 正准备买去北京的票', () => {
    for (const text of ['刘某某在火车站正准备买去北京的票，被劝住，正往回走', '刘某某在客运站被劝下来 本来要买票进京']) {
      expect(only(parse(text), 'key_person').persons[0]).toMatchObject({ state: 'abnormal', escalation: 'beijing' });
    }
    expect(only(parse('刘某某去县城买化肥了'), 'key_person').persons[0]!.escalation).toBeNull();
  });

  it('…under 续报 the stopped journey is the incident’s news still', () => {
    expect(kinds(parse('【续报】刘某某在怀化南站被找到，已买好去北京的车票，工作组正在做劝返工作。'))).toContain('incident');
  });

  it('还是说元旦后去省里: a going after a holiday is a plan still', () => {
    const p = only(parse('刘某某今天在家，情绪缓和些，还是说元旦后去省里'), 'key_person').persons[0]!;
    expect(p).toMatchObject({ state: 'abnormal', whereabouts: 'home', escalation: 'province' });
  });

  it('没掺和 / 不涉及: taking no part is no incident', () => {
    expect(kinds(parse('刘某某没掺和聚集那事 一直在家猫着呢'))).toEqual(['key_person']);
    expect(kinds(parse('更正：上午报刘某某已到北京有误，经核实其在广东东莞打工，不涉及上访，情绪稳定。'))).toEqual(['key_person']);
  });

  it('the one who quarrels is the key person, not the other side (spaces for commas)', () => {
    const r = parse('杨树 王某某今天跟李某某吵了架 情绪有点激动 在屋头 村干部在劝');
    expect(only(r, 'key_person').persons.map((p) => p.name)).toEqual(['王某某']);
  });

  it('a correction naming the wrong name after 不是: only the right one is reported', () => {
    for (const text of ['更正：杨树重点人员应为王某林，不是王某森，在家，稳定。', '更正：杨树重点人员不是王某森，是王某林，在家，稳定。']) {
      expect(only(parse(text), 'key_person').persons).toEqual([{ name: '王某林', state: 'stable', whereabouts: 'home', escalation: null }]);
    }
  });

  it('在东莞打了视频过来，在厂里上班: the factory is at the far place', () => {
    expect(only(parse('刘某某今天在东莞打了视频过来，在厂里上班，稳定'), 'key_person').persons[0]!.whereabouts).toBe('away');
    expect(only(parse('刘某某今天在厂里上班，稳定'), 'key_person').persons[0]!.whereabouts).toBe('home');
    expect(only(parse('修改：杨树重点人员刘某应为在厂务工，不是外出，情绪稳定'), 'key_person').persons[0]!.whereabouts).toBe('home');
  });

  it('at a county bureau, on the spot: heading county; the cadres there on the spot are not', () => {
    expect(only(parse('重点人员刘某某（讨薪带头人），今日在区人社局现场，情绪激动。'), 'key_person').persons[0]!.escalation).toBe('county');
    expect(kinds(parse('镇干部今天在区人社局现场协调'))).toEqual(['chatter']);
  });

  it('因联名信一事仍有情绪波动: the letter named as the matter is no act', () => {
    expect(kinds(parse('杨树重点人员刘某某今日在家；因联名信一事仍有情绪波动，书记正在做工作。'))).toEqual(['key_person']);
    expect(only(parse('今天8户联名写信到县里'), 'incident').collective).toBe(true);
    expect(kinds(parse('杨树今天零报告，另外上午那5户联名信的事督导组已转镇里办理'))).not.toContain('zero_report');
  });
});

describe('units', () => {
  it('another unit’s people or herds come over to ours: the matter is ours', () => {
    expect(only(parse('刚才马坊的牛群跑到我们草场上了 两家人在吵 村干部已经过去了'), 'incident').unit).toBe('杨树村');
    expect(only(parse('马坊村两户村民到我村拆除围栏，与我村村民发生推搡，双方共8人'), 'incident').unit).toBe('杨树村');
  });

  it('one of theirs, named, who came over is still their key person', () => {
    expect(only(parse('反映个情况：马坊村的罗某某今天跑到我们杨树村来，说要串联人去市里，已通知马坊村。'), 'key_person').unit).toBe('马坊村');
  });

  it('the unit that sent another’s report is not the one corrected', () => {
    const r = parse('更正：昨天杨树代报的马坊零报告不对，刘某某昨天下午在村委会闹事扬言进京，马坊昨天不是零报告。', '杨树村');
    expect(r.reports.every((x) => !('unit' in x) || x.unit === '马坊村')).toBe(true);
  });

  it('hearsay of a far province’s city holding our alias is elsewhere', () => {
    const units = [{ name: '马鞍村', aliases: ['马鞍'] }];
    const r = parseMessage({ text: '听说安徽马鞍山那边有人去北京了 我们马鞍村的人都在屋头 零报告', sentAt: new Date(SENT), senderUnit: '马鞍村' }, units);
    expect(kinds(r)).toEqual(['zero_report']);
  });
});

describe('figures and corrections', () => {
  it('排查了两起纠纷 一起是田坎 一起是狗咬人: the first figure, not a listed one', () => {
    expect(only(parse('杨树今天排查了两起纠纷 一起是田坎 一起是狗咬人 都调解好了 重点人员3个都在屋头'), 'daily_assessment').counts).toEqual({ disputesFound: 2, keyPersons: 3 });
  });

  it('前期流转纠纷已成功调解1起: an earlier dispute settled today', () => {
    expect(only(parse('杨树研判：前期流转纠纷已成功调解1起；新增信访0件；重点人员3人，均稳定'), 'daily_assessment').counts.disputesResolved).toBe(1);
  });

  it('都稳得起 is 均稳定', () => {
    expect(only(parse('杨树研判 排查纠纷0 信访0 重点人员2个 都稳得起 平稳'), 'daily_assessment').counts.keyPersonsAbnormal).toBe(0);
  });

  it('零报告的报告人是X，不是Y: a detail put right, the zero report made again', () => {
    for (const text of ['更正：杨树今天零报告的报告人是才让卓玛，不是卓玛才让', '更正：杨树今天零报告的报告人应为才让卓玛']) {
      expect(parse(text).reports).toEqual([{ kind: 'zero_report', unit: '杨树村', date: '2026-11-20', correction: true }]);
    }
  });

  it('…是误报 after news told in the group, then our zero report', () => {
    const r = parse('更正：上午群里说杨树有人拉横幅是误报，是果业基地在挂新年标语。杨树今日零报告。');
    expect(r.reports).toEqual([{ kind: 'zero_report', unit: '杨树村', date: '2026-11-20', correction: true }]);
  });

  it('two numbered incidents, the second a scuffle over a dispute between two named villagers', () => {
    const r = parse('即时报告：1.村民周长福再次到镇政府反映低保问题；2.村民吴某、陈某因地界纠纷发生撕扯，派出所已出警。');
    expect(r.reports.filter((x) => x.kind === 'incident')).toHaveLength(2);
    expect(kinds(parse('吴某和陈某因地界纠纷发生撕扯'))).toEqual(['incident']);
  });
});
