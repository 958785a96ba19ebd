import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../../src/parser/parse-message.js';
import { kinds, only, parse } from './helpers.js';

// Families from holdouts 144 and 148-155 (read after their first runs), each tried on invented variants.

describe('a name masked in its middle (吴某海, 赖某生), the person\'s words after it', () => {
  it.each([
    ['马某海同意回来了，现在车上，估计5点前到村', '马某海', 'away'],
    ['陈某生16:40已接回家中，情绪平稳', '陈某生', 'home'],
    ['邓某娣夜晡冇出门，在屋下看电视', '邓某娣', 'home'],
    ['罗某平刚才在家和老婆吵了几句，已稳住', '罗某平', 'home'],
  ])('%s', (text, name, whereabouts) => {
    expect(only(parse(text), 'key_person').persons[0]).toMatchObject({ name, whereabouts });
  });

  it('王某 then a verb stays 王某 (王某说要去县里)', () => {
    expect(only(parse('王某说要去县里讨说法，已做工作'), 'key_person').persons[0]!.name).toBe('王某');
  });
});

describe('a form answered none with a space for its colon, or its none said after the items', () => {
  it('进京 无 / 赴省 无 lines are a zero report, not an incident', () => {
    expect(kinds(parse('杨树村 11月20日\n进京 无\n赴省 无\n到市 无\n集体访 无'))).toEqual(['zero_report']);
  });

  it('on one line too (进京 0 赴省 0)', () => {
    expect(kinds(parse('清河村今天 进京 无 赴省 无 集体访 无'))).toEqual(['zero_report']);
  });

  it('集体访和群体性事件均无 is negated', () => {
    expect(kinds(parse('马坊村今日无进京、赴省上访情况，集体访和群体性事件均无。'))).toEqual(['zero_report']);
  });

  it('a figure after the space is still a figure (集体访 2)', () => {
    expect(kinds(parse('杨树村 11月20日\n进京 无\n集体访 1起 到镇政府反映补偿'))).not.toContain('zero_report');
  });
});

describe('a warning to all beside a zero report said in full (给大伙提个醒：听说省里查越级访查得严)', () => {
  it('is no incident', () => {
    expect(kinds(parse('清河村零报告，无进京、无赴省。顺便提个醒：听说今年省里查越级访查得严，大家注意', '清河村'))).toEqual(['zero_report']);
    expect(kinds(parse('清河村零报告，重点人员都在家。给大伙提个醒：听说省里查越级访查得贼严', '清河村'))).toEqual(['zero_report']);
  });
});

describe('the level of a follow-up\'s story, no going of the day said', () => {
  it.each([
    ['【终报】清河村王某某进京一事：\n1. 已于19时由驻京工作组接回到家；\n2. 本人情绪稳定。', 'beijing'],
    ['【续报】李某某已从县信访局接回，在家，情绪稳定。', 'county'],
    ['【续报】15名业主在县住建局座谈，住建局答复节后约谈物业，业主准备返回。', 'county'],
    ['续报2：镇政府座谈结束，厂方承诺月底前发放补偿款，员工已全部散去。', 'township'],
    ['【终报】马坊村群众赴县集体访事件\n1.上访的20名群众已全部返回村里；\n2.事件已平息。', 'county'],
  ])('%s', (text, level) => {
    expect(only(parse(text), 'incident').escalation).toBe(level);
  });

  it('a form\'s destination field (去向：镇政府, 地点：镇劳动保障所)', () => {
    expect(only(parse('杨树村即时报告\n人数：7人\n去向：镇政府\n事由：反映安置房漏水\n处置：副镇长正在接待'), 'incident').escalation).toBe('township');
    expect(only(parse('【首报】\n单位：清河村\n人数：返乡务工人员9人\n地点：镇劳动保障所\n事由：反映工地拖欠工资'), 'incident').escalation).toBe('township');
  });

  it('not a negated going', () => {
    expect(only(parse('【终报】马坊村宗祠纠纷\n1.经调解双方达成协议\n2.现场人员已散去\n3.无人员到镇、到县上访'), 'incident').escalation).toBeNull();
  });
});

describe('key persons all calm, said in prose: abnormal 0', () => {
  it.each([
    ['杨树村今天排查了两起纠纷，化解了两起，重点人员两个都在屋里，没啥异常，平稳'],
    ['马坊今天排查纠纷2起，化解1起，重点人员都稳着哩，总体平稳'],
  ])('%s', (text) => {
    expect(only(parse(text), 'daily_assessment').counts.keyPersonsAbnormal).toBe(0);
  });

  it('王某等2名重点人员情绪稳定: two key persons, none abnormal', () => {
    expect(only(parse('清河村今天排查纠纷1件，调解成功1件，王某等2名重点人员情绪稳定，平稳。'), 'daily_assessment').counts).toMatchObject({ keyPersons: 2, keyPersonsAbnormal: 0 });
  });
});

