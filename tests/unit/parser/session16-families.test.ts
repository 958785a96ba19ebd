import { describe, expect, it } from 'vitest';
import { kinds, only, parse } from './helpers.js';

// Families from holdouts 130-131 (read after their first runs), each tried on invented variants.

describe('the signing of a unit\'s report, said after it (…确认 张某, …已审核，签字：…, …已核实，同意上报)', () => {
  it('is the confirm command', () => {
    for (const t of ['红星村今天报的确认 张某', '杨树村今日报告已审核，签字：驻村工作队长 王**', '清河村11月20日零报告已核实，同意上报。驻村工作队长：李**']) {
      expect(only(parse(t, '清河村'), 'command').name).toBe('confirm');
    }
  });

  it('not a zero report that asks nothing to be signed', () => {
    expect(kinds(parse('杨树村今日零报告'))).toEqual(['zero_report']);
  });
});

describe('names', () => {
  it('a name holding an alias, with 那边说 after it (刘红星那边说他要去县里)', () => {
    const r = parse('杨树零报告，刘红星那边说他要去县里讨说法，我们在做工作');
    expect(kinds(r)).toEqual(['key_person']);
    expect(r.reports[0]).toMatchObject({ unit: '杨树村', persons: [{ name: '刘红星', state: 'abnormal', escalation: 'county' }] });
  });

  it('是要 after a name (赵德山是要去市里)', () => {
    expect(only(parse('更正 刚才那条不是零报告 赵德山是要去市里 人在村里'), 'key_person').persons[0]).toMatchObject({ name: '赵德山', escalation: 'city' });
  });

  it('老 and the surname at the home visited (去老杨屋里看了)', () => {
    expect(only(parse('刚才去老杨屋里看了，人在屋里睡觉，莫担心'), 'key_person').persons[0]).toMatchObject({ name: '老杨', whereabouts: 'home' });
  });
});

describe('one or two not named who say they will go (有个小伙子说要去县里)', () => {
  it('are a person to watch beside the incident, never a zero report', () => {
    const r = parse('杨树零报告，有个小伙子说要去县里问补贴的事，我们在做工作，人在家');
    expect(kinds(r).sort()).toEqual(['incident', 'key_person']);
    expect(only(r, 'key_person').persons[0]).toMatchObject({ state: 'abnormal', whereabouts: 'home', escalation: 'county' });
  });

  it('a group that plans stays the incident alone', () => {
    expect(kinds(parse('有十几户说要一起去县里讨说法，村里正在做工作'))).toEqual(['incident']);
  });
});

describe('news heard or passed on, then that ours had none', () => {
  it('is our zero report', () => {
    expect(kinds(parse('马坊村零报告。另听群众说邻镇那边有司机要组织去市里，我们村没有司机参与。', '马坊村'))).toEqual(['zero_report']);
    expect(kinds(parse('群里传有人扬言去省里 那是隔壁县的 不是我们杨树的人 杨树零报告'))).toEqual(['zero_report']);
    expect(kinds(parse('杨树村今天零报告。有村民转发外地“进京维权”的视频，已提醒删除，不涉及本村人员。'))).toEqual(['zero_report']);
  });

  it('a warning about a video passed on is talk', () => {
    expect(kinds(parse('提醒：有人在群里转发“进京上访”的视频 大家不要转 发现立即报告', null))).toEqual(['chatter']);
  });
});

describe('zero reports and talk', () => {
  it('按时零报告 of the day is the report; 零报告16:00前 to everyone is a notice', () => {
    expect(kinds(parse('红星今天按时零报告啦', '红星村'))).toEqual(['zero_report']);
    expect(kinds(parse('各村按时零报告', null))).toEqual(['chatter']);
    expect(kinds(parse('最后三天，大家辛苦 零报告16:00前', null))).toEqual(['chatter']);
  });

  it('an earlier day\'s matter named, then that today had none of it', () => {
    const r = parse('杨树村今日零报告。昨天下午修路的事，有十几个村民到镇里反映，已经解释清楚散了，今天没人来。');
    expect(kinds(r)).toEqual(['zero_report']);
  });

  it('a day naming a matter already reported does not date the report', () => {
    expect(only(parse('清河村零报告。11月18日村民集体反映修路的事已经终报，今天没人反映。', '清河村'), 'zero_report').date).toBe('2026-11-20');
  });
});

