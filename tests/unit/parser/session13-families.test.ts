import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../../src/parser/parse-message.js';
import { kinds, only, parse, SENT } from './helpers.js';

// Invented variants of misses in the older corpora and holdouts 105-107, one family each.
describe('whereabouts: the places a key person is at home', () => {
  it('at their own business or house (在自家民宿, 在自己家), at the resettlement site (在安置点)', () => {
    expect(only(parse('重点人员李德林今天在自家农家乐招呼客人，情绪稳定'), 'key_person').persons[0]!.whereabouts).toBe('home');
    expect(only(parse('张桂花、王小妹两人今日在安置点，情绪平稳'), 'key_person').persons.map((p) => p.whereabouts)).toEqual(['home', 'home']);
  });

  it('talked back to the rented room or the dormitory (已劝回出租屋, 拉回宿舍)', () => {
    expect(only(parse('刘大成下午到管委会问工资，情绪有点激动，已劝回出租屋。'), 'key_person').persons[0]!.whereabouts).toBe('home');
    expect(only(parse('重点人员陈二牛喝了酒骂人，工友把他拉回宿舍了'), 'key_person').persons[0]!.whereabouts).toBe('home');
  });
});

describe('a missing person named as the subject of the sentence', () => {
  it('whatever the surname, when being gone or a time follows the name (滚正华失联, 郝存柱黑夜出去了, 木吉外出)', () => {
    expect(only(parse('重点人员滚正华失联，电话打不通，正在核实。'), 'key_person').persons[0]!.name).toBe('滚正华');
    expect(only(parse('郝存柱黑夜10点多出去了，到现在没回来，手机关机，联系不上'), 'key_person').persons[0]!.name).toBe('郝存柱');
    expect(only(parse('杨树村重点人员木吉外出，去向不明，正在查找'), 'key_person').persons[0]).toMatchObject({ name: '木吉', state: 'abnormal', whereabouts: 'away' });
  });

  it('not someone said by who they are to others (小孩失联了, 他儿子今天失联了)', () => {
    expect(only(parse('小孩今天失联了，正在找'), 'key_person').persons[0]!.name).toBe('未具名人员');
    expect(only(parse('有一名重点人员失联，正在找'), 'key_person').persons[0]!.name).toBe('未具名人员');
  });
});

describe('masked names with a given character (李某红)', () => {
  it('before 外出务工, a dash or 弟兄俩, not only before a comma', () => {
    expect(only(parse('杨树重点人员今儿情况：李某红在家；赵某成外出务工，在晋城'), 'key_person').persons.map((p) => p.name)).toEqual(['李某红', '赵某成']);
    expect(only(parse('重点人员动态：\n刘某红——在家，稳控\n刘某军——在厂务工，稳定'), 'key_person').persons.map((p) => p.name)).toEqual(['刘某红', '刘某军']);
    expect(only(parse('杨树村：李某红、李某军弟兄俩说今儿要去县里，正在做工作。'), 'key_person').persons.map((p) => p.name)).toEqual(['李某红', '李某军']);
  });

  it('still 王某 where the words begin at once (王某深圳务工, 马某不是外出务工)', () => {
    expect(only(parse('重点人员王某深圳务工，电话能打通'), 'key_person').persons[0]!.name).toBe('王某');
    expect(only(parse('更正：刚才报的马某不是外出务工，是在本地务工，稳定'), 'key_person').persons[0]!.name).toBe('马某');
  });
});

describe('a signature in a sentence of its own after the report', () => {
  it('signs it whether or not the bot is named (…零报告。确认)', () => {
    expect(parse('杨树村10月1日零报告。确认').reports).toEqual([{ kind: 'zero_report', unit: '杨树村', date: '2026-10-01' }, { kind: 'command', name: 'confirm' }]);
  });

  it('not after a comma, where submit-report signs the report itself (杨树村零报告，确认)', () => {
    expect(parse('杨树村零报告，确认').reports).toEqual([{ kind: 'zero_report', unit: '杨树村', date: '2026-11-20' }]);
  });
});

