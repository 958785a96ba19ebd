import { describe, expect, it } from 'vitest';
import { kinds, only, parse } from './helpers.js';

// Families from holdouts read in the eighteenth session (after their first runs), each tried on invented variants.

describe('cadres still beside a person in Beijing or a provincial capital (仍在贵阳，镇村干部陪同，尚未返回)', () => {
  it.each([
    '杨树村今日零报告。李某某仍在贵阳，镇村干部陪同，尚未返回。',
    '杨树村零报告，王某某还在北京，驻京工作组陪着，明天回。',
    '杨树村零报告。赵某某在省城，包村干部正在做工作。',
  ])('%s is no zero report: the person is abnormal and away', (text) => {
    const r = parse(text);
    expect(kinds(r)).toEqual(['key_person']);
    expect(only(r, 'key_person').persons[0]).toMatchObject({ state: 'abnormal', whereabouts: 'away' });
    expect(r.warnings).toContain('self_contradiction');
  });

  it('a hospital visit in the capital with cadres is an errand (在昆明看病，村干部陪同)', () => {
    expect(only(parse('杨树村李某某在昆明看病，村干部陪同，情况正常'), 'key_person').persons[0]!.state).toBe('stable');
  });

  it('a relative at the side is no cadre (在贵阳儿子家，儿子陪着)', () => {
    expect(kinds(parse('杨树村零报告，李某某还在贵阳儿子家，儿子陪着'))).toContain('zero_report');
  });
});

describe('傣族 names without a surname (岩坎, 玉罕), found where a name may begin before the person\'s words', () => {
  it.each([
    ['岩坎今日在家，情绪稳定，包保干部已走访。', '岩坎'],
    ['玉罕今天去调解了 签了字 在家', '玉罕'],
    ['杨树村重点人员岩叫、岩庄昨晚已从县城劝返回家，今日在家，情绪稳定。', '岩叫'],
  ])('%s', (text, name) => {
    expect(only(parse(text), 'key_person').persons.map((p) => p.name)).toContain(name);
  });

  it('not a place or a crop (岩头, 玉米)', () => {
    expect(kinds(parse('杨树村岩头组今天在收玉米，情况正常'))).not.toContain('key_person');
  });
});

describe('a person stopped on the way, at a station (在景洪火车站被截住了, 在沧州西站候车室)', () => {
  it('intercepted is abnormal and away', () => {
    expect(only(parse('王某某在景洪火车站被截住了 没上车 村干部正在带他回来 今晚能到家'), 'key_person').persons[0]).toMatchObject({ state: 'abnormal', whereabouts: 'away' });
  });

  it('found at a station and being brought back is news, not chatter (找着了…往回走)', () => {
    expect(only(parse('刘长河找着了，在沧州西站候车室，俺们的人正陪着往回走'), 'key_person').persons[0]).toMatchObject({ name: '刘长河', whereabouts: 'away' });
  });
});

describe('a named person\'s news that begins unlike a report', () => {
  it('开完协调会…稳住了', () => {
    expect(only(parse('王德顺开完协调会回去了 说标准还行 暂时稳住了'), 'key_person').persons[0]).toMatchObject({ name: '王德顺', state: 'stable' });
  });

  it('前几天讲要去…今天去看了 在家: an old threat, at home today', () => {
    expect(only(parse('清河这边王德顺前几天讲要去州里告林地的事 今天去看了 在家', '清河村'), 'key_person').persons[0]).toMatchObject({ name: '王德顺', whereabouts: 'home' });
  });

  it('更正：刚才说王德顺…搞错了: the person told of before, put right', () => {
    const r = parse('更正：刚才说王德顺跟儿子去橡胶地了 搞错了 他今天在家没出门 稳定');
    expect(only(r, 'key_person')).toMatchObject({ correction: true, persons: [{ name: '王德顺', whereabouts: 'home' }] });
  });
});

