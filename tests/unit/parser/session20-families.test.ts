import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../../src/parser/parse-message.js';
import { kinds, only, parse, SENT } from './helpers.js';

// Families from holdouts read in the twentieth session (after their first runs), each tried on invented variants.

describe('people blocking boats, a quay or a gate (堵船, 堵码头, 堵厂门) is an incident; boats jammed are not', () => {
  it.each([
    '杨树村堵船的事下午已经散了 其他没情况',
    '杨树村今天十几个渔民堵码头 下午散了',
    '马坊村几户人家堵了校门，已劝散',
  ])('%s: an incident, never a zero report', (text) => {
    const r = parse(text);
    expect(kinds(r)).toContain('incident');
    expect(kinds(r)).not.toContain('zero_report');
  });

  it('boats jammed in a channel (河道里船堵了) block nothing: the zero report stands', () => {
    expect(kinds(parse('河道里船堵了 过不去 今日零报告'))).toEqual(['zero_report']);
  });
});

describe('the office answering how to report (有情况就不是零报告) is a rule, not a zero report', () => {
  it.each([
    ['刚才有人问：“零报告能不能同时报即时报告？”答复：有情况就不是零报告，直接报即时报告。', null],
    ['有情况的不算零报告，要报即时报告', null],
    ['有人问有情况还能报零报告吗，有情况就不是零报告了', '杨树村'],
  ])('%s', (text, sender) => {
    expect(kinds(parse(text, sender))).toEqual(['chatter']);
  });
});

describe('a unit said calm as 这边没事 or 都好好的, beside hearsay of elsewhere, is its zero report', () => {
  it.each([
    '听说隔壁镇有人去市里了 不晓得真假 杨树这边没事',
    '刚才听人讲隔壁青山镇有几个人去了市里 我问了他们村干部 讲没这回事 我们杨树村都好好的',
    '我们马坊村没事',
  ])('%s', (text) => {
    expect(kinds(parse(text, text.includes('马坊') ? '马坊村' : '杨树村'))).toEqual(['zero_report']);
  });

  it('calm said beside a person gone is no zero report', () => {
    expect(kinds(parse('杨树村这边没事，就是李某某又去县里了'))).not.toContain('zero_report');
  });
});

describe('trouble that stopped (没再闹了, 冇再吵) leaves the person calm', () => {
  it('杨树村今日零报告 胡某某下午做通了工作 现在在屋里冇再闹了', () => {
    const r = parse('杨树村今日零报告 胡某某下午做通了工作 现在在屋里冇再闹了');
    expect(kinds(r)).toContain('zero_report');
    expect(only(r, 'key_person').persons[0]).toMatchObject({ name: '胡某某', state: 'stable', whereabouts: 'home' });
  });

  it('胡某某现在在家没再吵了', () => {
    expect(only(parse('胡某某现在在家没再吵了'), 'key_person').persons[0]).toMatchObject({ state: 'stable', whereabouts: 'home' });
  });
});

describe('on the way back (往回走) is away, and news of the person', () => {
  it.each(['刘某某已经被县工作组接上车往回走了 估计夜里到屋', '王某某到县里后又往回走了'])('%s', (text) => {
    expect(only(parse(text), 'key_person').persons[0]).toMatchObject({ state: 'stable', whereabouts: 'away' });
  });
});

describe('what was reported before, owned wrong after the right words (前报“情绪激动”系误报), is left out', () => {
  it.each([
    '更正：杨树村江某某情况，应为“情绪稳定，在家”，前报“情绪激动”系误报。',
    '更正：江某某应为情绪稳定，在家，前报情绪激动有误',
    '更正：江某某在家，情绪稳定，原报外出不对',
  ])('%s', (text) => {
    const r = only(parse(text), 'key_person');
    expect(r.correction).toBe(true);
    expect(r.persons[0]).toMatchObject({ name: '江某某', state: 'stable', whereabouts: 'home' });
  });
});

