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

describe('holdouts 392-395: names of the west and south-west', () => {
  it.each([
    ['平丰村苏某华随队去了市信访局，现在市里。', '苏某华'],
    ['修改 杨树阮某强状态改为稳定 在家', '阮某强'],
    ['渔民陆某海话渔港封港冇补贴 过两日要上北京告', '陆某海'],
    ['瓜农吐某某今天上午在村委会扬言去区里上访', '吐某某'],
    ['杨树重点人员动态：买某某因合作社欠款情绪激动', '买某某'],
  ])('%s names %s', (text, name) => {
    expect(parse(text).reports.some((r) => r.kind === 'key_person' && r.persons.some((p) => p.name === name))).toBe(true);
  });

  it.each([
    ['重点人员岩三、玉腊今晚都在家，情绪稳定。', ['岩三', '玉腊']],
    ['杨树零报告。排早还是有点激动，说要去省里，我们盯着的。', ['排早']],
    ['重点人员木然诺前几天出境打工了，不是去上访，电话联系得上。', ['木然诺']],
  ])('%s: 傣族 and 景颇族 names', (text, names) => {
    expect(only(parse(text), 'key_person').persons.map((p) => p.name)).toEqual(names);
  });

  it('安排早班 and 排查 are no names', () => {
    expect(kinds(parse('安排早班的人去巡查'))).not.toContain('key_person');
  });

  it('值班干部：农某 / 值班：梁某 signs the day’s report, no key person', () => {
    expect(kinds(parse('杨树零报告。无越级上访，无集体访，无重点人员异常。值班干部：农某'))).toEqual(['zero_report']);
  });
});

describe('holdouts 392-395: where and how people are', () => {
  it('还是没找到 / 可能去了南宁 / 可能往乌鲁木齐去了: away; 可能去南宁 alone is no journey', () => {
    expect(only(parse('刘某某还是没找到，家里说可能去了南宁，手机一直关机。'), 'key_person').persons[0]!.whereabouts).toBe('away');
    expect(only(parse('刘某某可能往乌鲁木齐去了'), 'key_person').persons[0]!.whereabouts).toBe('away');
    expect(kinds(parse('王丽娟跟社区主任已经开车往沈阳去了'))).not.toContain('key_person');
  });

  it('人在北京，干部去接 / 还在区上，专班在做工作: held there, at that level; a provincial capital gives no level', () => {
    expect(only(parse('刘某某家属联系上了，人在北京，社区干部已经出发去接了'), 'key_person').persons[0]).toMatchObject({ state: 'abnormal', escalation: 'beijing' });
    expect(only(parse('刘某某还在区上，专班在做工作'), 'key_person').persons[0]).toMatchObject({ state: 'abnormal', escalation: 'county' });
    expect(only(parse('【续报】刘某某已在哈尔滨西站找到，未进京，现由包保干部陪同，今天白天返回。'), 'key_person').persons[0]!.escalation).toBeNull();
    expect(only(parse('刘某某找到了，在南昌他姐姐屋里，村里派人去接'), 'key_person').persons[0]!.escalation).toBeNull();
  });

  it('现在村干部陪着往回走: 现在 and 村干部, not 现在村', () => {
    expect(only(parse('刘某某在汽车站被找到，现在村干部陪着往回走。'), 'key_person').persons[0]!.whereabouts).toBe('away');
  });

  it('经镇信访办约谈 is the office’s act; 去南宁揾自治区 seeks the region', () => {
    expect(only(parse('杨树重点人员刘某某今日经镇信访办约谈，表示不去县里了，在家，情绪平稳。'), 'key_person').persons[0]!.escalation).toBeNull();
    expect(only(parse('刘某某今朝又话要去南宁揾自治区 情绪好激动'), 'key_person').persons[0]!.escalation).toBe('province');
  });
});