describe('levels and units', () => {
  it('a city named before a bureau of it (赴荆州市人社局)', () => {
    expect(only(parse('5名村民赴荆州市人社局集体上访'), 'incident').escalation).toBe('city');
  });

  it('someone not named gone with the matter said between (有三个村民为修路补偿的事去县里了)', () => {
    expect(only(parse('有三个村民为修路补偿的事去县里了'), 'incident')).toMatchObject({ escalation: 'county', people: 3 });
  });

  it('克了 before a level is 去了', () => {
    expect(only(parse('王某上午克了街道 说低保的事'), 'key_person').persons[0]!.escalation).toBe('township');
  });

  it('an alias inside a factory\'s or a company\'s name is no unit', () => {
    expect(only(parse('我村在红星厂干过的李某某今天在家，情绪稳定'), 'key_person').unit).toBe('杨树村');
    expect(only(parse('我村8名在清河水泥公司务工的村民到镇政府反映欠薪'), 'incident').unit).toBe('杨树村');
  });
});

describe('persons and corrections', () => {
  it('在一起 with kin is no far place', () => {
    expect(only(parse('王某某晚上在家 跟他女儿在一起 情绪好些了'), 'key_person').persons[0]!.whereabouts).toBe('home');
  });

  it('改一下 at the start and 修改今日报告 are corrections', () => {
    expect(parse('改一下 王某某刚才说他不去了 人在家 杨树零报告').reports.every((r) => 'correction' in r && r.correction === true)).toBe(true);
    expect(only(parse('红星村修改今日报告：排查矛盾纠纷1起，化解1起，平稳', '红星村'), 'daily_assessment').correction).toBe(true);
  });
});

describe('the office or a leader telling, urging or summing up (a sender of no unit)', () => {
  it('is talk, whatever news it names', () => {
    for (const t of [
      '今天红星村讨薪的事基本平息，杨树村王某某要重点盯防，清河村到现在还没报，明早之前补上。',
      '立即启动预案！马坊村书记、包保人、派出所分头找，车站都问问，一个小时报一次。',
      '今天凤凰社区集体访已终报，其余单位零报告。大家辛苦，值班手机保持畅通。',
      '端午期间各村辛苦了！简单小结一下：共有即时报告3起，均已劝返，没有发生极端事件。',
    ]) expect(kinds(parse(t, null))).toEqual(['chatter']);
  });

  it('not an act of the day relayed from above with a unit sent to it', () => {
    expect(only(parse('县信访局来电：我镇前进社区群众6人今天上午在县信访局反映安置房漏水问题，请前进社区立即派人到县里接回。', null), 'incident').unit).toBe('前进社区');
  });

  it('not a report headed as one, nor news told with no word of talk', () => {
    expect(kinds(parse('【续报】红星村8名村民已于12时返回，镇里继续跟进', null))).toEqual(['incident']);
    expect(kinds(parse('镇综治中心通报：马坊村两名村民今天上午到区信访局上访，已接回。', null))).toEqual(['incident']);
  });

  it('a unit\'s cadre saying the same words reports', () => {
    expect(kinds(parse('杨树村今天有3个村民去县里了，马上派人去接', '杨树村'))).toContain('incident');
  });
});

describe('a return from a level with 从 left out (昨天县里回来后在屋里)', () => {
  it('is a return: the person is home, read beside the zero report', () => {
    const r = parse('杨树零报告 李某某昨天县里回来后在屋里 冇再去');
    expect(only(r, 'key_person').persons[0]).toMatchObject({ name: '李某某', whereabouts: 'home', state: 'stable' });
  });
});