describe('a follow-up headed as the key person’s (【重点人员续报】) is the person’s news, not an incident', () => {
  it.each([
    '【重点人员续报】杨树村邵某某已由驻京劝返组带回，现在家中，情绪稳定，村里安排专人陪护。',
    '重点人员续报：邵某某已接回，在家',
  ])('%s', (text) => {
    const r = parse(text);
    expect(kinds(r)).toEqual(['key_person']);
    expect(only(r, 'key_person').persons[0]).toMatchObject({ name: '邵某某', whereabouts: 'home' });
  });

  it('a plain 续报 of a person brought back from Beijing stays the incident’s follow-up too', () => {
    expect(kinds(parse('续报：杨树村邵某某已由驻京劝返组带回，现在家中，情绪稳定。'))).toEqual(['key_person', 'incident']);
  });
});

describe('the abnormal figure said after the key persons’ word (重点人员异常0人, 异常冇得)', () => {
  it('重点人员异常0人 is no key-person total', () => {
    const r = only(parse('杨树村研判：重点人员异常0人，总体平稳'), 'daily_assessment');
    expect(r.counts).toEqual({ keyPersonsAbnormal: 0 });
  });

  it('异常冇得 is 0 abnormal', () => {
    const r = only(parse('杨树19号研判 排查一起 化解一起 重点人员三个 异常冇得 平稳'), 'daily_assessment');
    expect(r.counts).toEqual({ disputesFound: 1, disputesResolved: 1, keyPersons: 3, keyPersonsAbnormal: 0 });
  });
});

describe('a given name of 才 after 某 (罗某才在家), not the adverb before a verb (王某才回来)', () => {
  it.each(['罗某才在家，情绪稳定', '杨树村罗某才今日情绪激动', '罗某才今天又在说咖啡款的事，情绪波动'])('%s names 罗某才', (text) => {
    expect(only(parse(text), 'key_person').persons[0]!.name).toBe('罗某才');
  });

  it('王某才回来，情绪稳定 names 王某', () => {
    expect(only(parse('王某才回来，情绪稳定'), 'key_person').persons[0]!.name).toBe('王某');
  });
});

describe('a row with another place’s people (跟马坊的人吵) is an incident, never a zero report', () => {
  it('杨树零报告 但是普某英今天早上又跑克茶地里跟马坊的人吵 被我们拉回来了', () => {
    const r = parse('杨树零报告 但是普某英今天早上又跑克茶地里跟马坊的人吵 被我们拉回来了');
    expect(kinds(r)).toEqual(['incident']);
    expect(r.warnings).toContain('self_contradiction');
  });

  it('not one the speaker does not want (他说不想跟村里的人吵)', () => {
    expect(kinds(parse('他说不想跟村里的人吵'))).toEqual(['chatter']);
  });
});

describe('people fetched back from a level (上午到市里的2人已接回) went there to petition, unless an errand is named', () => {
  it.each(['杨树村今日零报告（上午到市里的2人已接回）', '2个村民到市里，已接回'])('%s', (text) => {
    const r = parse(text);
    expect(kinds(r)).toEqual(['incident']);
    expect(only(r, 'incident')).toMatchObject({ escalation: 'city', people: 2 });
  });

  it('王某某到市里看病，已接回 is an errand', () => {
    expect(only(parse('王某某到市里看病，已接回'), 'key_person').persons[0]).toMatchObject({ state: 'stable', escalation: null });
  });
});

