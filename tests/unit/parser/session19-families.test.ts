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

describe('an upset said again (情绪又有点波动) is an upset, beside 零报告 too', () => {
  it.each(['杨树村零报告，王某某今天情绪又有点波动 在家', '杨树村零报告，王某某今天情绪也有些激动'])('%s', (text) => {
    const r = parse(text);
    expect(kinds(r)).toEqual(['key_person']);
    expect(only(r, 'key_person').persons[0]!.state).toBe('abnormal');
  });
});

describe('the office asking named units to report (请于今晚前补报…零报告) files nothing', () => {
  it.each(['马坊村、清河村：请于今晚前补报9月23日零报告。', '有情况报日研判或即时报告，没情况报零报告，模板看群公告。', '马坊村以后要核实清楚再报零报告！'])('%s', (text) => {
    expect(kinds(parse(text, null))).toEqual(['chatter']);
  });

  it('the office\'s own relay of two units\' zero reports stays theirs (…今日零报告，请领导审阅)', () => {
    expect(kinds(parse('马坊村、清河村今日零报告，请领导审阅', null))).toEqual(['zero_report', 'zero_report']);
  });

  it('the office reporting for a unit whose cadres are away is that unit\'s report (代马坊村报：今日零报告，刘书记在区里开会)', () => {
    expect(only(parse('代马坊村报：今日零报告，刘书记在区里开会', null), 'zero_report').unit).toBe('马坊村');
  });
});

describe('another\'s zero report quoted, forwarded or replied to is not this message\'s', () => {
  it.each([
    ['转：『马坊村今天零报告』\n——清河村今天也是零报告。', '清河村'],
    ['@马坊村 你们昨天发的“马坊村今日零报告，歌场已收场”我们也照这个格式报：清河村今日零报告', '清河村'],
  ])('%s files %s only', (text, unit) => {
    const r = parse(text, unit);
    expect(r.reports.map((x) => (x.kind === 'zero_report' ? x.unit : x.kind))).toEqual([unit]);
  });

  it('a reply quoting a zero report, then thanks, files nothing (回复 马坊村：“马坊村今天零报告” 收到，辛苦)', () => {
    expect(kinds(parse('回复 马坊村：“马坊村今天零报告” 收到，辛苦', null))).not.toContain('zero_report');
  });
});

describe('a counted group opening its clause without 有 (杨树村五个村民去区里了) is an incident', () => {
  it.each([
    ['杨树村五个村民去区里了 为了补偿 镇里已经派人去了', 'county', 5],
    ['杨树村今天5个人去县里了', 'county', 5],
  ])('%s', (text, level, people) => {
    expect(only(parse(text), 'incident')).toMatchObject({ escalation: level, people });
  });

  it('going on past the level to a place of it is no petition (几个村民去了市里的餐厅)', () => {
    expect(kinds(parse('杨树零报告，几个村民去了市里的餐厅'))).toEqual(['zero_report']);
  });
});

describe('a phone number is no call to 12345 (驻村干部：潘国华 13857712345)', () => {
  it('a zero report signed with a phone holding 12345 stays a zero report', () => {
    expect(kinds(parse('杨树村零报告\n杨树村民委员会  驻村干部：潘国华  13857712345'))).toEqual(['zero_report']);
  });
  it('a call to 12345 is still news (居民打12345投诉物业)', () => {
    expect(kinds(parse('杨树村零报告，今天有居民打了12345投诉物业'))).not.toContain('zero_report');
  });
});

describe('traffic held up by vehicles is no blockade (烧香的车堵了半天)', () => {
  it.each(['杨树村今天没事 零报告 就是去大庙烧香的车堵了半天', '杨树村零报告，建材公司的车在小区门口卸货堵了一下路，已疏通没事'])('%s', (text) => {
    expect(kinds(parse(text))).toEqual(['zero_report']);
  });
  it('people blocking a road with their tricycles still are (村民用三轮车堵住了进场道路)', () => {
    expect(kinds(parse('杨树村零报告，今天上午十几个村民用三轮车堵住了进场道路'))).not.toContain('zero_report');
  });
});