describe('holdouts 132-135 families', () => {
  it('a list\'s item number before a headcount is no date (2.8名养殖户)', () => {
    const r = parse('【续报】红星村养殖户阻工\n1.现场人员已劝离\n2.8名养殖户转到镇政府信访办反映\n3.镇领导正在接待', null);
    expect(r.reports.length).toBeGreaterThan(0);
    for (const x of r.reports) expect('date' in x ? x.date : null).toBe('2026-11-20');
  });

  it('闽南 time and place words (今仔日, 今暗, 佇)', () => {
    expect(only(parse('林文龙今仔日在家，饮酒，情绪还是有波动'), 'key_person').persons[0]!.name).toBe('林文龙');
    expect(only(parse('陈金水今暗佇厝边泡茶，人在村里，情绪还算稳定'), 'key_person').persons[0]).toMatchObject({ name: '陈金水', state: 'stable' });
  });

  it('a question put by phone, told, asks nothing (打电话问…什么时候发，已答复)', () => {
    expect(only(parse('杨树村庄建国今天打电话问补偿款什么时候发，已答复，人在家，情绪平稳。'), 'key_person').persons[0]!.name).toBe('庄建国');
    expect(kinds(parse('请问日研判是每天都要报还是有情况才报', null))).toEqual(['chatter']);
  });

  it('a trade\'s 业 after an alias names a firm (红星鞋业)', () => {
    expect(only(parse('【续报】红星鞋业讨薪\n镇政府门口工人增至41人', '凤凰社区'), 'incident').unit).toBe('凤凰社区');
  });

  it('莫让 is no name', () => {
    const r = parse('杨树村零报告。另：村民蔡某某扬言要去北京，已安排人看着，莫让他出村');
    expect(only(r, 'key_person').persons.map((p) => p.name)).toEqual(['蔡某某']);
  });
});

describe('holdouts 134-135 families', () => {
  it('a name ending like a place (刘金桥, 桥) is no unknown unit; the sender\'s unit stands', () => {
    expect(only(parse('刘金桥今天在家，包保干部陪他吃了早饭'), 'key_person').unit).toBe('杨树村');
  });

  it('the person\'s family (王德明家属讲…) and 接回/还得盯 after a name', () => {
    expect(only(parse('王德明家属讲他手机开了一下机，人在外地，具体位置不清楚。'), 'key_person').persons[0]!.name).toBe('王德明');
    expect(only(parse('王德明接回来了，现在在家，情绪平复了'), 'key_person').persons[0]).toMatchObject({ name: '王德明', whereabouts: 'home' });
    expect(only(parse('杨树零报告，就是李长春还得盯着，今天又嚷嚷要进京'), 'key_person').persons[0]).toMatchObject({ name: '李长春', escalation: 'beijing' });
  });

  it('one row of cells split by bars under its heading (赵玉兰｜在家｜稳定)', () => {
    expect(only(parse('杨树村重点人员日报\n赵玉兰｜在家｜稳定\n包保：村主任'), 'key_person').persons[0]).toMatchObject({ name: '赵玉兰', whereabouts: 'home', state: 'stable' });
  });

  it('咱屯 is no unit\'s name; 林场 is no person', () => {
    expect(only(parse('咱屯今儿个没啥事儿，报个零哈'), 'zero_report').unit).toBe('杨树村');
    expect(kinds(parse('【终报】杨树村23名参农在县信访局接谈，林场答应暂缓收回参地，已于15时全部返回村里'))).toEqual(['incident']);
  });

  it('the app\'s quoted reply: the answer below the rule is the message', () => {
    expect(kinds(parse('「马坊村：马坊村今日零报告」\n- - - - - - - - - - - -\n收到，辛苦', null))).toEqual(['chatter']);
  });
});

describe('holdouts 136-139 families', () => {
  it('the office telling units how to report is talk (请按…重新上报, …赶紧按即时报告报上来, …勿断)', () => {
    for (const t of ['凤凰：重点人员有异常就不可以报零报告，请按重点人员动态重新上报。', '马坊赶紧按即时报告报上来，派出所帮忙查一下车站', '@所有人 最后两天零报告勿断，重点人员见人见面。', '今日情况：红星村集体访已妥善处置，其余单位平稳。清河村至今未报，明早说明情况。']) {
      expect(kinds(parse(t, null))).toEqual(['chatter']);
    }
  });

  it('a name alone on the first line, the person\'s fields under it', () => {
    expect(only(parse('曾德田\n状态：稳定\n去向：在家\n见面人：温志强'), 'key_person').persons).toEqual([{ name: '曾德田', state: 'stable', whereabouts: 'home', escalation: null }]);
  });

  it('某 names whose given name is followed by 劝下 or 的情况', () => {
    expect(only(parse('张某录劝下了，在家，情绪平稳，说不去了'), 'key_person').persons[0]!.name).toBe('张某录');
  });

  it('not taking part (不参与去县里) and 勿去 are no going', () => {
    expect(only(parse('周德海今天在家，情绪平稳，表示不参与去县里。'), 'key_person').persons[0]).toMatchObject({ whereabouts: 'home', escalation: null });
    expect(only(parse('施德明今天在家，村干部上门谈过了，暂时勿去区里了。'), 'key_person').persons[0]!.whereabouts).toBe('home');
  });

  it('news the sender disowns outright over its sentence (…，不是阮村的代志 / …，勿是阿拉村里的)', () => {
    expect(kinds(parse('杨树村今日零报告。说明：今天去镇里讨薪的是红星鞋业的工人，厂在红星，不是阮村的代志。'))).toEqual(['zero_report']);
    expect(kinds(parse('杨树村零报告。（网上讲的马坊五金厂讨薪，那个厂在马坊，勿是阿拉村里的）'))).toEqual(['zero_report']);
  });

  it('but outsiders at our own 村口 are our news', () => {
    expect(kinds(parse('杨树零报告。还有个事，昨天下午村口有外村人跟收羊的打起来了，派出所处理了，不是我们村的人。'))).not.toContain('zero_report');
  });
});