describe('another place\'s news disowned beside a zero report (跟咱没啥关系, 不是俺刘营的, 跟信访没关系)', () => {
  it.each([
    ['杨树村零报告。听说城西那边有商户去市里了，跟阿拉社区没关系', '杨树村'],
    ['听说兴州市里那块有人拉横幅 跟咱没啥关系 杨树零报告', '杨树村'],
    ['外乡后柳村有人去市里了，跟咱杨树村没关系，杨树村零报告', '杨树村'],
    ['邻乡北营村昨天有人去区里上访了，不是俺杨树的，俺村今天没事。', '杨树村'],
    ['杨树村今日零报告。另：路口两辆车剐蹭吵了几句，交警处理了，都不是俺村的人。', '杨树村'],
  ])('%s', (text, unit) => {
    expect(parse(text).reports).toEqual([{ kind: 'zero_report', unit, date: '2026-11-20' }]);
  });

  it('a unit of the roster named in the disowned news is not the report\'s (听说马坊村…？我们杨树村莫得人去)', () => {
    expect(parse('听说马坊村今天有人克县里了？我们杨树村莫得人去 零报告哈').reports).toEqual([{ kind: 'zero_report', unit: '杨树村', date: '2026-11-20' }]);
  });

  it('the sender\'s own unit named at the start stays the report\'s', () => {
    expect(parse('杨树村今旦零报告 听讲隔壁镇东沙尾村有二十几个养殖户去区里反映 不是我镇的 供参考').reports[0]).toMatchObject({ kind: 'zero_report', unit: '杨树村' });
  });

  it('news of ours is still news (跟咱没关系 said of nothing)', () => {
    expect(kinds(parse('杨树村今天有十几个人去县信访局上访了'))).toContain('incident');
  });
});

describe('zero said in words with a measure word (进京访零起, 0人上访)', () => {
  it.each(['杨树村今日情况：进京访零起，赴省访零起，到市访零起，集体访零起，零报告。', '杨树村今日：进京访零人，集体访零次', '杨树村：0人上访', '杨树村今天零人进京，零人赴省'])('%s is a zero report', (text) => {
    expect(kinds(parse(text))).toEqual(['zero_report']);
  });

  it('a figure that is not zero is an incident (10人上访)', () => {
    expect(kinds(parse('杨树村今天10人上访'))).toEqual(['incident']);
  });
});

describe('另报告 typed for 零报告 where it ends the message', () => {
  it('杨树村今日另报告', () => {
    expect(kinds(parse('杨树村今日另报告'))).toEqual(['zero_report']);
  });

  it('另报告如下 is “also report”', () => {
    expect(kinds(parse('杨树村今日另报告如下：1人上访'))).toEqual(['incident']);
  });
});

describe('the unsafe zero reports of holdouts 181 and 183 (first run), as families', () => {
  it('a negated petition in a person\'s own sentence is that person\'s (找到了…无上访), no zero report', () => {
    expect(kinds(parse('周某某找到了 在市区伊女儿厝 讲过两日回来 无上访'))).toEqual(['key_person']);
  });

  it('the unit\'s negated list before anyone is named stays a zero report beside the person', () => {
    expect(kinds(parse('杨树村10月5日：无进京访，无赴省访，无到市集体访。韦某某厂里已答应节后结清工资，情绪已稳定，目前在厂里上班'))).toEqual(['zero_report', 'key_person']);
  });

  it('a name after 重点人员 without a colon, before the day or the mood (重点人员额日敦今天情绪有点波动)', () => {
    const r = parse('杨树村零报告。就是重点人员额日敦今天情绪有点波动，因为草场流转的钱没给全，正在做工作');
    expect(kinds(r)).toEqual(['key_person']);
    expect(only(r, 'key_person').persons[0]).toMatchObject({ name: '额日敦', state: 'abnormal' });
  });

  it('…not a function word glued to it (重点人员白者黑于今日凌晨离家 is 白者黑)', () => {
    expect(only(parse('杨树村重点人员白者黑于今日凌晨离家，据家属反映其扬言赴省上访，现已失联'), 'key_person').persons[0]!.name).toBe('白者黑');
  });

  it('a 蒙古族 name closed by 花 (娜仁花), not 花 the verb (巴特尔花了)', () => {
    expect(only(parse('娜仁花今天在家 没啥情况'), 'key_person').persons[0]).toMatchObject({ name: '娜仁花', whereabouts: 'home' });
    expect(JSON.stringify(parse('巴特尔花了两万块买草料').reports)).not.toContain('巴特尔花');
  });
});