describe('a quarrel near blows (吵到要打, 吵翻了) beside 零报告 is the day\'s news', () => {
  it.each(['杨树零报告 不过今早有两兄弟为宅基地吵到要打 村干去劝了 暂时没事', '杨树零报告 两家为地界吵翻了'])('%s', (text) => {
    const r = parse(text);
    expect(kinds(r)).toEqual(['incident']);
  });
});

describe('a matter of early this morning settled (凌晨…吵架的事已经处理好了) is the day\'s, not one known before', () => {
  it('凌晨 is today', () => {
    expect(kinds(parse('杨树村零报告，凌晨老码头那边吵架的事已经处理好了'))).toEqual(['incident']);
  });
  it('昨天 is not', () => {
    expect(kinds(parse('杨树村零报告，昨天老码头那边吵架的事已经处理好了'))).toEqual(['zero_report']);
  });
});

describe('the one excepted from the others\' calm (除贺二毛外其他正常) is a key person not calm', () => {
  it.each([
    ['杨树村今天除贺二毛外其他正常，零报告', '贺二毛'],
    ['杨树村今天除了贺二毛，其他都正常，零报告', '贺二毛'],
    ['今日零报告（除胡某兵外其他人员均稳定，胡某兵下午情绪激动）', '胡某兵'],
  ])('%s names %s', (text, name) => {
    const r = parse(text);
    expect(kinds(r)).toEqual(['key_person']);
    expect(only(r, 'key_person').persons).toEqual([expect.objectContaining({ name, state: 'abnormal' })]);
  });
});

describe('a name before 这会儿 or a correction\'s 不是要 (朱成山这会儿在家里…说十一要上北京)', () => {
  it('the threat with a day named is the person\'s, at home', () => {
    const r = parse('朱成山这会儿在家里 喝了点酒 骂骂咧咧的 说十一要上北京 我们几个人轮流看着', '杨树村', '2026-09-28T15:00:00+08:00');
    expect(only(r, 'key_person').persons[0]).toMatchObject({ name: '朱成山', state: 'abnormal', whereabouts: 'home', escalation: 'beijing' });
  });
  it('a correction of the level is the person\'s, not an incident', () => {
    const r = parse('更正 朱成山不是要进京 是说要去省里 人还在家', '杨树村', '2026-09-28T15:00:00+08:00');
    expect(only(r, 'key_person').persons[0]).toMatchObject({ name: '朱成山', whereabouts: 'home', escalation: 'province' });
  });
});

describe('nobody said with a question word (冇得哪个克上访) asks nothing', () => {
  it('黄江今天冇得哪个克上访 都在屋头 零报告 is a zero report', () => {
    expect(kinds(parse('杨树今天冇得哪个克上访 都在屋头 零报告'))).toEqual(['zero_report']);
  });
  it('a question with 谁 is still one (今天有谁去县里了吗)', () => {
    expect(kinds(parse('今天有谁去县里了吗'))).toEqual(['chatter']);
  });
});

describe('a rumour refuted up to its refuting words (群里传的…上访一事不属实) is no incident', () => {
  it.each(['经核实，群里传的杨树村村民去北京上访一事不属实，杨树村今日零报告。', '听说杨树有人去县里了，经核实是误传，零报告'])('%s', (text) => {
    expect(kinds(parse(text))).toEqual(['zero_report']);
  });
});

describe('an alias inside a road\'s name or after a far city is no unit (金竹路, 者冲路口, 广州新塘)', () => {
  it.each([
    '杨树村今日零报告。另：县城马坊路收购点今天有人吵架，跟我们没关系',
    '凤凰路口菜市场今天人多车多，交警在疏导，村里无其他情况，零报告。',
    '网上在传广州清河那边也有老板跑路、工人堵路，跟我们这边没关系。杨树村零报告',
  ])('%s is the sender\'s zero report', (text) => {
    const r = parse(text);
    expect(r.reports).toEqual([expect.objectContaining({ kind: 'zero_report', unit: '杨树村' })]);
  });
});