describe('holdouts 392-395: reports and what is not one', () => {
  it('hearsay of a far city with 有…户, then ours quiet: our zero report', () => {
    expect(kinds(parse('听讲钦州那边有蚝排户去南宁上访，我哋杨树今日冇人去，零报告'))).toEqual(['zero_report']);
  });

  it('asked what happened is a question (啥情况, 咋了); 没啥情况 is quiet', () => {
    expect(kinds(parse('马坊那边昨天咋了 听说拦车了 啥情况'))).toEqual(['chatter']);
    expect(kinds(parse('杨树今天没啥情况 零报告'))).toEqual(['zero_report']);
  });

  it('a crowd counted going to the township’s government, a scuffle, vehicles held up: incidents', () => {
    expect(only(parse('17名村民到镇政府'), 'incident')).toMatchObject({ escalation: 'township', people: 17, collective: true });
    expect(kinds(parse('3名村民到镇政府'))).toEqual(['chatter']);
    expect(kinds(parse('杨树7户村民在村口拦了砂石厂的拉料车，说灰太大，派出所已经到了'))).toEqual(['incident']);
    expect(kinds(parse('边贸区工地上七八个村民和施工队扯皮 不让挖机进场 派出所来了'))).toEqual(['incident']);
  });

  it('以为有人进京: a fright, nothing done', () => {
    expect(kinds(parse('还以为有人去县里上访了，原来是去办社保'))).not.toContain('incident');
  });

  it('forms: 重点人员：1人，稳定 is none abnormal; 排查矛盾纠纷：无；化解：无 on one line are 0', () => {
    expect(only(parse('杨树研判\n排查矛盾纠纷：1起\n化解：0起\n信访：无\n重点人员：1人，稳定'), 'daily_assessment').counts.keyPersonsAbnormal).toBe(0);
    expect(only(parse('杨树研判：排查矛盾纠纷：无；化解：无；信访：无；重点人员：2人；异常：无；研判：平稳。'), 'daily_assessment').counts).toMatchObject({ disputesFound: 0, disputesResolved: 0 });
  });

  it('tables: 杨树村\t零报告 over its fields; 备注\t零报告 under a header’s row', () => {
    expect(kinds(parse('杨树村\t零报告\n进京\t无\n赴省\t无\n集体访\t无\n报告人\t阿不都热合曼'))).toEqual(['zero_report']);
    expect(kinds(parse('单位\t日期\t信访\t矛盾纠纷\t重点人员异常\n杨树村\t11月20日\t0\t0\t0\n备注\t零报告\t\t\t'))).toContain('zero_report');
  });

  it('a quoted zero report, then 同上 of one’s own unit', () => {
    expect(parse('引用 马坊村：“马坊村11月20日零报告：无进京赴省到市上访……”\n杨树村同上').reports).toEqual([{ kind: 'zero_report', unit: '杨树村', date: '2026-11-20' }]);
  });

  it('零报告中“…”有误 puts the quoted words right, however long; no new zero report', () => {
    const r = parse('修改：杨树11月19日零报告中“重点人员吐某某在家”有误，吐某某今天去区里找合作社老板要账了，不是上访');
    expect(kinds(r)).toEqual(['key_person']);
  });

  it('上条作废。… is a correction; 误报纠纷1起 in a note is no figure', () => {
    expect(parse('上条作废。下午刘某某和另外3人到镇政府问补偿款，共4人，已接待').reports.every((r) => !('date' in r) || r.correction === true)).toBe(true);
    expect(parse('重新上报：杨树今天零报告（上午误报纠纷1起，实际是上个月已调结的）').reports).toEqual([{ kind: 'zero_report', unit: '杨树村', date: '2026-11-20', correction: true }]);
  });

  it('红砂村零报告。3月8日有3人去市里的事已处理完毕: the report’s day is the day sent', () => {
    expect(only(parse('杨树零报告。11月19日有3人去市里的事已处理完毕，无新情况。'), 'zero_report').date).toBe('2026-11-20');
  });

  it('修改下 …15号打架那个是2个人: the day of the incident put right', () => {
    expect(only(parse('修改下 杨树19号打架那个是2个人 不是群体'), 'incident')).toMatchObject({ date: '2026-11-19', people: 2, correction: true });
  });
});

describe('holdouts 396-399: 维吾尔, 哈萨克 and 藏族 names', () => {
  it.each([
    ['热合曼·吐尔逊就是渠口吵架那个 人在家 还是激动', '热合曼·吐尔逊'],
    ['刚接到买买提·托合提家属电话 人晚上出去到现在没回来 手机关机 去向不明', '买买提·托合提'],
    ['买买提·托合提租金到账了 人在家 情绪稳定', '买买提·托合提'],
    ['努尔买买提·沙吾尔低保取消了情绪波动 说要去县里问问', '努尔买买提·沙吾尔'],
    ['热依汗古丽·买买提在家等住建局的人来看房子，情绪还可以', '热依汗古丽·买买提'],
    ['别克波拉提今天在家，情绪平稳，说等听证会结果', '别克波拉提'],
    ['马木提别克今天在家，情绪稳定，不去县里了', '马木提别克'],
    ['格桑顿珠今天在家 情绪还可以 说等县里听证会', '格桑顿珠'],
    ['刚接到联户长电话 次仁旺堆晚上没回家 电话打不通 失联了', '次仁旺堆'],
    ['杨树重点人员旦某：在家，情绪稳定，已签订息访承诺书。', '旦某'],
  ])('%s names %s', (text, name) => {
    expect(only(parse(text), 'key_person').persons.map((p) => p.name)).toEqual([name]);
  });

  it('买 in 买买提 buys nothing: his threat is no errand', () => {
    expect(only(parse('买买提说要去北京'), 'key_person').persons[0]!.escalation).toBe('beijing');
    expect(only(parse('刘某某去县城买化肥了'), 'key_person').persons[0]!.escalation).toBeNull();
  });

  it('那边某某, 刚才某某 are no names of 边 and 才', () => {
    expect(kinds(parse('那边某某在家'))).not.toContain('key_person');
  });
});