describe('people blocking a road being built (克堵高速施工便道) or stopping a vehicle (把施工车拦了)', () => {
  it.each([
    '杨树村寨子二三十个人克堵高速施工便道了 说取土场压了他们的水田 我们在现场劝',
    '十几个村民在风电场检修道上把施工车拦了 说不给租金不让干 派出所到了',
  ])('%s: a collective incident', (text) => {
    expect(only(parse(text), 'incident').collective).toBe(true);
  });

  it('a follow-up of the blockade keeps it collective', () => {
    expect(only(parse('终报：堵便道的村民已全部散去，施工方同意明天一起丈量水田，便道已恢复通行'), 'incident').collective).toBe(true);
  });

  it('a blockade settled on a day before (元旦那天堵便道的事已经解决) leaves the zero report', () => {
    expect(kinds(parse('杨树村零报告。元旦那天堵便道的事已经解决，租金昨天全部到账，今儿施工正常。'))).toEqual(['zero_report']);
  });
});

describe('a past told in brackets of its own after the zero report (零报告。（去年国庆…）)', () => {
  it.each([
    '杨树村9月15日零报告。（去年国庆有村民赴省上访的情况今年未再发生）',
    '杨树村7月27日零报告。（说明：前年火把节期间社区曾有1人进京，今年已提前稳控，今日无进京赴省到市上访。）',
    '杨树村10月1日零报告。（2025年国庆期间我村发生的1起集体访已于当年化解，今年无反复。）',
  ])('%s is the zero report', (text) => {
    expect(kinds(parse(text))).toEqual(['zero_report']);
  });

  it('a year before is past, but not the year of money owed (讨要2025年清林工资)', () => {
    expect(kinds(parse('今天上午12名季节工到场部讨要2025年清林工资，情绪比较激动'))).toEqual(['incident']);
  });
});

describe('the office’s form to copy (零报告格式：XX村X月X日零报告) asks the bot nothing', () => {
  it('@所有人 零报告格式：XX村X月X日零报告：…', () => {
    expect(kinds(parse('@所有人 零报告格式：XX村X月X日零报告：无进京赴省到市上访，无集体访。报告人：XXX', null))).toEqual(['chatter']);
  });

  it('a unit asking the bot for the form still asks (@机器人 零报告模板发一个，俺们照着填)', () => {
    expect(only(parse('@机器人 零报告模板发一个，俺们照着填'), 'command').name).toBe('help');
  });
});

describe('news said to be not ours, not key, refuted or advice', () => {
  it('a rumour from the group refuted (群里说…，核实了是谣言)', () => {
    expect(kinds(parse('刚才群里说小营子有人进京，核实了是谣言，大家别再传了。', null))).toEqual(['chatter']);
  });

  it('advice to the villagers (提醒村民：有诉求可…到乡…反映) beside the zero report', () => {
    expect(kinds(parse('杨树村零报告。提醒村民：有诉求可拨打12345热线或到乡矛调中心反映，不要越级。'))).toEqual(['zero_report']);
  });

  it('another township’s village told apart from ours (跟咱杨树村不是一回事)', () => {
    expect(kinds(parse('柳条沟乡新安堡村今天有人去县里了，跟咱杨树村不是一回事，别搞混了。'))).toEqual(['chatter']);
  });

  it('someone said to be no key person (不是重点人员)', () => {
    expect(kinds(parse('杨树村零报告。另：村民张某在陕西榆林打工，今天打电话说国庆不回来了，不是重点人员。'))).toEqual(['zero_report']);
  });

  it('the owing side (经营者周某补交拖欠的租金) is no key person', () => {
    expect(kinds(parse('今天上午杨树村9名村民到民宿门口堵门，要求经营者周某补交拖欠的房屋租金，派出所民警已到场'))).toEqual(['incident']);
  });

  it('a missing person named after 失联人员 is named', () => {
    expect(only(parse('杨树村失联人员赵长海已找到，在市信访局门口，正在劝返'), 'key_person').persons[0]!.name).toBe('赵长海');
  });
});

