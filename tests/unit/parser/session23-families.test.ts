import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../../src/parser/parse-message.js';
import { kinds, only, parse } from './helpers.js';

// Families from holdouts read in the twenty-third session (after their first runs), each tried on invented variants.

describe('某 names', () => {
  it.each([
    ['岩某某还是没消息，电话打不通', '岩某某'],
    ['字某某今天在家，情绪稳定', '字某某'],
    ['重点人员2人，其中赵某国有上访苗头，需关注', '赵某国'],
    ['李某乙喝多了在群里扬言要去北京', '李某乙'],
    ['与老板何某军协商未果，何某军说要去县里', '何某军'],
  ])('%s: %s', (text, name) => {
    expect(only(parse(text), 'key_person').persons.map((p) => p.name)).toContain(name);
  });

  it('two 某 names run together are two persons; 跟 between two is no given name', () => {
    expect(only(parse('郑某林郑某发都在家 情绪还好'), 'key_person').persons.map((p) => p.name)).toEqual(['郑某林', '郑某发']);
    expect(only(parse('高某跟孙某某都在家呢'), 'key_person').persons.map((p) => p.name)).toEqual(['高某', '孙某某']);
  });

  it('王某刚到家 keeps 刚 an adverb; 王某刚（…）is a given name', () => {
    expect(only(parse('王某刚到家，情绪稳定'), 'key_person').persons[0]?.name).toBe('王某');
    expect(only(parse('重点人员：王某刚（拆迁户代表）今日在家，情绪稳定'), 'key_person').persons[0]?.name).toBe('王某刚');
  });

  it('who the person is, in brackets, is no act of the day', () => {
    const r = parse('【重点人员动态】杨树村周某某（赴京上访人员）今日在家，情绪平稳。');
    expect(kinds(r)).toEqual(['key_person']);
    expect(only(r, 'key_person').persons[0]).toMatchObject({ name: '周某某', state: 'stable', escalation: null });
  });

  it('a unit alias opening the message is nobody’s name', () => {
    const r = parse('杨树今天有几个菜农在村委会吵着要菜款');
    expect(kinds(r)).toEqual(['incident']);
  });
});

describe('counts', () => {
  it.each([
    ['今天下午杨某某的两个兄弟到镇政府找领导', 2],
    ['续报：郭某某他们三个在县信访局登记完了，下午回来', 3],
    ['杨树村今天有个人拿着铁锹在村部门口闹，派出所来了', 1],
  ])('%s: %i people', (text, n) => {
    expect(only(parse(text), 'incident').people).toBe(n);
  });

  it.each([
    ['更正 杨树刚才讲三个人去镇里 实际是五个', 5],
    ['更正：上午报4名村民到县信访局，实际为6名。', 6],
    ['更正：首报中“12名工人”应为14名，其余不变。', 14],
  ])('a recount: %s', (text, n) => {
    expect(only(parse(text), 'incident').people).toBe(n);
  });
});

describe('acts and no acts', () => {
  it('a run of petition fields answered 0 is no petition', () => {
    const r = parse('杨树村今日零报告：进京赴省到市上访0人次，集体访0批次。');
    expect(kinds(r)).toContain('zero_report');
    expect(kinds(r)).not.toContain('incident');
  });

  it('a car that will not start is no fire; roadworks close a road, people block it', () => {
    expect(kinds(parse('车冻得打不着火了，开会晚点到'))).toEqual(['chatter']);
    expect(kinds(parse('杨树村零报告。村口修水管封路了，大家绕行'))).toEqual(['zero_report']);
    expect(kinds(parse('几个村民把村道封了'))).toEqual(['incident']);
  });

  it('a fight word alone is worth reading (两个渔民…动手了)', () => {
    expect(kinds(parse('两个渔民为抢码头动手了'))).toEqual(['incident']);
  });

  it('what is said in jest is no plan', () => {
    expect(kinds(parse('哈哈 那个老马刚才讲要去北京看升旗 开玩笑的 人在家'))).not.toContain('incident');
  });

  it('asked after, not told', () => {
    expect(kinds(parse('马坊的伤者怎么样了？', null))).toEqual(['chatter']);
  });

  it('outsiders at our township’s offices are our news', () => {
    expect(only(parse('即时报告：今天上午有5名外镇建筑工人到镇政府反映欠薪', null), 'incident').escalation).toBe('township');
  });
});