describe('a drain blocked (下水道堵了) is no blockade', () => {
  it('stays a zero report', () => {
    expect(kinds(parse('杨树村今天零报告。3栋的下水道堵了，物业在弄。'))).toEqual(['zero_report']);
  });
});

describe('news quoted at the start, then said to be old or another\'s, is not this message\'s', () => {
  it.each([
    '「马坊村8名业主前往县信访局集体上访」——这是15号的事，已经终报了。杨树村今天零报告',
    '【转发】“马坊村二十余名工人聚集在厂门口讨要工资”——这是15号的首报，已经处理完了。今天杨树零报告',
  ])('%s', (text) => {
    expect(parse(text).reports).toEqual([expect.objectContaining({ kind: 'zero_report', unit: '杨树村' })]);
  });
  it('a threat quoted inside its sentence stays (王某某扬言“再不给钱就去北京”——情绪激动)', () => {
    expect(only(parse('王某某扬言“再不给钱就去北京”——情绪激动'), 'key_person').persons[0]).toMatchObject({ state: 'abnormal', escalation: 'beijing' });
  });
});

describe('湘北 克哒 (去了) and a group counted after 咯/这/那', () => {
  it('马坊村咯几个退捕的渔民克哒镇政府 … 五个人 is a township incident', () => {
    expect(only(parse('马坊村咯几个退捕的渔民克哒镇政府 港渔船回收款冇到 五个人 村里派人克接哒', '马坊村'), 'incident')).toMatchObject({ unit: '马坊村', escalation: 'township', collective: true });
  });
});

describe('the office telling how to report (无情况的报零报告即可) files nothing', () => {
  it('is chatter', () => {
    expect(kinds(parse('回复马坊村：无情况的报零报告即可；有矛盾纠纷、重点人员动态的，按日研判格式报。', null))).toEqual(['chatter']);
  });
});

describe('the zero report talked of by the office (别光报零报告, 不再报零报告, 零报告俺来发) files none', () => {
  it.each([
    '回复马坊：有重点人员动态的单独报动态，不再报零报告。',
    '@马坊村 @清河村 恁两个村今天把重点人员见面情况报一下，别光报零报告。',
    '马坊村以后有情况要如实报，不能先报零再说',
    '今儿三八节 妇女干部都歇歇 零报告俺来发 哈哈',
  ])('%s', (text) => {
    expect(kinds(parse(text, null))).not.toContain('zero_report');
  });
});

describe('粤西 吵交 and 镇府', () => {
  it('两家为猪栏占路吵交 is the day\'s quarrel', () => {
    expect(kinds(parse('杨树今日下昼两家为猪栏占路吵交 村调委已经调好咗'))).toEqual(['incident']);
  });
  it('去镇府门口讨工钱 went to the township', () => {
    expect(only(parse('杨树几个糖厂工人 5个 去镇府门口讨工钱 镇里在接待'), 'incident').escalation).toBe('township');
  });
});

describe('纳西族 surnames that are everyday words (和建国, 木春花), read where a name may begin', () => {
  it.each([
    ['和建国今天在家，情绪平稳多了，说等县里公示', '和建国'],
    ['杨树村重点人员动态：和建国，在家，情绪平稳；和玉兰，在景区务工，稳定。', '和建国'],
    ['杨树村那个和金宝今天又喝了酒在客栈门口骂人 扬言要去市里告房东 已经劝回家了', '和金宝'],
    ['杨树村重点人员动态：木春花，因林地承包问题曾到县上访，今日在家务农，情绪稳定，无异常。', '木春花'],
  ])('%s names %s', (text, name) => {
    const r = parse(text);
    expect(kinds(r)).toEqual(['key_person']);
    expect(only(r, 'key_person').persons.map((p) => p.name)).toContain(name);
  });

  it.each(['杨树村零报告，村干部和家属今天都在家陪着', '杨树零报告，木材厂今天照常开工'])('no name in %s', (text) => {
    expect(kinds(parse(text))).toEqual(['zero_report']);
  });
});