describe('零报告 talked of, not made', () => {
  it('the practice or the report not to be counted yet (照常零报告, 先别算零报告, 跟零报告一道报, 零报告就勿报了)', () => {
    expect(parse('今天照常零报告，过节不放岗。', null).reports).toEqual([{ kind: 'chatter' }]);
    expect(parse('杨树今儿先别算零报告哈，等会儿细报').reports).toEqual([{ kind: 'chatter' }]);
    expect(parse('日研判每天报，跟零报告一道报，有情况的村居要写清楚', null).reports).toEqual([{ kind: 'chatter' }]);
    expect(parse('杨树村今天情况已经报过了，零报告就勿报了哦').reports).toEqual([{ kind: 'chatter' }]);
  });

  it('the office word for the units it does not name (三个村有情况，其他村零报告)', () => {
    expect(parse('今天杨树、马坊两个村有情况，其他村零报告。各包村领导盯紧。', null).reports).toEqual([{ kind: 'chatter' }]);
  });

  it('a wish of calm is not the unit whose alias is 平安 (祝大家新年平安、万事顺遂)', () => {
    const units = [{ name: '平安村', aliases: ['平安'] }];
    const r = parseMessage({ text: '祝大家新年平安、万事顺遂。平安村今日零报告', sentAt: new Date(SENT), senderUnit: null }, units);
    expect(r.reports).toEqual([{ kind: 'zero_report', unit: '平安村', date: '2026-11-20' }]);
    expect(parseMessage({ text: '祝大家新年平安。今日零报告', sentAt: new Date(SENT), senderUnit: null }, units).reports[0]).toMatchObject({ unit: null });
  });
});

describe('a plan told, then called off', () => {
  it('keeps the zero report (有几户原来讲要去市里反映，做了工作，早几天就表态不去了)', () => {
    expect(parse('杨树村零报告。有几户原来讲五一要一起去市里反映补贴，做了工作，早几天就表态不去了，今天都在山上。').reports).toEqual([{ kind: 'zero_report', unit: '杨树村', date: '2026-11-20' }]);
    expect(kinds(parse('杨树村零报告。有几户原来讲要去市里反映补贴，做了工作，已打消念头。'))).toEqual(['zero_report']);
  });

  it('not a threat made (扬言要进京…又说不去了), nor a going that happened (已经到了…表示不去了)', () => {
    expect(kinds(parse('杨树村零报告。刘某某夜来晚上喝了酒，扬言要进京，今天清早醒了酒又说不去了，在家。'))).not.toContain('zero_report');
    expect(kinds(parse('王某某说要去县里，今天已经到了县信访局，劝回后表示不去了'))).toContain('incident');
  });

  it('who planned keeps their number (5人原计划明天去县人社局…表示不去了)', () => {
    expect(only(parse('续报：杨树村欠薪工人5人原计划明天去县人社局讨薪，现已做通工作，表示不去了。'), 'incident')).toMatchObject({ people: 5, collective: true });
  });
});

describe('a fire watch', () => {
  it('a spot of smoke found and put out is no dispute found (发现一处冒烟，已扑灭)', () => {
    expect(parse('杨树村零报告。清早护林员在后山发现一处冒烟，已扑灭，无损失。').reports).toEqual([{ kind: 'zero_report', unit: '杨树村', date: '2026-11-20' }]);
  });
});

describe('follow-ups', () => {
  it('people stopped on the way are the key persons of the follow-up (续报：秦某某、秦某已在码头被劝住)', () => {
    expect(only(parse('续报：秦某某、秦某已在宝杨码头被劝住，下半天坐船回来。'), 'key_person').persons.map((p) => p.name)).toEqual(['秦某某', '秦某']);
  });

  it('not the cadre who stops them (金东日他们把人劝下来了), nor a quarrel calmed outside a follow-up (俺劝住了)', () => {
    expect(only(parse('续报：安春子找到了，在西站，金东日他们把人劝下来了，正往回送。'), 'key_person').persons.map((p) => p.name)).toEqual(['安春子']);
    expect(kinds(parse('杨树村 金锁两口子又吵吵起来了 没动手 俺劝住了'))).not.toContain('key_person');
  });
});