describe('more ways to disown another\'s news (跟我镇…无关, 这边没人跟着掺和, 不系𠊎兜镇个)', () => {
  it.each([
    '外镇东沙尾村今天有人到区里集体访，跟我镇杨树村无关，大家别搞混了。',
    '听说城西那边有人在群里串联，说明天要去区里，杨树这边没人跟着掺和。',
    '听说市里那边有人在网上发视频说粮库欠钱 咱这没人掺和',
    '外镇坑口村有人去了省里，不系𠊎兜镇个，大家莫乱传',
  ])('%s', (text) => {
    expect(kinds(parse(text))).not.toContain('incident');
  });

  it('a unit member telling its own news still reports it (我们村有人去了县里)', () => {
    expect(kinds(parse('杨树村今天有5人去了县信访局，我们正在劝返'))).toContain('incident');
  });
});

describe('the office\'s orders and notices, not reports (sender of no unit)', () => {
  it.each([
    '收到，马坊村请做好续报，镇领导已到场',
    '@清河村 人数再核实一下，续报报准确数字',
    '@凤凰社区 昨晚情况今早9点前书面续报。供热公司负责人已到现场。',
    '马坊村要第一时间把人稳住，续报每小时一次。',
    '乡领导已到县信访局，请马坊村把参与人员名单发给我',
    '【通报】9月30日至10月2日，全镇共发生集体访1起（马坊村，15人），个别访1起，其余各村均为零报告。',
    '通知：养殖合作社集资款协调会定于1月5日上午9点在县信访局三楼召开，杨树、马坊村支书参加。',
    '去年元宵马坊那边两个角头打架，还有人去县里闹，大家都还记得。今年各村要提前做好预案，别再出这种事。',
  ])('%s', (text) => {
    expect(kinds(parse(text, null))).toEqual(['chatter']);
  });

  it('the office posting units\' zero reports sent to it by phone still files them', () => {
    expect(kinds(parse('杨树、马坊今天零报告（那边信号不好，电话发给我的，我代发）', null))).toEqual(['zero_report', 'zero_report']);
  });
});

describe('the unsafe zero reports of holdout 185 (first run), as families', () => {
  it('a key persons\' list entry with the day and home right after the name (此里在本地打零工)', () => {
    const r = parse('杨树村重点人员动态：张光明今天在家，情绪稳定；此里在本地打零工，无异常。');
    expect(kinds(r)).toEqual(['key_person']);
    expect(only(r, 'key_person').persons.map((p) => p.name)).toContain('此里');
  });

  it('not a field\'s time word (现状：目前在家)', () => {
    expect(JSON.stringify(parse('杨树村重点人员动态\n姓名：邱某娣\n现状：目前在家').reports)).not.toContain('目前');
  });

  it.each(['杨树零报告 就是有个人今天跑出去了 电话不接 不晓得克哪点了', '杨树零报告，丰玉英早上出门，不知道去哪了'])('someone gone, unnamed or of a surname not listed, is no zero report: %s', (text) => {
    const r = parse(text);
    expect(kinds(r)).toEqual(['key_person']);
    expect(r.warnings).toContain('self_contradiction');
  });

  it('where to collect money is no one missing (不知道去哪领)', () => {
    expect(kinds(parse('杨树零报告，有人打电话来问补偿款的事，不知道去哪领'))).toEqual(['zero_report']);
  });
});