describe('a crowd gathered (聚到一起) or counted after who they are (沉陷区的人 4个人 到镇里来了) is the day\'s incident', () => {
  it('有二十几个工人聚到一起 说要找厂里要说法', () => {
    expect(only(parse('杨树磷化厂门口晚上有二十几个工人聚到一起 说要找厂里要说法 村里跟派出所都去了'), 'incident')).toMatchObject({ collective: true });
  });
  it('两户沉陷区的人 4个人 到镇里来了', () => {
    expect(only(parse('杨树两户沉陷区的人 4个人 到镇里来了 说房子裂缝鉴定不公 镇里接待着呢'), 'incident')).toMatchObject({ escalation: 'township', people: 4 });
  });
});

describe('the office reporting for a unit (替老五队报一下：…零报告) is the unit\'s report', () => {
  it('替马坊村报一下：今天没甚事，零报告。书记在县里开会手机没电了', () => {
    expect(only(parse('替马坊村报一下：今天没甚事，零报告。书记在县里开会手机没电了', null), 'zero_report').unit).toBe('马坊村');
  });
});

describe('a quote that says it is one (「引用 …」, 【引用 …】, > …) is blanked, 更正 inside it too', () => {
  it('「引用 马坊村：【首报】…23人前往县信访局」\\n我们杨树今天没人出去，零报告', () => {
    expect(parse('「引用 马坊村：【首报】石门公司原厂职工23人前往县信访局」\n我们杨树今天没得人出去，零报告').reports).toEqual([expect.objectContaining({ kind: 'zero_report', unit: '杨树村' })]);
  });
  it('【引用 马坊村：更正：…去县信访局…】\\n这个人这几天怎么样了？ asks, files nothing', () => {
    expect(kinds(parse('【引用 马坊村：更正：马坊村今天不是零报告，村民刘二小去县信访局】\n这个人这几天怎么样了？马坊说一下', null))).toEqual(['chatter']);
  });
});

describe('a fight between parties said 干起来了 (东北, 内蒙古) is the day\'s incident; work begun is not', () => {
  it('两家为了抢着拉秸秆在道上干起来了', () => {
    expect(kinds(parse('杨树两家为了抢着拉苞米秸秆在道上干起来了 村干部给拉开了'))).toEqual(['incident']);
  });
  it('大棚项目今天干起来了 stays a zero report', () => {
    expect(kinds(parse('杨树零报告，大棚项目今天干起来了'))).toEqual(['zero_report']);
  });
});

describe('aliases inside a trading firm, a far city or another township\'s 嘎查 name no unit', () => {
  it('东兴粮贸欠的玉米款 (a firm named X贸)', () => {
    const r = parse('杨树村今日零报告。另外马坊粮贸欠的玉米款还没给，包金山说过完节就领人去县里要钱。');
    expect(r.reports.every((x) => !('unit' in x) || x.unit === '杨树村')).toBe(true);
  });
  it('阿古拉镇清河花嘎查有人上北京了 咱杨树没事 零报告 (another township\'s 嘎查)', () => {
    expect(parse('阿古拉镇清河花嘎查有人上北京了 咱杨树没事 零报告').reports.map((x) => ('unit' in x ? x.unit : x.kind))).not.toContain('清河村');
  });
});

describe('last year\'s money owed (讨去年的薰衣草收购款) dates the money, not the going', () => {
  it('a plan to take it up is today\'s threat, never a zero report', () => {
    const r = parse('杨树村5月26日零报告。\n重点人员马福海今天在场部说，古尔邦节过完要带种植户去县里讨去年的薰衣草收购款，已安排专人做工作。', '杨树村', '2026-05-26T16:00:00+08:00');
    expect(kinds(r)).toEqual(['key_person']);
    expect(only(r, 'key_person').persons[0]).toMatchObject({ state: 'abnormal', escalation: 'county' });
  });
  it('前年因山场补偿到市里上访的几户 stays the past', () => {
    expect(kinds(parse('杨树村零报告。前年因山场补偿到市里上访的几户，补偿款早已发放到位，这几天都很平稳。'))).toEqual(['zero_report']);
  });
});

