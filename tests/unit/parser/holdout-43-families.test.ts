import { describe, expect, it } from 'vitest';
import { kinds, only, parse } from './helpers.js';

// Families of wording behind misses of blind holdout 43 (晋中 coal township, 清明 2033) read after its first run. Each
// case is an invented variant (other names, places, phrasings), never a corpus line.

describe('a message headed 续报/终报 is never chatter', () => {
  it.each([
    ['终报：经镇司法所调解，包工头下午到工地，跟14名工人签了协议，月底前付清，人已回宿舍', 14],
    ['续报：人已经散了，秩序正常', null],
  ])('%s: the incident followed up', (text, people) => {
    const r = parse(text);
    expect(kinds(r)).toEqual(['incident']);
    expect(only(r, 'incident').people).toBe(people);
  });

  it('请各村及时续报 asks for follow-ups and reports nothing', () => {
    expect(kinds(parse('请各村及时续报', null))).toEqual(['chatter']);
  });

  it('续报：9人已在县住建局三楼，局里在接待: the county, where they are', () => {
    expect(only(parse('续报：9人已在县住建局三楼，局里在接待，村书记在现场'), 'incident').escalation).toBe('county');
  });

  it('终报：县人社局答复…，12人已返回: the county that answered', () => {
    expect(only(parse('终报：县人社局答复欠薪下周解决，12人已于下午3点坐村里的车返回'), 'incident').escalation).toBe('county');
  });
});

describe('a crowd that comes again, or the known few pressing for money', () => {
  it('又来了二十几个安置户，在镇政府院子里站着: a crowd at the township', () => {
    const r = parse('杨树村即时报告：会还在开，外面又来了二十几个安置户，在镇政府院子里站着，说要等结果');
    expect(only(r, 'incident')).toMatchObject({ escalation: 'township', collective: true });
  });

  it('招聘会来了三十多个人 is no crowd', () => {
    expect(kinds(parse('杨树村零报告。今天村里开了招聘会，来了三十多个人，秩序正常'))).toEqual(['zero_report']);
  });

  it.each(['杨树村今天零报告，就是工地那几个又跑到项目部问钱，5个人，项目经理在解释', '杨树村一切正常，7个工人跑到项目部讨钱'])('%s: an incident, no zero report', (text) => {
    const r = parse(text);
    expect(kinds(r)).toContain('incident');
    expect(kinds(r)).not.toContain('zero_report');
  });
});

describe('a named person told after a day word, or with 跟人说/一家', () => {
  it('杨树村今天冯秀兰跟她女儿说…，人在家: the name after 今天', () => {
    const r = parse('杨树村今天冯秀兰跟她女儿说要去坟上烧纸，正常祭扫，人在家，情绪稳定');
    expect(only(r, 'key_person').persons[0]).toMatchObject({ name: '冯秀兰', whereabouts: 'home' });
  });

  it('就是高满仓跟人说…就去市里: his threat, not an incident', () => {
    const r = parse('杨树村今天零报告，就是高满仓跟人说补偿款再不发就去市里');
    expect(kinds(r)).toEqual(['key_person']);
    expect(only(r, 'key_person').persons[0]).toMatchObject({ name: '高满仓', state: 'abnormal', escalation: 'city' });
  });

  it('阎 is a surname', () => {
    expect(only(parse('报告 杨树村阎满囤从太原回来了 在家 没啥'), 'key_person').persons[0]!.name).toBe('阎满囤');
  });

  it('今天凌晨 is no name (凌 is a surname)', () => {
    const r = parse('杨树村重点人员蒋某某今天凌晨独自出门，目前去向不明');
    expect(only(r, 'key_person').persons.map((p) => p.name)).toEqual(['蒋某某']);
  });

  it('情绪还不咋稳定, 说要喝药: abnormal', () => {
    const r = parse('杨树村今天零报告，就是韩某某昨晚跟他老婆吵架，说要喝药，今早去看了，人在家，情绪还不咋稳定');
    expect(only(r, 'key_person').persons[0]!.state).toBe('abnormal');
  });

  it('已于18点30分到家: home', () => {
    expect(only(parse('终报：黄某某已于18点30分到家，情绪平稳'), 'key_person').persons[0]!.whereabouts).toBe('home');
  });
});

describe('dates and addressees', () => {
  it('下周一 is no past Monday', () => {
    const r = parse('有几个工人说下周一拿不到钱就去县里', '杨树村', '2026-11-21T10:00:00+08:00');
    expect(only(r, 'incident').date).toBe('2026-11-21');
  });

  it('@a unit, how to fill the form: told to a person, no help command', () => {
    expect(kinds(parse('@杨树村 按群文件里的模板填，排查、化解、重点人员一项一项写', null))).toEqual(['chatter']);
    expect(kinds(parse('@机器人 模板发一下', null))).toEqual(['command']);
  });

  it('5个村民到…: the summary keeps its figure', () => {
    expect(only(parse('5个村民到村委会反映征地款的事'), 'incident').summary).toBe('5个村民到村委会反映征地款的事');
  });
});