describe('holdout 132 families', () => {
  it('干起来 is a fight: the zero report beside it is not filed', () => {
    const r = parse('杨树今天零报告。就是下午老刘家和老于家为柴火垛占道的事干起来了，派出所来了，已经拉开了');
    expect(kinds(r)).not.toContain('zero_report');
    expect(kinds(r)).toContain('incident');
  });

  it('a figure put right from one to another (化解数由1起改为2起)', () => {
    expect(only(parse('修改昨日日研判：红星村化解数由1起改为2起，其他不变。', null), 'daily_assessment').counts).toEqual({ disputesResolved: 2 });
  });

  it('an alias in a wish to all (祝大家过个红星年) and the office on duty are talk', () => {
    expect(kinds(parse('@所有人 今天除夕，领导带班，手机保持畅通，零报告提前到下午3点前。祝大家过个平安年！', null))).toEqual(['chatter']);
  });

  it('见着了 after a name, and 奔县里去了 as 跑县里去了', () => {
    expect(only(parse('赵春生见着了，在家，说罚款不退就去县里，情绪有波动'), 'key_person').persons[0]).toMatchObject({ name: '赵春生', escalation: 'county' });
    expect(only(parse('赵春生一早让他儿子开车拉着奔县里去了，包保人在后头跟着呢'), 'key_person').persons[0]!.escalation).toBe('county');
  });
});

describe('holdout 141 families', () => {
  it('彝族 family names of two (阿木惹古, 曲木, 吉布) before a given name', () => {
    expect(only(parse('阿木惹古在家，县人社局说东莞那边已经在查，他说等消息'), 'key_person').persons[0]!.name).toBe('阿木惹古');
    expect(only(parse('吉伍阿木今天在家'), 'key_person').persons[0]!.name).toBe('吉伍阿木');
  });

  it('the home visited names the person (刚去马海尔布家头坐了一哈); 去向不明，家属… does not', () => {
    expect(only(parse('刚去马海尔布家头坐了一哈，他说分红的事不解决就要到县上找领导，情绪有点激动'), 'key_person').persons[0]).toMatchObject({ name: '马海尔布', escalation: 'county' });
    expect(only(parse('重点人员孙某某去向不明，家属说可能去北京了'), 'key_person').persons.map((p) => p.name)).toEqual(['孙某某']);
  });

  it('who the person is by work (务工的阿木惹古) and what the person did after a meal (晚饭后骑摩托出去了)', () => {
    expect(only(parse('杨树村在东莞电子厂务工的沙马惹古打电话回来，扬言要去县里讨工资'), 'key_person').persons[0]!.name).toBe('沙马惹古');
    expect(only(parse('吉克阿木晚饭后骑摩托出去了，电话关机，家属也不晓得去哪儿了'), 'key_person').persons[0]).toMatchObject({ name: '吉克阿木', state: 'abnormal' });
  });

  it('零报告：今天不报 and 不另外报零报告 are no zero report', () => {
    expect(kinds(parse('杨树村7月31日情况\n零报告：今天不报\n吉克阿木：在成都，县工作组陪着，明天一早坐车回来'))).toEqual(['key_person']);
    expect(kinds(parse('杨树村今天的情况已经终报了，就不另外报零报告了哈'))).toEqual(['chatter']);
  });

  it('确认一下今天哪些村没报 asks who has not reported', () => {
    expect(only(parse('@机器人 确认一下今天哪些村没报', null), 'command').name).toBe('missing');
  });

  it('people of a unit at an office, relayed, with the unit sent to them', () => {
    expect(only(parse('红星村有2个村民在县信访局，县里刚打电话过来，@红星村 马上派人过去', null), 'incident')).toMatchObject({ unit: '红星村', escalation: 'county', people: 2 });
  });
});