describe('firms, companions and corrections (holdouts 258 and 259)', () => {
  it('a unit’s alias before a trade’s 业 of two characters (茶岭春茶业) names the firm, not the unit', () => {
    const units = [
      { name: '茶岭村', aliases: ['茶岭'] },
      { name: '白石村', aliases: ['白石'] },
    ];
    const r = parseMessage({ text: '茶岭春茶业欠薪纠纷经镇劳动保障所调解，老板已结清14名工人工资，化解1起。白石村今日总体平稳。', sentAt: new Date(SENT), senderUnit: '白石村' }, units);
    expect(r.reports).toEqual([{ kind: 'daily_assessment', unit: '白石村', date: '2026-11-20', counts: { disputesResolved: 1 }, level: 'stable' }]);
  });

  it('people of ours gone along with another unit’s (跟马坊那边一起去县里了) are ours, never a zero report', () => {
    const r = parse('杨树零报告 另外有3个养殖户跟马坊那边一起去县里了');
    expect(kinds(r)).toEqual(['incident']);
    expect(only(r, 'incident')).toMatchObject({ unit: '杨树村', escalation: 'county', people: 3 });
  });

  it('a plan to take it to the township’s head (要去镇里找书记 网格员在做工作) is the person’s risk', () => {
    expect(only(parse('黄某某讲下午要去镇里找书记 网格员在做工作'), 'key_person').persons[0]).toMatchObject({ state: 'abnormal', escalation: 'township' });
  });

  it('another township’s village told apart (跟咱杨树村不是一回事), but a unit of ours stays its own news', () => {
    expect(kinds(parse('柳条沟乡新安堡村今天有人去县里了，跟咱杨树村不是一回事，别搞混了。'))).toEqual(['chatter']);
    expect(only(parse('马坊村王某某今天去县里了，跟我们不是一回事'), 'key_person').unit).toBe('马坊村');
  });

  it.each([
    ['【重点人员动态】马坊村马尕五，在广州与人合伙开拉面馆。今日情绪激动，扬言过了古尔邦节就去省上上访', '马尕五'],
    ['【重点人员动态】马尕五，马坊村村民，今天14时联系上，本人在兰州，称要去省信访局反映欠款问题', '马尕五'],
    ['杨树村零报告。说明：韩哈克本人称“材料已写好，过两天就去省里”，目前在家，包户干部继续盯守。', '韩哈克'],
  ])('a full name set off by a comma after its unit, or before 本人称 (%s)', (text, name) => {
    const r = parse(text);
    expect(kinds(r)).toContain('key_person');
    expect(only(r, 'key_person').persons[0]).toMatchObject({ name, state: 'abnormal' });
  });

  it('a figure put right with 实际是 or in quotes', () => {
    expect(only(parse('修改：杨树村昨天报的到乡政府反映贴息贷款的是5人，实际是6人。'), 'incident')).toMatchObject({ correction: true, people: 6 });
  });

  it('households of a trade counted one by one (5个拉面户)', () => {
    expect(only(parse('杨树村5个拉面户到乡政府反映贷款政策，乡上已接待'), 'incident')).toMatchObject({ people: 5, collective: true });
  });
});

describe('holdout 261: quotes followed up, the office’s scolding, dialect answers, names', () => {
  it('a quoted line followed up with no subject of its own (> …上访去了\\n已劝返回村了) is the reply’s news', () => {
    const r = parse('> 杨树村有两个人到县里上访去了\n已劝返回村了 其余零报告');
    expect(kinds(r)).toEqual(['incident']);
    expect(only(r, 'incident')).toMatchObject({ escalation: 'county', people: 2 });
  });

  it('another’s zero report quoted and answered (我们也零报告) stays only ours', () => {
    expect(kinds(parse('> 马坊村：今日零报告\n我们也零报告'))).toEqual(['zero_report']);
  });

  it('the office scolding a zero report made too early (以后核实清楚再报) is talk', () => {
    expect(kinds(parse('「杨树村今日零报告」——@杨树村 早上报零，九点多人就到镇上了，以后核实清楚再报！', null))).toEqual(['chatter']);
  });

  it('要得 standing alone is 好的 (杨树村今天零报告 要得)', () => {
    expect(kinds(parse('杨树村今天零报告 要得'))).toEqual(['zero_report']);
  });

  it('阿某某 is a name (藏族, 彝族)', () => {
    expect(only(parse('下坝那个阿某某今天又在闹 扯起喉咙说要去县上 我们几个在他屋头守到的'), 'key_person').persons[0]).toMatchObject({ name: '阿某某', state: 'abnormal', escalation: 'county' });
  });

  it('a name before 返回 (泽仁多吉返回时间应为上午10时) in a correction', () => {
    const r = only(parse('更正：杨树村2月8日重点人员动态，泽仁多吉返回时间应为上午10时，不是中午，在家，情绪稳定。'), 'key_person');
    expect(r.correction).toBe(true);
    expect(r.persons[0]).toMatchObject({ name: '泽仁多吉', state: 'stable', whereabouts: 'home' });
  });
});