describe('a unit\'s alias inside a person\'s name (王永福 beside 永福村, 杨金花 beside 金花村)', () => {
  const units = [
    { name: '横塘村', aliases: ['横塘'] },
    { name: '永福村', aliases: ['永福'] },
    { name: '东湾村', aliases: ['东湾'] },
    { name: '金花村', aliases: ['金花'] },
  ];
  const p = (text: string, sender: string) => parseMessage({ text, sentAt: new Date('2026-11-20T15:00:00+08:00'), senderUnit: sender }, units).reports;

  it('is the person, filed under the sender\'s unit', () => {
    expect(p('王永福9点到镇信访办面谈了，村干部陪着，情绪稳定', '横塘村').map((r) => ('unit' in r ? r.unit : null))).not.toContain('永福村');
    expect(p('去年杨金花也为摊位闹过一回，后来调解了。今年东湾村到目前为止零报告。', '东湾村')).toMatchObject([{ kind: 'zero_report', unit: '东湾村' }]);
  });

  it('the alias alone is still the unit (永福今天零报告)', () => {
    expect(p('永福今天零报告', '横塘村')).toMatchObject([{ kind: 'zero_report', unit: '永福村' }]);
  });

  it('a clock time after a full name begins the person\'s words (王德福2点10分到家了)', () => {
    expect(only(parse('王德福2点10分到家了，儿子陪着，情绪平稳'), 'key_person').persons[0]).toMatchObject({ name: '王德福', whereabouts: 'home' });
  });
});

describe('the office and leaders talking, notices passed on, forms to copy', () => {
  it.each([
    ['马坊村阻工的事为什么当天冇即时报告？今天上午写个情况说明交维稳办。', null],
    ['清河的人怎么又跑县里去了？包保干部干什么的', null],
    ['元宵当天各单位全部报送。镇政府门口30人聚集已妥善处置，明天重点盯园区员工，严防去区里。', null],
    ['凤凰社区以后这种情况要当天报，不能先报零再改', null],
    ['转：【某某日报】元旦假期全市信访形势总体平稳，未发生进京非访和赴省集体访', null],
    ['转发：市里通报某地一村两姓因祠堂纠纷械斗，各村要提前排查，发现苗头即时报告。', '杨树村'],
    ['零报告参考格式（照着填）：\n单位：××村\n日期：×月×日\n进京：0\n赴省：0', null],
    ['国庆第一天，包保干部今天要见到重点人员本人，不能光打电话。', null],
  ])('%s', (text, sender) => {
    expect(kinds(parse(text, sender))).toEqual(['chatter']);
  });

  it('a report passed on is still the report (转发：杨树村今日零报告)', () => {
    expect(kinds(parse('转发：杨树村今日零报告', null))).toEqual(['zero_report']);
  });

  it('a name masked with ×× is still read (村民王××到县信访局上访)', () => {
    expect(kinds(parse('清河村村民王××今天到县信访局上访，反映低保问题', '清河村'))).toContain('incident');
  });
});

describe('a spoken zero list and its key persons', () => {
  it.each(['杨树村今个零报告 没进京的 没赴省的 没集体访', '清河社区今天零报告 没有进京赴省到市 上访的 也没有集体访的 报告完毕'])('%s is a zero report', (text) => {
    expect(kinds(parse(text))).toEqual(['zero_report']);
  });

  it('key persons all calm beside a zero report are part of it, no 日研判 (重点人员2名均在村，稳定)', () => {
    expect(kinds(parse('马坊村11月20日零报告。1.无越级访；2.无集体访；3.重点人员2名均在村，稳定。', '马坊村'))).toEqual(['zero_report']);
  });

  it('unless it says 研判, or one of them is not calm', () => {
    expect(kinds(parse('马坊村今日零报告。重点人员2名均稳定，研判：平稳。', '马坊村'))).toEqual(['zero_report', 'daily_assessment']);
    expect(kinds(parse('马坊村零报告，重点人员5人，异常1人', '马坊村'))).not.toEqual(['zero_report']);
  });
});

describe('a surname no list holds, 某 and a given name, where a person is named (太某林, 渠某成)', () => {
  it.each([
    ['马坊村重点人员太某林：经村两委解释政策，情绪已稳定，在家。', '太某林'],
    ['清河村渠某成在果农群里扬言，果汁厂不给钱就带人去北京，村里正在做工作。', '渠某成'],
  ])('%s', (text, name) => {
    expect(only(parse(text), 'key_person').persons[0]!.name).toBe(name);
  });
});

describe('past and elsewhere, said in dialect or by a near homophone', () => {
  it('年四个 (晋南: 前年) is the past', () => {
    expect(kinds(parse('杨树零报告 年四个正月有人进京那事早处理完了 今年没有', '杨树村'))).toEqual(['zero_report']);
  });

  it('临县 is another place', () => {
    expect(kinds(parse('听说临县有果农到省里去了，咱杨树村果农都在家，今天零报告', '杨树村'))).toEqual(['zero_report']);
  });
});

describe('a key person named before a colon, whatever the surname (重点人员岩温龙：今日在家)', () => {
  it('is the person, not the unit\'s zero report', () => {
    const r = parse('杨树村重点人员岩温龙：今日在家，情绪稳定，无异常。');
    expect(kinds(r)).toEqual(['key_person']);
    expect(only(r, 'key_person').persons[0]).toMatchObject({ name: '岩温龙', whereabouts: 'home', state: 'stable' });
  });

  it('not a field\'s name (重点人员动态：今日在家)', () => {
    expect(kinds(parse('杨树村重点人员动态：今日在家，稳定'))).not.toContain('key_person');
  });
});

describe('吴语 弗有 is 没有; more words after a masked name', () => {
  it('新安今朝没么事 弗有人去上访 也弗有吵相骂个 零报告', () => {
    expect(kinds(parse('杨树今朝没么事 弗有人去上访 也弗有吵相骂个 零报告哈', '杨树村'))).toEqual(['zero_report']);
  });

  it.each([['周某国晚饭后出门，电话关机，现在联系不上', '周某国'], ['黄某明家来了 人没事 情绪稳定', '黄某明']])('%s', (text, name) => {
    expect(only(parse(text), 'key_person').persons[0]!.name).toBe(name);
  });
});