describe('zero reports', () => {
  it('没人去北京 beside the persons told of is theirs, not the day’s quiet', () => {
    expect(kinds(parse('那几个人都回来了 没人去北京 孟某某在家睡觉了'))).toEqual(['key_person']);
  });

  it('two days listed before 零报告补报', () => {
    const r = parse('杨树村11月18日、11月19日零报告补报');
    expect(r.reports.map((x) => x.kind === 'zero_report' && x.date)).toEqual(['2026-11-18', '2026-11-19']);
  });

  it('the unit that sends for another is not the report’s', () => {
    expect(only(parse('马坊村帮清河代报一下：清河村今天零报告', '马坊村'), 'zero_report').unit).toBe('清河村');
    expect(only(parse('刚才发成清河了，是红星村今天零报告', '红星村'), 'zero_report').unit).toBe('红星村');
  });

  it('a unit only talked about in a sentence of its own is not listed', () => {
    expect(parse('马坊那边的事有人来问，我讲不清楚。杨树村今天零报告').reports).toEqual([expect.objectContaining({ kind: 'zero_report', unit: '杨树村' })]);
  });

  it('how one will send it is talk; sent again now is the report', () => {
    expect(kinds(parse('杨树村明天停电，零报告我用手机报'))).toEqual(['chatter']);
    expect(kinds(parse('杨树村零报告 再发一遍 刚才那条被刷上去了'))).toEqual(['zero_report']);
  });
});

describe('talk', () => {
  it('a notice passed on is talk, unless the unit reports after it', () => {
    expect(kinds(parse('转发县里通知：严禁组织群众到县集体上访，违者依法处理。杨树村已传达到户。'))).toEqual(['chatter']);
    expect(kinds(parse('转发镇综治办：“各村注意：发现可疑上访人员立即报告。”杨树村今日零报告。'))).toEqual(['zero_report']);
  });

  it('请各村核对 from the office is talk', () => {
    expect(kinds(parse('县里下发重点人员名单，请各村核对：马坊村陈某某、清河村吴某某，每日见面。', null))).toEqual(['chatter']);
  });
});

describe('counts of an assessment', () => {
  it('其中有上访苗头1人 / 其中情绪波动1人', () => {
    expect(only(parse('杨树村研判：排查矛盾纠纷1起，重点人员3人，其中有上访苗头1人。'), 'daily_assessment').counts.keyPersonsAbnormal).toBe(1);
    expect(only(parse('杨树村研判：重点人员2人，其中情绪波动1人。'), 'daily_assessment').counts.keyPersonsAbnormal).toBe(1);
  });
});

describe('dialect', () => {
  it('川: 切 for 去; 粤: 郁手, 寻晚', () => {
    expect(only(parse('陈国良今天早上坐车切成都了 说要到省里反映'), 'key_person').persons[0]).toMatchObject({ state: 'abnormal', escalation: 'province' });
    expect(kinds(parse('两户渔民为泊位郁手 派出所到咗'))).toEqual(['incident']);
  });
});

describe('an alias inside a firm’s name', () => {
  const units = [
    { name: '金龙村', aliases: ['金龙'] },
    { name: '马井社区', aliases: ['马井'] },
    { name: '温泉社区', aliases: ['温泉社区'] },
  ];
  it('金龙化工 in 马井社区’s message is 马井社区’s', () => {
    const r = parseMessage({ text: '【续报】金龙化工欠薪事件：其中6人已乘车前往县人社局，镇上已派人劝返。', sentAt: new Date('2027-10-03T12:00:00+08:00'), senderUnit: '马井社区' }, units);
    expect(only(r, 'incident').unit).toBe('马井社区');
  });
});

describe('summary tables of several units', () => {
  const at = '2026-11-20T15:40:00+08:00';
  it('a 零报告 column answered 是/否: the 是 rows only', () => {
    const r = parse('单位\t零报告\t备注\n杨树村\t是\t\n马坊村\t否\t见即时报告\n清河村\t是\t', null, at);
    expect(r.reports.map((x) => [x.kind, 'unit' in x ? x.unit : null])).toEqual([
      ['zero_report', '杨树村'],
      ['zero_report', '清河村'],
    ]);
  });

  it('a unit’s line that says its report goes apart is skipped, the others kept', () => {
    const r = parse('北片今日情况\n杨树村\t零报告\n马坊村\t零报告\n清河村\t另行报送', null, at);
    expect(r.reports.map((x) => 'unit' in x && x.unit)).toEqual(['杨树村', '马坊村']);
  });

  it('rows of 0 figures whose last column says 零报告 are zero reports alone', () => {
    const r = parse('北片汇总（片长郑某平）\n村名\t信访\t矛盾纠纷\t重点人员\t情况\n杨树村\t0\t0\t1\t零报告\n马坊村\t0\t0\t0\t零报告', null, at);
    expect(r.reports.map((x) => [x.kind, 'unit' in x ? x.unit : null])).toEqual([
      ['zero_report', '杨树村'],
      ['zero_report', '马坊村'],
    ]);
  });

  it('零报告：否 is no zero report', () => {
    expect(kinds(parse('单位：杨树村\n零报告：否\n备注：见即时报告'))).not.toContain('zero_report');
  });
});