describe('one named key person\'s threat is that person\'s state, not an incident', () => {
  it.each([
    '马坊村王有福今个又说了 县上10月底不给他征地的钱 他就去北京 现在在家着哩 村上看着',
    '杨树村李根生今天又嚷嚷要上北京 说淀里不让打鱼了咋着活 俺们书记在他家坐着呢',
  ])('%s', (text) => {
    const r = parse(text);
    expect(kinds(r)).toEqual(['key_person']);
    expect(only(r, 'key_person').persons[0]).toMatchObject({ state: 'abnormal', escalation: 'beijing' });
  });

  it('a threat said on the way stays an incident (搭班车往区里，扬言要去区信访局)', () => {
    expect(kinds(parse('【即时报告】杨树村裴某强今早搭班车往区里，扬言要去区信访局反映补偿，村支书已开车追赶。'))).toContain('incident');
  });

  it('a group\'s threat stays an incident (黄某平几个…人数5个)', () => {
    expect(kinds(parse('杨树村零报告，不过黄某平几个又在村部门口坐起的，说补偿不解决就去市里，人数5个'))).toContain('incident');
  });
});

describe('a going shouted is a threat (嚷嚷要上北京), a scene\'s demand is not (到场部吵着要地)', () => {
  it('到场部吵着要地 stays an incident', () => {
    expect(kinds(parse('杨树有3个村民（符某英和她两个亲戚）到林场场部吵着要地，场部报了派出所，村干部已过去'))).toContain('incident');
  });

  it('嚷嚷要上北京 is a threat', () => {
    expect(only(parse('杨树村李根生今天又嚷嚷要上北京 俺们书记在他家坐着呢'), 'key_person').persons[0]).toMatchObject({ modality: 'threat' });
  });
});

describe('the day\'s matter filed earlier and since calmed, beside a zero report (holdout 188\'s unsafe case)', () => {
  it('龙舟那个事上午已经报过了，已平息: an incident, no zero report', () => {
    const r = parse('杨树村零报告，龙舟那个事上午已经报过了，已平息。');
    expect(kinds(r)).toEqual(['incident']);
    expect(r.warnings).toContain('self_contradiction');
  });

  it('yesterday\'s matter filed this morning leaves the zero report (昨晚的事早上已经报过了)', () => {
    expect(kinds(parse('杨树村零报告 昨晚的事早上已经报过了'))).toEqual(['zero_report']);
  });

  it('a person\'s matter filed apart leaves it too (王某某的事上午已单独报过，情绪平复了)', () => {
    expect(kinds(parse('杨树村今日零报告（王某某的事上午已单独报过，已劝回家，情绪平复了）'))).toContain('zero_report');
  });
});

describe('the level of a follow-up\'s story told by who settled it or where the matter went', () => {
  it.each([
    ['【终报】杨树村集资户集体访：经县、镇两级做工作，26名集资户已于14:50全部劝返回村。', 'county'],
    ['【终报】马坊村船主集体访：经镇领导、水利站解释禁采政策，8名船主已于17时前全部返回，事态平息。', 'township'],
    ['【终报】索二虎已由村干部从兴州市信访局接回，现在家，情绪平稳。', 'city'],
    ['【终报】杨树村韩宝贵赴京一事处置完毕，21:40接回家中。', 'beijing'],
  ])('%s', (text, level) => {
    expect(only(parse(text), 'incident').escalation).toBe(level);
  });

  it('settled by the township at a scene of the village is no township petition (经镇里协调…已在项目部现场散去)', () => {
    expect(only(parse('续报：杨树村讨薪民工经镇里协调，施工方答应10月5日前结清工钱，民工已在项目部现场散去。'), 'incident').escalation).toBeNull();
  });
});

