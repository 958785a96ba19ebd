import { describe, expect, it } from 'vitest';
import type { Person } from '../../../src/parser/schema.js';
import { only, parse } from './helpers.js';

// Where a key person is, in our own invented sentences: a province or a far city (with or without work or a
// relative's home), on the road, not home last night, what other people's clauses say (cadres, kin), 本人 in a later
// sentence, a visit near or far, and a person gone missing toward the city, the province or Beijing.
const person = (text: string, name: string): Person | undefined => only(parse(text), 'key_person').persons.find((p) => p.name === name);

describe('key persons: where they are', () => {
  it.each<[string, string, string, Partial<Person>]>([
    ['a province, a bracket after it', '马坊村重点人员：蒋某某在江西（电话联系正常），稳定', '蒋某某', { state: 'stable', whereabouts: 'away' }],
    ['a far city, at a relative’s home', '清河村谭某某已找到，在洛阳姑姑家，下周回来。', '谭某某', { state: 'stable', whereabouts: 'away' }],
    ['a far city, with a child at school', '红星村重点人员：包某某在苏州陪读，稳定', '包某某', { whereabouts: 'away' }],
    ['a province and a town, then work', '杨树村重点人员郑某某在江苏昆山务工，稳定。', '郑某某', { whereabouts: 'away' }],
    ['a check-up in a far city', '马坊村重点人员：许某某今天去长沙医院复查，女儿陪同。', '许某某', { state: 'stable', whereabouts: 'away', escalation: null }],
    ['in a province and threatening Beijing', '马坊村日研判：重点人员5人，异常1人（滕某某在湖北扬言进京）；研判：需关注。', '滕某某', { state: 'abnormal', whereabouts: 'away', escalation: 'beijing' }],
    ['living in a far city', '马坊村重点人员：林某某（外嫁女）现居深圳，电话联系，表示近期不回来，稳定。', '林某某', { state: 'stable', whereabouts: 'away' }],
    ['a shop in the township is home', '马坊村重点人员：邱某某在镇上开店，稳定', '邱某某', { whereabouts: 'home' }],
    ['on the road home', '续报：红星村韩某某已在市高铁站找到，正由民警护送，目前在回家路上', '韩某某', { whereabouts: 'away' }],
    ['not home last night', '马坊村重点人员曾某某昨晚没回家，手机打不通。', '曾某某', { state: 'abnormal', whereabouts: 'away' }],
    ['not at home either', '清河村柏某某今天没去工地，家里也不在，电话不接', '柏某某', { state: 'abnormal', whereabouts: 'away' }],
    ['cadres soothing the person say nothing of where', '红星村重点人员卢某某情绪激动，在村委会吵闹，村干部正在劝说', '卢某某', { state: 'abnormal', whereabouts: 'home' }],
    ['a wife at home is not the person at home', '马坊村重点人员：邓某某今日仍在深圳，电话中情绪平稳，其妻（在家）配合做工作', '邓某某', { whereabouts: 'away' }],
    ['the family telling of the person', '清河村重点人员：孔某某，家属称其昨天已去温州打工', '孔某某', { whereabouts: 'away' }],
    ['cadres at the person’s home', '杨树村重点人员严某某扬言要去区里，包保干部正在其家中劝导', '严某某', { state: 'abnormal', whereabouts: 'home', escalation: 'county' }],
    ['本人 in a later sentence', '凤凰社区熊某某在群里说物业再不修电梯就要去市里上访。网格员上门看了，本人在家。', '熊某某', { state: 'abnormal', whereabouts: 'home', escalation: 'city' }],
    ['a visit in the neighbouring county', '清河村重点人员：费某某走亲戚（邻县），稳定', '费某某', { whereabouts: 'away' }],
    ['a visit within the township', '清河村重点人员：费某某到本镇老街走亲戚，稳定', '费某某', { whereabouts: 'unknown' }],
    ['missing, maybe gone to the provincial capital', '清河村覃某某今天不知去向，家里人说可能去省城了，正在找', '覃某某', { state: 'abnormal', whereabouts: 'away', escalation: 'province' }],
    ['missing, suspected of heading to the city', '杨树村：苏某某一早独自出门，手机关机，下落不明，疑似去市里。', '苏某某', { state: 'abnormal', whereabouts: 'away', escalation: 'city' }],
    ['to the provincial capital for a doctor is no petition', '清河村重点人员覃某某去省城看病了，电话打得通，稳定', '覃某某', { state: 'stable', escalation: null }],
    ['calling others to go to the province', '前进社区重点人员：邹某在家，情绪激动，今天在业主群号召下周一去省政府。', '邹某', { state: 'abnormal', whereabouts: 'home', escalation: 'province' }],
  ])('%s', (_label, text, name, want) => {
    expect(person(text, name)).toMatchObject(want);
  });

  it.each([
    ['upset with a degree between', '清河村重点人员：龙老幺在家，情绪有点波动，因为低保的事。', '龙老幺', 'abnormal'],
    ['still somewhat agitated', '马坊村重点人员：潘某某今天情绪还有些激动，在家。', '潘某某', 'abnormal'],
    ['a banner raised by named people', '凤凰社区周某某、吴某某两人今天在社区门口拉横幅，要求物业退费。', '吴某某', 'abnormal'],
    ['no upset at all', '马坊村重点人员王某某情绪没有波动，在家', '王某某', 'stable'],
  ])('%s', (_label, text, name, state) => {
    expect(person(text, name)?.state).toBe(state);
  });

  it('where a correction says the person went instead (不是去…，是去市医院), and not a reason told (他说是去…)', () => {
    expect(person('更正：杨树村邹某某不是到县信访局，是去省医院复查', '邹某某')).toMatchObject({ state: 'stable', whereabouts: 'away', escalation: null });
    expect(person('更正：马坊村重点人员孔某某是到市人民医院拿药去了', '孔某某')).toMatchObject({ whereabouts: 'away' });
    expect(person('马坊村重点人员孔某某说是去市医院看病', '孔某某')?.whereabouts).toBe('unknown');
    expect(person('马坊村重点人员孔某某在家，说是明天去市医院看病', '孔某某')?.whereabouts).toBe('home');
  });

  it('a trip to come (明天要带几个人去县里) leaves the person where they are: not away yet', () => {
    expect(person('马坊村重点人员柏某某说后天要带几户人去市里讨说法', '柏某某')).toMatchObject({ state: 'abnormal', whereabouts: 'unknown', escalation: 'city' });
    expect(person('马坊村重点人员柏某某过几天要坐车去省城', '柏某某')?.whereabouts).not.toBe('away');
    expect(person('马坊村重点人员柏某某今天一早去市里了', '柏某某')?.whereabouts).toBe('away');
  });

  it('a village of a city’s name is not the city', () => {
    expect(person('清河村重点人员：贾某某在东营村亲戚家帮忙，稳定', '贾某某')?.whereabouts).not.toBe('away');
  });

  it('the leader of a group, said with a hedge and where he lives', () => {
    expect(person('前进社区业主群里在传，说下周要组织业主去区政府拉横幅，牵头的好像是8栋的钟某某，我们正在核实。', '钟某某')).toMatchObject({ state: 'abnormal', escalation: 'county' });
  });
});

describe('brought back home, said done, is home whatever place was said before', () => {
  it.each([
    ['杨树村孙某某昨晚已找到，在市里亲戚家，已接回村，情绪稳定', '孙某某'],
    ['马坊村周某某在县城宾馆，今天上午已送回家', '周某某'],
    ['清河村吴某在市里火车站，已被镇干部劝返回村', '吴某'],
  ])('%s: home', (text, name) => {
    const p = only(parse(text), 'key_person').persons.find((x) => x.name === name);
    expect(p?.whereabouts).toBe('home');
  });

  it('planned, not done: still away', () => {
    expect(only(parse('杨树村孙某某在市里，明天去把他接回村'), 'key_person').persons[0]?.whereabouts).toBe('away');
  });
});