describe('unsafe zero reports of holdouts 240-242, read after their first runs', () => {
  it('a threat whose matter is still being worked on stands (吴某某港要克北京的事还在做工作)', () => {
    const r = parse('杨树村今天零报告，吴某某港要克北京的事还在做工作。');
    expect(kinds(r)).toEqual(['key_person']);
    expect(only(r, 'key_person').persons[0]).toMatchObject({ name: '吴某某', state: 'abnormal', escalation: 'beijing' });
  });
  it('a person\'s matter of the day filed apart, the person still away, is the day\'s news (马某某那个事是上午的，已经单独报了，人在回来的路上)', () => {
    expect(kinds(parse('杨树村今天零报告。马某某那个事是上午的，已经单独报了，人在回来的路上。'))).toEqual(['key_person']);
  });
  it('closed and home, it leaves the zero report (王某某的事上午已单独报过，已劝回家，情绪平复了)', () => {
    expect(kinds(parse('杨树村今日零报告（王某某的事上午已单独报过，已劝回家，情绪平复了）'))).toContain('zero_report');
  });
  it('names before how many key persons they are (盘亚生、赵妹凤2名重点人员今日均在村) are the key persons', () => {
    const r = parse('杨树村盘亚生、赵妹凤2名重点人员今日均在村，无异常。');
    expect(kinds(r)).toEqual(['key_person']);
    expect(only(r, 'key_person').persons.map((p) => p.name)).toEqual(['盘亚生', '赵妹凤']);
  });
});

describe('from holdouts 232 and 243, read after their first runs', () => {
  it('a place and 那边 is no name of three (马坊那边去区里了)', () => {
    const r = parse('马坊那边有人去区里上访了，俺杨树这边一切正常');
    for (const k of r.reports) if (k.kind === 'key_person') expect(k.persons.map((p) => p.name)).not.toContain('马坊那');
  });
  it('【转】“…”——此事昨天已终报。 is another\'s news quoted', () => {
    expect(kinds(parse('【转】“马坊村23名村民到区信访局集体上访”——此事昨天已终报。杨树村今日零报告。'))).toEqual(['zero_report']);
  });
  it('[引用 …] in square brackets is a quote too', () => {
    expect(kinds(parse('[引用 马坊村：【首报】马坊村搬迁户23人今早包了一辆中巴到区信访局集体上访…]\n收到，王镇长已出发', null))).not.toContain('incident');
  });
  it('the office asking the others to follow a quoted report\'s form files nothing (请其他村参照这个格式报)', () => {
    expect(kinds(parse('转马坊村昨天的报告：“马坊村9月13日零报告：无进京、赴省、到市、到区上访”，请其他村参照这个格式报。', null))).toEqual(['chatter']);
  });
  it('夜里个 (皖北) is 昨天', () => {
    expect(only(parse('夜里个杨树零报告忘发了 现在补上', '杨树村', '2027-09-18T10:00:00+08:00'), 'zero_report').date).toBe('2027-09-17');
  });
});

describe('连 and 暴 before 某 are surnames (山西: 西沟连某某在家, 谷丰暴某某在家嘞)', () => {
  it.each([
    ['杨树连某某在家 稳定 包保人见了', '连某某'],
    ['杨树暴某某在家嘞 问了几回收购款 没说要去哪', '暴某某'],
  ])('%s names %s', (text, name) => {
    expect(only(parse(text), 'key_person').persons[0]).toMatchObject({ name, state: 'stable', whereabouts: 'home' });
  });
  it('连续, 暴雨 stay words', () => {
    expect(kinds(parse('杨树村零报告，连续暴雨，村里都在家'))).toEqual(['zero_report']);
  });
});