describe('the unsafe zero reports of holdouts 192 and 193 (first run), as families', () => {
  it('a 藏族 name of common elements (昂文) after a unit and 的', () => {
    expect(only(parse('杨树的昂文今天在家 情绪稳定 无上访苗头'), 'key_person').persons[0]).toMatchObject({ name: '昂文', whereabouts: 'home' });
  });

  it('潮汕 无 for 没 (陈某华还无找着 零报告先报上): missing, no zero report', () => {
    const r = parse('杨树 陈某华还无找着 零报告先报上');
    expect(kinds(r)).toEqual(['key_person']);
    expect(only(r, 'key_person').persons[0]!.state).toBe('abnormal');
  });

  it('a key persons\' form under 【重点人员】 negates of the person (有无进京苗头：暂无), no zero report', () => {
    expect(kinds(parse('【重点人员】杨树村郑某光：\n今日状态：在家\n情绪：稳定\n去向：在本地\n有无进京苗头：暂无'))).toEqual(['key_person']);
  });

  it('going again, meant (讲过两日又要去镇里), is a heading even to the township; an errand is not', () => {
    expect(kinds(parse('杨树零报告 不过郑某某（宅基地那个）讲过两日又要去镇里'))).toEqual(['key_person']);
    expect(kinds(parse('杨树零报告 郑某某又要去镇里买化肥'))).toContain('zero_report');
  });
});

describe('no name found, a person\'s state told: the opening word is the person (妥有福今个在家)', () => {
  it.each([
    ['杨树重点人员妥有福（征地补偿的事）今个在家着哩 跟他谝了一阵 情绪稳定', '妥有福'],
    ['刘德旺这会在家睡了 俺们两个人在门口轮流盯着 没动静', '刘德旺'],
    ['穆哈三今天在家，阿訇去他家坐了坐，情绪稳定', '穆哈三'],
  ])('%s', (text, name) => {
    expect(only(parse(text), 'key_person').persons[0]!.name).toBe(name);
  });

  it.each(['杨树村民都在家过节，今日零报告', '即时报告：杨树村老围屋今天上午发生火灾，无人员伤亡，群众情绪稳定'])('not a place or the end of 村民: %s', (text) => {
    expect(kinds(parse(text))).not.toContain('key_person');
  });
});

describe('someone of ours gone along with another group (holdout 197\'s unsafe case)', () => {
  it('有3个原南川煤业的老工人今天也跟着去了县人社局 beside 零报告 is an incident', () => {
    const r = parse('杨树村今天零报告。说明一下：额村有3个原南川煤业的老工人今天也跟着去了县人社局，现在已经跟大伙一起回来了。');
    expect(kinds(r)).toEqual(['incident']);
    expect(only(r, 'incident').escalation).toBe('county');
  });
});

describe('a unit not on the roster named before 零报告 later in the message is asked about, not filed as the sender\'s', () => {
  it('听说外乡后柳村有人去市里了，跟咱石板村没关系，石板村零报告', () => {
    const r = parse('听说外乡后柳村有人去市里了，跟咱石板村没关系，石板村零报告');
    expect(r.reports).toEqual([{ kind: 'zero_report', unit: null, date: '2026-11-20' }]);
    expect(r.warnings).toContain('unknown_unit');
  });

  it.each(['今天没事，本村零报告', '大家好，隔壁村零报告'])('not 本村 or 隔壁村: %s', (text) => {
    expect(parse(text).reports[0]).toMatchObject({ kind: 'zero_report', unit: '杨树村' });
  });
});

describe('the own unit\'s report said as usual, and disowning without 的', () => {
  it('俺村今天照常零报告 is the report; 今天照常零报告 alone is the practice talked of', () => {
    expect(kinds(parse('大窑镇北泊子村那边有人闹海域的事，跟俺杨树村没关系，俺村今天照常零报告'))).toEqual(['zero_report']);
    expect(kinds(parse('今天照常零报告，过节不放岗。'))).toEqual(['chatter']);
  });

  it('不是咱东沙城 ends its clause: another place\'s news', () => {
    expect(kinds(parse('听人说沙城那边有人去北京了 不是咱东沙城 咱村零报告'))).toEqual(['zero_report']);
  });

  it('不是我们能拦住的 is what we could do, not a disowning: the incident stays', () => {
    expect(kinds(parse('杨树村今天有3人去县信访局了，不是我们能拦住的'))).toEqual(['incident']);
  });
});