describe('holdout 266: 吴语 negation, talked back today, the office acknowledging', () => {
  it.each([
    ['杨树村朱某某今朝去区里办社保 伢村干部陪着去的 勿是上访', 'away'],
    ['周某某今朝平静了 在屋里 勿讲去北京了', 'home'],
  ])('勿是/勿讲 negate (%s)', (text, whereabouts) => {
    const r = parse(text);
    expect(kinds(r)).toEqual(['key_person']);
    expect(only(r, 'key_person').persons[0]).toMatchObject({ state: 'stable', whereabouts, escalation: null });
  });

  it('勿有吵相骂 beside the zero report is none', () => {
    expect(kinds(parse('杨树零报告今朝 伢村里客人多 停车位紧张 勿有吵相骂'))).toEqual(['zero_report']);
  });

  it('a person talked back today (已劝返到家) is no zero report; one 劝回家 or filed on its own leaves it', () => {
    expect(kinds(parse('杨树村零报告。沈阿根下午已劝返到家，家属在陪。'))).toEqual(['key_person']);
    expect(kinds(parse('杨树村今日零报告。段阿鹏已劝回家，包保人在旁边陪着，情绪稳住了。'))).toContain('zero_report');
    expect(kinds(parse('杨树村零报告，玉罕的事上午已单独报过，已劝返回家，情绪平复了'))).toContain('zero_report');
  });

  it('a dispute still being mediated (纠纷仍在调解中) is an old one: the zero report stands', () => {
    expect(kinds(parse('杨树村9月28日零报告，宅基地纠纷仍在调解中，今日无新增情况。'))).toEqual(['zero_report']);
  });

  it.each(['收到，请劳保所牵头，杨树村配合，11点前续报。', '杨树村处置到位，终报收到。'])('the office asking for or acknowledging a follow-up (%s) is talk', (text) => {
    expect(kinds(parse(text, null))).toEqual(['chatter']);
  });

  it('a row at the village office said 吵过了', () => {
    expect(kinds(parse('今朝民宿那户老板娘又来村委吵过了 伢明朝再去调'))).toEqual(['incident']);
  });

  it('another township’s village one character off ours (南埭镇杨数村) is unknown, not a slip on 杨树村', () => {
    const r = parse('南埭镇杨数村零报告');
    expect(only(r, 'zero_report').unit).toBeNull();
    expect(r.warnings).toContain('unknown_unit');
    expect(only(parse('杨数村零报告'), 'zero_report').unit).toBe('杨树村');
  });

  it('a form’s 研判 field is no name (研判\\t稳定可控)', () => {
    expect(kinds(parse('杨树村日研判（10月1日）\n排查矛盾纠纷\t0起\n化解\t1起\n重点人员\t3人\n异常\t0人\n研判\t稳定可控'))).toEqual(['daily_assessment']);
  });
});

