import { describe, expect, it } from 'vitest';
import { kinds, only, parse } from './helpers.js';

// Invented variants of holdouts 93 (吕梁 山区, 清明 2048) and 94 (粤西 湛江, 春节 2048) misses, one family each.
describe('holdouts 93-94', () => {
  it('a plan to go to a province’s bureau (去太原省人社厅) beside 零报告 is a key person’s news, no zero report', () => {
    const r = parse('杨树村零报告，就是刘根旺他们几个老职工在群里说明天要去太原省人社厅，正在做工作');
    expect(kinds(r)).toEqual(['key_person']);
    expect(only(r, 'key_person').persons[0]).toMatchObject({ name: '刘根旺', escalation: 'province' });
  });

  it('晋语 没啦/甚事 and 放话 (a threat)', () => {
    expect(kinds(parse('杨树今儿清明，上坟回来的人多，没啦甚事，平平安安'))).toEqual(['zero_report']);
    expect(only(parse('杨树村零报告。郭秀芬放话说清明过了要去北京，已安排人盯着'), 'key_person').persons[0]).toMatchObject({ escalation: 'beijing', modality: 'threat' });
  });

  it('粤 嘈交 is a quarrel: a zero report beside it is no zero report', () => {
    expect(kinds(parse('杨树村零报告。今朝有两个返乡工人喺工地同包工头为工钱嘈交，已经调解好咗。'))).toEqual(['incident']);
  });

  it('廿 numerals, 两单 disputes and a voice typo of 重点人员', () => {
    expect(only(parse('杨树村初八研判：排查矛盾纠纷十二起，化解九起，重点人员廿一人，异常两人，形势较为突出。'), 'daily_assessment').counts).toMatchObject({ keyPersons: 21, keyPersonsAbnormal: 2 });
    expect(only(parse('杨树今日研判：排查到两单纠纷，都系虾塘界址问题；重点人员四个，冇异常；总体平稳。'), 'daily_assessment').counts).toMatchObject({ disputesFound: 2 });
    expect(only(parse('重点任远詹国强在家稳定'), 'key_person').persons[0]!.name).toBe('詹国强');
  });

  it('呼 as a surname of three', () => {
    expect(only(parse('杨树村重点人员呼改兰在太原她女子家，电话联系正常，没有上访意图'), 'key_person').persons[0]).toMatchObject({ name: '呼改兰', whereabouts: 'away' });
  });
});

describe('the signature and the report, each a sentence of its own (holdouts 83, 89-91, 93-94)', () => {
  it('确认。X村今日零报告 and X村今日零报告\\n@机器人 确认 are both; 确认 X村今日零报告 is the command alone', () => {
    expect(kinds(parse('@机器人 确认。杨树村今日零报告', null))).toEqual(['command', 'zero_report']);
    expect(kinds(parse('杨树村今日零报告\n@机器人 确认', null))).toEqual(['zero_report', 'command']);
    expect(kinds(parse('杨树村5月4日零报告。@平安通 确认签字 鞠春生', null))).toEqual(['zero_report', 'command']);
    expect(kinds(parse('@机器人 确认 杨树村今日零报告 书记杨国兵', null))).toEqual(['command']);
    // (no bot named: a report that ends with its signature is the report, signed by the handler)
    expect(kinds(parse('杨树村今日零报告，书记杨国兵签字确认。'))).toEqual(['zero_report']);
  });
});

describe('补报 of days listed (holdouts 89, 93, 96)', () => {
  it('补报10月6日、10月7日零报告 is one zero report a day; a list without 补报 or 均/都 stays one', () => {
    const r = parse('杨树村补报10月6日、10月7日零报告', '杨树村', '2046-10-08T10:00:00+08:00');
    expect(r.reports.map((x) => (x.kind === 'zero_report' ? x.date : x.kind))).toEqual(['2046-10-06', '2046-10-07']);
    expect(kinds(parse('杨树村10月4日、5日零报告（4日漏报，一并补上）', '杨树村', '2046-10-08T10:00:00+08:00'))).toEqual(['zero_report']);
  });
});