describe('holdouts 396-399: matters of the day and what is only talk', () => {
  it('a going to the township filed earlier today, and a group of this morning gone home, are no day of nothing', () => {
    expect(kinds(parse('杨树今天零报告 上午那个刘某某去镇上的事已经报过了哈'))).not.toContain('zero_report');
    expect(kinds(parse('杨树今天零报告哈 上午物业费的那几个人回去了'))).toEqual(['incident']);
  });

  it('a relay of someone at the city’s petition office, a unit sent to fetch: the news', () => {
    expect(kinds(parse('刚接到电话，马坊村王建军已到市信访局，请马坊村马上派人过去。', null))).toContain('incident');
  });

  it('因无人供暖到镇政府反映: 无人 denies only its verb', () => {
    expect(only(parse('杨树6名居民因无人供暖到镇政府反映'), 'incident')).toMatchObject({ escalation: 'township', people: 6 });
    for (const text of ['杨树零报告：无人进京赴省，无人到市到县上访', '杨树零报告哈今天俺们村没人出去上访', '杨树今日零报告，无人赴县赴市', '杨树今天无人到镇政府上访，零报告']) {
      expect(kinds(parse(text))).toEqual(['zero_report']);
    }
    expect(only(parse('续报：杨树聚集的群众已基本散去，暂无人员去县。'), 'incident').escalation).toBeNull();
  });

  it('a matter checked for and not found is a zero report', () => {
    expect(kinds(parse('杨树零报告。镇里说的串联情况我们排查了，没有发现'))).toEqual(['zero_report']);
  });

  it('asked whether to file it, or whether a message was taken back: no report, no command', () => {
    expect(kinds(parse('我们社区娃娃们放假在家 天天在广场踢球 吵得很 这个不用报吧'))).toEqual(['chatter']);
    expect(kinds(parse('刚才马坊村那条是不是撤回了？我这里没看到'))).toEqual(['chatter']);
    expect(kinds(parse('帮助一下马坊村的同志，他们新来的文书还不会用机器人'))).toEqual(['chatter']);
  });

  it('明早 is a day to come; 在葡萄园里 is the vineyard, not a unit named 葡萄园', () => {
    expect(only(parse('刘某某刚才又打电话说明早坐第一班车去市里 劝不住'), 'key_person').persons[0]!.escalation).toBe('city');
    const units = [{ name: '葡萄园村', aliases: ['葡萄园'] }, { name: '坎泉村', aliases: ['坎泉'] }];
    expect(parseMessage({ text: '今天全村都在葡萄园里剪枝，坎泉村零报告', sentAt: new Date(SENT), senderUnit: '坎泉村' }, units).reports).toEqual([{ kind: 'zero_report', unit: '坎泉村', date: '2026-11-20' }]);
  });

  it('at the township’s service centre, a crowd; 村名修改：… is a correction', () => {
    expect(only(parse('杨树合作社3名社员今天到镇农牧综合服务中心反映分红问题，镇里已接待。'), 'incident').escalation).toBe('township');
    expect(only(parse('杨树村修改：11月19日报的草场争执人数是12人，不是十余人，其他不变'), 'incident').correction).toBe(true);
  });

  it('更正：…26日到县信访局的是4个人: that day', () => {
    expect(only(parse('更正：杨树19日到县信访局的是4个人，不是3个'), 'incident').date).toBe('2026-11-19');
  });
});