describe('a joint letter signed by more households', () => {
  it('is news of the day beside 零报告 (又有8户签名补进去了), not a signature line (村支书签名确认)', () => {
    const r = parse('杨树村今日零报告。昨天联名信的事镇里还没回复，今天又有8户签名补进去了。');
    expect(kinds(r)).toEqual(['incident']);
    expect(only(r, 'incident').collective).toBe(true);
    expect(kinds(parse('杨树村零报告，村支书签名确认'))).toEqual(['zero_report']);
  });
});

describe('the note after a count of disputes', () => {
  it('names their kind, no act of the day (排查纠纷1起（商铺停车收费，联名反映）)', () => {
    const r = parse('杨树村日研判：排查纠纷1起（商铺停车收费，联名反映），已答复；接待来访1批；重点人员4人，均稳定；总体平稳。');
    expect(kinds(r)).toEqual(['daily_assessment']);
    expect(only(r, 'daily_assessment').counts.disputesFound).toBe(1);
  });

  // (Session 16: a matter an assessment notes is the assessment's; the corpora file even a 进京 noted in one as the
  // assessment alone (杉木坪村日研判：…（向某林…扬言进京，已劝返）), so it is counted there, not filed twice.)
  it('and a level gone to in it is counted in the assessment (新增信访1件（孙某某进京，已劝返）)', () => {
    const r = parse('杨树村研判：排查矛盾纠纷0起，新增信访1件（孙某某进京，已劝返），重点人员3人，异常1人。形势严峻。');
    expect(kinds(r)).toEqual(['daily_assessment']);
    expect(only(r, 'daily_assessment').counts).toMatchObject({ petitions: 1, keyPersonsAbnormal: 1 });
  });
});

describe('a road blocked by the hill', () => {
  it('is no road blocked by people (后山塌方，把村道堵了一截), but people named between still block it', () => {
    expect(kinds(parse('杨树村今日零报告。昨晚暴雨，三组后山塌方，把村道堵了一截，已组织挖机清理，冇人员伤亡。'))).toEqual(['zero_report']);
    expect(kinds(parse('杨树村今天下午暴雨，十几个村民堵了村委会大门'))).toEqual(['incident']);
  });
});

describe('the office to all', () => {
  it('a notice listing the kinds of report (首报不超过30分钟，续报、终报及时跟进) tells no follow-up', () => {
    expect(parse('@所有人 各村（社区）实行每日零报告制度。发生进京赴省到市上访、集体访、堵路等情况，须第一时间即时报告（首报不超过30分钟，续报、终报及时跟进）。', null).reports).toEqual([{ kind: 'chatter' }]);
  });

  it('a bulletin recounting the units cases, closing with what all are to do, is no report', () => {
    expect(parse('镇综治办通报：节日以来全镇总体平稳，10月1日杨树村1人进京未遂，10月3日马坊村发生堵路，均已妥善处置。请各村居继续做好零报告，严防反弹。', null).reports).toEqual([{ kind: 'chatter' }]);
  });
});

describe('an alias that is a plant', () => {
  it('inside the word for its hill or grove is not the unit (为分油茶山扯皮)', () => {
    const units = [{ name: '油茶村', aliases: ['油茶'] }, { name: '桐木冲村', aliases: ['桐木冲'] }];
    const r = parseMessage({ text: '桐木冲零报告。另外讲一下，今天上午村里两兄弟为分油茶山扯皮，吵得蛮凶，已经调解好了。', sentAt: new Date(SENT), senderUnit: '桐木冲村' }, units);
    expect(r.reports.map((x) => ('unit' in x ? x.unit : null))).toEqual(['桐木冲村']);
  });
});