describe('holdout 263: the other side of a matter, calls, checks and 晋南 words', () => {
  it.each([
    ['杨树村樊某某今天在家，苹果钱冯某某答应这两天给，情绪平稳了。', '樊某某'],
    ['夜来黑了杜某某喝了酒在村委会门口嚷嚷要去北京告冯某某，俺们劝回去了，现在在家睡下了', '杜某某'],
  ])('the one who owes or is to be sued is no key person (%s)', (text, name) => {
    expect(only(parse(text), 'key_person').persons.map((p) => p.name)).toEqual([name]);
  });

  it('a phone field with no number is what the call said (接群众电话：…拉横幅)', () => {
    expect(only(parse('接群众电话：杨树村有人在镇政府门口拉横幅，七八个人，派出所已到场。', null), 'incident')).toMatchObject({ escalation: 'township', collective: true });
    expect(kinds(parse('杨树村零报告。报告人：王某 联系电话：13900001111'))).toEqual(['zero_report']);
  });

  it('said, then checked and not a petition (上午说有人去镇上上访，核实是来…办低保的)', () => {
    expect(kinds(parse('更正：杨树村上午说有人去镇上上访，核实是来镇便民服务中心办低保的，不属于信访，今日重新上报零报告。'))).toEqual(['zero_report']);
  });

  it('年时 is 去年 (年时五一…那事早就了结了), not in 过年时', () => {
    expect(kinds(parse('杨树村零报告。年时五一村里有人去北京那事早就了结了，今年没动静。'))).toEqual(['zero_report']);
    expect(only(parse('王某某说过年时要去北京'), 'key_person').persons[0]).toMatchObject({ state: 'abnormal', escalation: 'beijing' });
  });

  it('纠纷排了3起 is 3 found; a correction’s bare figure (“化解”一栏应为0)', () => {
    expect(only(parse('杨树今天研判 纠纷排了3起 化解了1起 有苗头'), 'daily_assessment').counts).toEqual({ disputesFound: 3, disputesResolved: 1 });
    expect(only(parse('【修改】杨树村5月4日日研判表中“化解”一栏应为0，其余不变。'), 'daily_assessment')).toMatchObject({ correction: true, counts: { disputesResolved: 0 } });
  });
});

describe('holdout 270: the cadre told, plans called off, matters closed, 东北 words', () => {
  it('a threat told to the cadre in charge (跟包保的说明天就去北京) is the person’s, never a zero report', () => {
    const r = parse('零报告但是赵某山刚才跟包保的说明天就去北京 情绪不对劲');
    expect(kinds(r)).toEqual(['key_person']);
    expect(only(r, 'key_person').persons[0]).toMatchObject({ name: '赵某山', state: 'abnormal', escalation: 'beijing' });
  });

  it('another’s zero report replied to (回复“…零报告”：收到) is the office’s talk; an incident quoted and answered is not a zero report', () => {
    expect(kinds(parse('回复“杨树村10月1日零报告”：收到，下次早点报', null))).toEqual(['chatter']);
    expect(kinds(parse('回复“【首报】杨树村23名搬迁群众前往区信访局集体上访”：该事项已终报，现社区秩序正常'))).not.toContain('zero_report');
  });

  it('a plan called off after a space (说要去镇里闹 后来没去) leaves the zero report', () => {
    expect(kinds(parse('杨树今天有人说要去镇里闹 后来没去 在家呢 零报告'))).toEqual(['zero_report']);
  });

  it('a matter closed on a day named (一事已于5日办结) leaves the zero report', () => {
    expect(kinds(parse('杨树村10月7日零报告。注：王某福等3人3日到市递交材料一事已于5日办结。', '杨树村', '2026-10-07T15:00:00+08:00'))).toEqual(['zero_report']);
  });

  it('撕吧起来 is a tussle; 冷库 is no name; 孙某芬签了… names 孙某芬', () => {
    expect(kinds(parse('杨树刚才有两家因为秋收借车的事在村头撕吧起来了 现在已经拉开了'))).toEqual(['incident']);
    expect(only(parse('重点人员动态：刘某军，在家，情绪稳定，冷库已承诺节后先付一半。'), 'key_person').persons.map((p) => p.name)).toEqual(['刘某军']);
    expect(only(parse('孙某芬签了调解协议 情绪稳定 在家'), 'key_person').persons[0]!.name).toBe('孙某芬');
  });
});