describe('a person\'s state reported wrongly, put right (更正：上午报X…有误，…)', () => {
  it('gives the person with the right state', () => {
    const r = parse('更正：上午报赵海根回老家有误，是到宁波亲戚家，明天回来。');
    expect(only(r, 'key_person')).toMatchObject({ correction: true, persons: [{ name: '赵海根', whereabouts: 'away' }] });
    expect(only(parse('更正：上午说孙德旺去外地是搞错了，他在社区活动中心下棋，在本地，情绪稳定。'), 'key_person').persons[0]).toMatchObject({ name: '孙德旺', whereabouts: 'home', state: 'stable' });
  });

  it('keeps the day of the report put right (昨天报的…有误) and a name said again', () => {
    expect(only(parse('更正：昨天报的田某凤去向有误，她在县城女儿家，情绪稳定。'), 'key_person').date).toBe('2026-11-19');
    expect(only(parse('更正：杨树村上午报鲍玉才在家有误，鲍玉才今天上午去县医院住院了，不是上访。'), 'key_person').persons[0]!.name).toBe('鲍玉才');
  });

  it('零报告晚上补 is a promise, not the report', () => {
    expect(kinds(parse('不好意思今天在镇上开会，零报告晚上补'))).toEqual(['chatter']);
  });
});

describe('holdouts 145-147 unsafe zero reports', () => {
  it('a zero report put right as an assessment (零报告改为日研判 / 原报：零报告（作废）) is no zero report', () => {
    expect(kinds(parse('修改：红星村今日零报告改为日研判\n排查矛盾纠纷：0起\n重点人员：2人，无异常\n研判：总体平稳', '红星村'))).toEqual(['daily_assessment']);
    expect(kinds(parse('【更正】红星村 11月20日\n原报：零报告（作废）\n重新上报：今日化解矛盾纠纷1起，排查0起', '红星村'))).toEqual(['daily_assessment']);
  });

  it('again at the office, pressing the matter (又去了街道吵修缮费)', () => {
    const r = parse('凤凰今日零报告。苏某英下午又去了街道吵修缮费，已经接回家。', '凤凰社区');
    expect(kinds(r)).not.toContain('zero_report');
    expect(only(r, 'key_person').persons[0]!.escalation).toBe('township');
  });

  it('an outsider quarrelling with ours is our news (外省船老板同渔场工人为冰价吵架)', () => {
    expect(kinds(parse('红星零报告。今早有个外省船老板同渔场工人为了冰价吵架，已经劝开了', '红星村'))).not.toContain('zero_report');
  });
});

describe('a matter the day\'s assessment counts', () => {
  it('is the assessment\'s, not an incident of its own', () => {
    for (const t of [
      '红星村4月2日日研判：排查矛盾纠纷1起，化解0起，新增信访1件（鞋厂工人到镇集体访），重点人员3人，异常1人',
      '红星村日研判\n排查矛盾纠纷：1起\n化解：0起\n信访：1批（赴县集体访，已终报）\n重点人员：4人',
      '红星市场两家摊户为摊位边界吵了几句，管理办当场调开了。今日排查矛盾纠纷1起，化解1起，平稳。',
    ]) expect(kinds(parse(t, '红星村'))).toEqual(['daily_assessment']);
  });

  it('unless it is told live beside the counts (对峙, 聚集, 另即时报告, 上访, 正在调解)', () => {
    expect(kinds(parse('红星村日研判：山界纠纷有激化苗头，今日排查矛盾纠纷1起，双方各有十来人在山上对峙，已通知派出所到场。研判：紧急。', '红星村')).sort()).toEqual(['daily_assessment', 'incident']);
    expect(kinds(parse('红星村日研判：排查纠纷1起，化解0起，需关注。另即时报告：民宿经营户8人下午到乡政府反映停车场收费问题，乡里已接待。', '红星村')).sort()).toEqual(['daily_assessment', 'incident']);
  });
});

describe('a unit\'s zero report said in full by a sender of no unit (马上报：杨柳村今日零报告)', () => {
  it('is that unit\'s report, though 马上 is talk elsewhere', () => {
    expect(only(parse('马上报：红星村今日零报告', null), 'zero_report').unit).toBe('红星村');
  });
});