describe('more corrections and counts', () => {
  it('…是6人，不是5人 recounts; 修改上报 after the unit is a correction', () => {
    expect(only(parse('更正：马坊村今天到区里的村民代表是7人，不是6人'), 'incident')).toMatchObject({ people: 7, correction: true });
    expect(only(parse('杨树村修改上报：今天到县信访局的是4人，不是3人。'), 'incident')).toMatchObject({ people: 4, correction: true });
  });

  it('a mediation held once settles nothing yet', () => {
    expect(only(parse('杨树村研判：今日组织双方调解1次，尚未化解；新排查矛盾纠纷0起'), 'daily_assessment').counts.disputesResolved).toBeUndefined();
    expect(only(parse('杨树村研判：今日调解纠纷1起，已化解'), 'daily_assessment').counts.disputesResolved).toBe(1);
  });

  it('耍 is play, not a petition', () => {
    expect(kinds(parse('我家娃国庆跟同学去北京耍了，人好多'))).toEqual(['chatter']);
  });
});

describe('news heard of elsewhere beside the unit’s own quiet day', () => {
  it('disowned (跟我们村没关系), wherever it stands', () => {
    expect(kinds(parse('杨树村零报告 另外听人说邻镇有人去市里上访了 跟我们村没有关系'))).toEqual(['zero_report']);
    expect(kinds(parse('看新闻说省城有人集体上访，跟我们没关系，杨树村零报告'))).toEqual(['zero_report']);
  });

  it('heard, then the unit’s own 零报告 or 没发现', () => {
    expect(parse('听说马坊又有人要去县里，不晓得真假。我们杨树村零报告。').reports).toEqual([expect.objectContaining({ kind: 'zero_report', unit: '杨树村' })]);
    expect(kinds(parse('听说东边那几个村有人串联去省里，我们杨树村没发现，零报告'))).toEqual(['zero_report']);
  });

  it('heard, then the unit’s own news, stays news', () => {
    expect(kinds(parse('听说马坊有人去市里了，我们杨树村也有两个人去了'))).toContain('incident');
  });
});

describe('last round', () => {
  it('a notice quoted as passed on, an agreement signed: no acts', () => {
    expect(kinds(parse('杨树村零报告。转发镇里通知：“各村要盯紧重点人员，发现进京苗头立即报告”，已传达到各组。'))).toEqual(['zero_report']);
    expect(kinds(parse('杨树村今天零报告，迁坟协议已有8户签字。'))).toEqual(['zero_report']);
  });

  it('the day’s zero report, then an earlier day said the same', () => {
    const r = parse('杨树村11月20日零报告。昨天的补一下：11月19日也是零报告');
    expect(r.reports.map((x) => x.kind === 'zero_report' && x.date)).toEqual(['2026-11-19', '2026-11-20']);
  });

  it('零号告 is 零报告 mistyped; 有一个情绪不好 is the abnormal figure; 杞 a surname', () => {
    expect(kinds(parse('杨树村今天零号告 没得事'))).toEqual(['zero_report']);
    expect(only(parse('杨树村研判 重点人员五个 有一个情绪不好 需关注'), 'daily_assessment').counts.keyPersonsAbnormal).toBe(1);
    expect(only(parse('杞天贵今天又说要去县里闹 人在家'), 'key_person').persons[0]?.name).toBe('杞天贵');
  });
});

describe('a key persons’ report whose person is not read', () => {
  it('is never a zero report (the bot asks instead)', () => {
    const r = parse('【重点人员动态】杨树村某人今日在村，情绪稳定，无异常。');
    expect(kinds(r)).not.toContain('zero_report');
  });

  it('a name before who the person is (信访老户) is read', () => {
    expect(only(parse('【重点人员动态】杨树村韩国栋，信访老户，今日在村，情绪稳定，无异常。'), 'key_person').persons[0]?.name).toBe('韩国栋');
  });
});