describe('holdout 268: lunar days of a threat, 豫 木, rows taken to the township', () => {
  it.each(['刘某芳扬言初一要去北京', '刘某芳说初八要去北京', '刘某芳扬言大年初一要去北京'])('a lunar day after the threat is its day (%s)', (text) => {
    expect(only(parse(text), 'key_person').persons[0]).toMatchObject({ state: 'abnormal', escalation: 'beijing' });
  });

  it('去年初一 is last year’s, even on this year’s 初一', () => {
    expect(kinds(parse('杨树村零报告。去年初一俺村有两户因为坟地吵到镇上，今年没这事，都挺好。', '杨树村', '2026-02-17T11:00:00+08:00'))).toEqual(['zero_report']);
  });

  it('木进京木赴省 木到市到县 beside 零报告 is none (木 for 没); 沈舍木去向不明 keeps its name', () => {
    expect(kinds(parse('杨树今个零报告 木进京木赴省 木到市到县'))).toEqual(['zero_report']);
    expect(only(parse('重点人员动态：沈舍木去向不明，电话不通，正在查找。'), 'key_person').persons[0]!.name).toBe('沈舍木');
  });

  it('a row taken to the township (吵到镇上去了) is an incident', () => {
    expect(only(parse('杨树村报一下：上午有两户因为秸秆堆放的事吵到镇上去了，一共4个人，镇综治中心在调。'), 'incident').people).toBe(4);
  });
});

describe('holdout 257: a crowd waiting at the door, a table overturned, none of this kind', () => {
  it('二三十个人在村委会门口等起 is a crowd', () => {
    expect(only(parse('杨树村二三十个人在村委会门口等起 说是要问第二期补偿款好久发 我们在做工作'), 'incident').collective).toBe(true);
  });

  it('a zero report put right with a table overturned (掀了桌子 派出所带走了)', () => {
    const r = only(parse('改一哈 杨树今天不是零报告 下午有个返乡的在茶馆头喝酒扯皮掀了桌子 派出所带走了'), 'incident');
    expect(r.correction).toBe(true);
  });

  it('莫得这种情况 beside news of another county is the zero report', () => {
    expect(kinds(parse('看到网上说外省有个县有人初一就进京了，我们杨树村这几天都在屋头，莫得这种情况。'))).toEqual(['zero_report']);
  });
});

describe('holdout 249: a reply’s addressee, the office’s rule, 徽语 嗰', () => {
  it('the one replied to is named for the reply (回复 马坊村：“…零报告”\\n杨树村也零报告)', () => {
    const r = parse('回复 马坊村：“马坊村10月5日零报告”\n杨树村也零报告');
    expect(r.reports.map((x) => (x.kind === 'zero_report' ? x.unit : x.kind))).toEqual(['杨树村']);
  });

  it('不能先报零再更正 is the office’s rule', () => {
    expect(kinds(parse('杨树村以后有情况要先报，不能先报零再更正。', null))).toEqual(['chatter']);
  });

  it('零报告嗰格式发下 asks for the form', () => {
    expect(only(parse('@机器人 零报告嗰格式发下'), 'command').name).toBe('help');
  });
});

describe('holdout 279: a matter fought over at an office', () => {
  it('到镇里吵山林的事 is a petition there, never a zero report', () => {
    const r = parse('杨树村零报告，另外今天上午有两个村民到镇里吵山林的事，镇里接待了');
    expect(kinds(r)).toEqual(['incident']);
    expect(only(r, 'incident')).toMatchObject({ escalation: 'township', people: 2 });
  });
});