describe('a signer named after the report', () => {
  it('signs it with the bot named, or in a sentence of its own (…零报告。同意上报。村支书 赵永福)', () => {
    expect(kinds(parse('@机器人 杨树村今日零报告，村支书彭志远确认'))).toEqual(['zero_report', 'command']);
    expect(kinds(parse('杨树村5月4日零报告。同意上报。村支书 赵永福'))).toEqual(['zero_report', 'command']);
  });

  it('after a comma or in brackets, the bot not named, the report alone (signed by submit-report.ts)', () => {
    expect(kinds(parse('杨树村零报告，签字确认：包国庆'))).toEqual(['zero_report']);
    expect(kinds(parse('杨树村零报告（驻村工作队长黄志刚确认）'))).toEqual(['zero_report']);
  });
});

describe('零报告 put aside', () => {
  it('voided at once is the undo command (江尾社区今日零报告作废)', () => {
    expect(parse('@机器人 杨树村今日零报告作废', null).reports).toEqual([{ kind: 'command', name: 'undo' }]);
  });

  it('not to count, sent later, or its deadline urged (不能算零报告了, 零报告下午先报, 零报告不要拖到五点以后)', () => {
    expect(parse('杨树村今天不能算零报告了，明天研判里要写进去').reports).toEqual([{ kind: 'chatter' }]);
    expect(parse('今日村里开会，零报告下午先报').reports).toEqual([{ kind: 'chatter' }]);
    expect(parse('领导到镇上检查节日值班，零报告不要拖到下午五点以后。', null).reports).toEqual([{ kind: 'chatter' }]);
  });
});

describe('another place matter, told to say none of ours was in it', () => {
  it('keeps the zero report (隔离镇有工人去了省里讨薪，我们社区没有人参与 / 经核实是外县的，与本镇无关)', () => {
    expect(kinds(parse('杨树村零报告，隔离镇有工人去咗省里讨薪，我哋村冇人参与。'))).toEqual(['zero_report']);
    expect(kinds(parse('杨树村零报告，马坊村聚集的事我们村没有人参与。'))).toEqual(['zero_report']);
    expect(kinds(parse('杨树村零报告。网上传我们镇有人进京，经核实是外县的，与本镇无关。'))).toEqual(['zero_report']);
  });

  it('not the unit own news with its cadres out of it (有5个村民去县里上访，我们村干部没有参与)', () => {
    expect(kinds(parse('杨树村今天有5个村民去县里上访，我们村干部没有参与'))).toEqual(['incident']);
  });
});

describe('no petition in', () => {
  it('a drill, a joint letter of thanks, a follow-up made before (演练, 联名写了感谢信, 路的事上午已终报)', () => {
    expect(kinds(parse('杨树村零报告。今天上午在村里开展了群体性上访事件应急处置演练，参演30人。'))).toEqual(['zero_report']);
    expect(kinds(parse('杨树村今天零报告。职工们联名给场里写了感谢信，感谢及时兑付劳务费'))).toEqual(['zero_report']);
    expect(kinds(parse('杨树村零报告（路的事上午已终报）'))).toEqual(['zero_report']);
  });
});

describe('someone not found yet', () => {
  it('is away (还没找着, 又寻不见人了)', () => {
    expect(only(parse('杨树村今天零报告，就是上午报的李某某还没找着，电话打不通。'), 'key_person').persons[0]).toMatchObject({ state: 'abnormal', whereabouts: 'away' });
    expect(only(parse('杨树村零报告，就是冯某又寻不见人了，手机关机。'), 'key_person').persons[0]!.whereabouts).toBe('away');
  });
});

describe('a wage matter known before, paid or promised', () => {
  it('is its end beside 零报告 (那6个讨薪的工钱今天全部到账了 / 讨工钱的事老板已答应十五前结清)', () => {
    expect(kinds(parse('杨树村零报告。那6个讨薪的工钱今天全部到账了，这事算了了。'))).toEqual(['zero_report']);
    expect(kinds(parse('杨树村今日零报告。张某某他们讨工钱的事老板已答应十五前结清，今天没再去找。'))).toEqual(['zero_report']);
  });

  it('not the asking told as news (十几个工人今天讨薪，老板答应月底结清)', () => {
    expect(kinds(parse('杨树村十几个工人今天讨薪，老板答应月底结清'))).toEqual(['incident']);
  });
});