describe('holdouts 400-403: places of the plateau', () => {
  it('去地区 is the prefecture, a city’s level', () => {
    expect(only(parse('刘某某喝了酒在村委会闹 说租金不给就去地区 已经劝回家了'), 'key_person').persons[0]!.escalation).toBe('city');
    expect(only(parse('杨树有3个人去地区了 说是找民政要补助 已经派人跟过去了'), 'incident').escalation).toBe('city');
  });

  it('去德令哈看孙子了: gone to kin in a place named (德令哈’s 哈 is no pause); 明天去… is not gone', () => {
    expect(only(parse('杨树重点人员赵玉梅今天去德令哈看孙子了 情绪稳定 电话能打通'), 'key_person').persons[0]!.whereabouts).toBe('away');
    expect(only(parse('刘某某明天去昌吉看孙子'), 'key_person').persons[0]!.whereabouts).not.toBe('away');
  });

  it('我这边汇总 is no command; 帮我汇总一下 is', () => {
    expect(kinds(parse('@央金 杨树今天报了没 我这边汇总'))).toEqual(['chatter']);
    expect(parse('帮我汇总一下').reports).toEqual([{ kind: 'command', name: 'stats' }]);
  });

  it('a zero report, then another matter asked about in a sentence of its own', () => {
    expect(kinds(parse('杨树零报告。另外乡里新村规划的事群众在问，啥时候开会？'))).toEqual(['zero_report']);
  });
});

describe('holdouts 400-403: the 州, firms and forms', () => {
  it('赴州 / 到州上 is the prefecture, a city’s level', () => {
    expect(only(parse('【终报】杨树8户生态移民赴州联名信访：州住建部门已答复，上访群众已全部返回村里。'), 'incident').escalation).toBe('city');
    expect(only(parse('刘某某说要到州上告'), 'key_person').persons[0]!.escalation).toBe('city');
  });

  it('a firm’s full name holding a unit’s alias is the firm (马坊唐卡艺术有限公司)', () => {
    expect(only(parse('【即时报告·首报】马坊唐卡艺术有限公司7名画师因工资未结清，今天上午到县人社局集体反映'), 'incident').unit).toBe('杨树村');
  });

  it('无进京赴省到市（区）上访: a short bracket inside the list is still denied', () => {
    expect(kinds(parse('【零报告】杨树11月20日：无进京赴省到市（区）上访，无集体访，无群体性事件'))).toEqual(['zero_report']);
  });

  it('马某福, 海某兰: given names of one character after 某', () => {
    expect(only(parse('马某福找不着了 电话关机 去向不明 正在找'), 'key_person').persons[0]!.name).toBe('马某福');
    expect(only(parse('海某兰分红拿到了 人在家 没啥意见了'), 'key_person').persons[0]!.name).toBe('海某兰');
    expect(only(parse('王某今天在家'), 'key_person').persons[0]!.name).toBe('王某');
  });

  it('在嘎查放牧 is home (外出放牧 is not)', () => {
    expect(only(parse('杨树重点人员朝鲁：情绪平稳，在嘎查放牧，等结果。'), 'key_person').persons[0]!.whereabouts).toBe('home');
    expect(only(parse('重点人员苏某某：外出放牧（锡林郭勒），电话联系正常，稳定'), 'key_person').persons[0]!.whereabouts).toBe('away');
  });
});

describe('holdouts 404-407', () => {
  it('a group back from where it went, in a zero report’s note, is the day’s news; one of the day before yesterday is not', () => {
    expect(kinds(parse('杨树今天零报告（去县里的5个人已经回来了）'))).toEqual(['incident']);
    expect(kinds(parse('前天去县里的5个人已经回来了，杨树今天零报告'))).toEqual(['zero_report']);
  });

  it('咋个都莫得 is nothing at all, no question', () => {
    expect(kinds(parse('杨树零报告 今天咋个都莫得'))).toEqual(['zero_report']);
  });

  it('迪庆 names (洛桑次里, 鲁茸扎西) and 征收户 before a name', () => {
    expect(only(parse('洛桑次里今天在家 喝了点酒 没闹'), 'key_person').persons[0]!.name).toBe('洛桑次里');
    expect(only(parse('杨树那个鲁茸扎西 在香格里拉打工 过年没回来 电话打得通'), 'key_person').persons[0]!.name).toBe('鲁茸扎西');
    expect(only(parse('【重点人员动态】杨树：高铁站征收户陈永福今日在家，情绪稳定'), 'key_person').persons[0]!.name).toBe('陈永福');
  });

  it('化解1起，应为化解2起 and a form’s 化解矛盾纠纷：无', () => {
    expect(only(parse('修改：杨树昨天研判里化解1起，应为化解2起'), 'daily_assessment').counts).toEqual({ disputesResolved: 2 });
    expect(only(parse('杨树日研判\n排查矛盾纠纷：无\n化解矛盾纠纷：无\n新增信访：无\n重点人员：3人\n异常：无'), 'daily_assessment').counts.disputesResolved).toBe(0);
  });

  it('机器人会自动汇总 tells of the bot; no command', () => {
    expect(kinds(parse('发群里就行，机器人会自动汇总'))).toEqual(['chatter']);
  });
});
