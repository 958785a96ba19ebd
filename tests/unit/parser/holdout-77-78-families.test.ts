import { describe, expect, it } from 'vitest';
import { kinds, only, parse } from './helpers.js';

// Invented variants of holdouts 77 (黔东南 侗寨, 春节 2043) and 78 (赣南 客家, 端午 2043) misses, one family each.
describe('holdouts 77-78', () => {
  it('a fight said 打起架来, with injuries, settled, is the day’s incident beside 零报告', () => {
    const r = parse('杨树村零报告。中午两家人在喜酒席上为几句话打起架来，2个人擦伤，已调解。');
    expect(kinds(r)).toEqual(['incident']);
    expect(r.warnings).toContain('self_contradiction');
  });

  it('a matter mediated today, told by what it was about, is no day of nothing (个 for 的 in 客家)', () => {
    expect(kinds(parse('杨树村今日无异常。（舞龙个事上午已调解好了）'))).not.toContain('zero_report');
    expect(kinds(parse('杨树村今日无异常。舞龙的事下午已经调解好了'))).not.toContain('zero_report');
    expect(kinds(parse('杨树村今日零报告。那个事上午已调解好了'))).toEqual(['zero_report']);
  });

  it('a follow-up’s calm words say how the matter stands, not a zero report', () => {
    const r = parse('续报：苗金海已联系上，人在太原他妹妹家过年，说初三回，暂未发现到省信访局上访的情况。');
    expect(kinds(r)).toEqual(['key_person']);
  });

  it('people not dispersed at someone’s door forbid the zero report', () => {
    expect(kinds(parse('杨树村今日零报告。马坊那边还有人坐了两车在村委门口等，到现在还没散。'))).not.toContain('zero_report');
  });

  it('a fire or a road accident is something that happened; guarding against them is not', () => {
    const fire = parse('杨树村零报告。晚饭时韩老四家柴房失火，已扑灭，无人员伤亡');
    expect(kinds(fire)).toEqual(['incident']);
    expect(kinds(parse('即时报告：杨树村一辆面包车在村口翻车，车上4人，2人轻伤已送医院', null))).toEqual(['incident']);
    expect(kinds(parse('各村要做好森林防火，严防火灾发生，排查火灾隐患', null))).toEqual(['chatter']);
    expect(kinds(parse('杨树村零报告，无火灾、无交通事故'))).toEqual(['zero_report']);
  });

  it('讨薪人员均在家: who the people are, not a demand made today', () => {
    expect(kinds(parse('杨树村今日平稳，讨薪人员均在家过年，情绪稳定，零报告'))).toEqual(['zero_report']);
    expect(kinds(parse('讨薪人员又到镇政府门口聚集了'))).toEqual(['incident']);
  });

  it('研判：预警 is the alert level', () => {
    expect(only(parse('杨树村日研判：排查矛盾纠纷1件（分红），正在调处，重点人员2人，研判：预警。'), 'daily_assessment').level).toBe('alert');
  });

  it('寨上平平安安，没得事 is a zero report', () => {
    expect(kinds(parse('杨树：今天寨上平平安安，没得事'))).toEqual(['zero_report']);
  });

  it('补报 with the unit named before the day files that day’s zero report', () => {
    const r = parse('补报杨树村昨天（初二）的零报告，昨天在卫生院陪老人搞忘了。');
    expect(r.reports).toEqual([{ kind: 'zero_report', unit: '杨树村', date: '2026-11-19' }]);
  });

  it('更正：那条零报告是X的，不是Y: the zero report made again for its right unit', () => {
    const r = parse('更正：上面那条零报告是马坊村的，不是杨树村，手机上选错了');
    expect(r.reports).toEqual([{ kind: 'zero_report', unit: '马坊村', date: '2026-11-20', correction: true }]);
  });

  it('X是去…看病，不是去信访局: a correction of where a person went names the person', () => {
    const r = parse('更正：韩老四是去县人民医院看病，不是去信访局，人在住院部，情绪稳定。');
    expect(only(r, 'key_person').persons[0]).toMatchObject({ name: '韩老四', state: 'stable', escalation: null });
    expect(only(r, 'key_person').correction).toBe(true);
  });

  it('撤回上一条，重新发：… is the report sent again, not an undo', () => {
    const r = parse('撤回上一条，重新发：杨树村日研判：排查矛盾纠纷1起，化解1起，新增信访0件，重点人员1名（韩秀英）稳定，研判：平稳');
    expect(kinds(r)).toEqual(['daily_assessment', 'key_person']);
  });

  it('another matter reported besides the zero report, named as such, is an incident', () => {
    const r = parse('杨树村零报告。另外报个情况：下午有3个外地人在集上发传单，讲什么维权，已报派出所，人已带走。');
    expect(kinds(r)).toEqual(['incident']);
    const person = parse('杨树村零报告。另外报个情况：韩老四今天从广东回来了，在家稳定');
    expect(kinds(person)).toEqual(['zero_report', 'key_person']);
  });

  it('a past word that says whose money (拖欠去年果款) does not make the act past', () => {
    const r = parse('今天上午9点半，杨树村8名果农到镇政府反映合作社拖欠去年果款问题，镇长正在接待');
    expect(only(r, 'incident')).toMatchObject({ escalation: 'township', people: 8, collective: true });
  });

  it('names joined by 同 or 和, the pair counted (两个), and 赖 as a surname of three', () => {
    const r = parse('杨树今日平安。就系赖水生同赖石养两个喝了酒，讲明天要去省里上访，我们正在做思想工作。');
    expect(only(r, 'key_person').persons.map((p) => [p.name, p.state, p.escalation])).toEqual([
      ['赖水生', 'abnormal', 'province'],
      ['赖石养', 'abnormal', 'province'],
    ]);
    expect(kinds(parse('续报：那日苏和邻居两家已经调解了，那日苏赔了医药费，都在家'))).toEqual(['incident']);
  });

  it('a name after 受灾户, and after 村民 in a threat', () => {
    const r = parse('杨树村零报告。受灾户邱木生今天情绪有些激动，嫌救助太少，扬言要去市里，已安排干部上门。');
    expect(only(r, 'key_person').persons[0]).toMatchObject({ name: '邱木生', state: 'abnormal', escalation: 'city' });
  });

  it('客家 不系 for 不是, 回屋 for 回家, X系外出', () => {
    const r = parse('更正：韩老四今天系去县医院看病，不系去上访，刚才报错了，人情绪稳定。');
    expect(kinds(r)).toEqual(['key_person']);
    expect(only(parse('韩老四找到了，系在邻村朋友屋下喝醉咯，已送回屋，冇事。'), 'key_person').persons[0]).toMatchObject({ whereabouts: 'home' });
    expect(only(parse('修改：刚才写反了，苗金海今日在屋下，韩老四系外出（去广东中山做事）。'), 'key_person').persons.map((p) => p.whereabouts)).toEqual(['home', 'away']);
  });

  it('重点人员 with all of them named before the figure counts them', () => {
    expect(only(parse('杨树村日研判：排查矛盾纠纷1件（果款），调处中；重点人员韩老四、苗金海2人，均在家，情绪稳定。'), 'daily_assessment').counts).toMatchObject({ keyPersons: 2, keyPersonsAbnormal: 0 });
  });

  it('one day’s zero report filed late, then today said the same in other words: both days', () => {
    const r = parse('杨树村补报11月19日零报告，今天（20日）也冇异常，一并报。');
    expect(r.reports.map((x) => x.kind === 'zero_report' && x.date)).toEqual(['2026-11-19', '2026-11-20']);
  });

  it('零报告16点前报 tells the deadline', () => {
    expect(kinds(parse('值班人员在岗在位，零报告16点前报，有情况随时报。', null))).toEqual(['chatter']);
  });

  it('a day named in hearsay dates the hearsay, not the report that says 今天 after it', () => {
    const r = parse('听说隔壁镇昨天有几个人去州里上访了，我们杨树今天没得啥子，零报告');
    expect(r.reports).toEqual([{ kind: 'zero_report', unit: '杨树村', date: '2026-11-20' }]);
  });

  it('起了点小摩擦 is a quarrel; beside zero reports of other named units, those units are asked to send theirs alone', () => {
    const r = parse('南片情况：杨树、马坊零报告；清河村韩老四家前几天那事今天又起了点小摩擦，已经调好了。', null);
    expect(r.reports.map((x) => [x.kind, x.kind === 'incident' && x.unit])).toEqual([['incident', '清河村']]);
    expect(r.warnings).toContain('zero_beside_news');
    expect(parse('杨树村零报告。韩老四家今天又起了点小摩擦，已经调好了。').warnings).toContain('self_contradiction');
  });

  it('the first of a crowd that only talks a going over (商量…联名去省里) are key persons, not an incident', () => {
    const r = parse('杨树村报告：搬迁户韩老四、苗金海等5户今天上午在安置点议论，讲补偿跟隔壁县标准不一样，商量下周联名去省里反映。');
    expect(kinds(r)).toEqual(['key_person']);
    expect(only(r, 'key_person').persons.map((p) => [p.name, p.state, p.escalation])).toEqual([
      ['韩老四', 'abnormal', 'province'],
      ['苗金海', 'abnormal', 'province'],
    ]);
    expect(kinds(parse('搬迁户韩老四、苗金海等5户今天上午到镇政府反映补偿标准'))).toEqual(['incident']);
  });
});

