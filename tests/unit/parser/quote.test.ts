import { describe, expect, it } from 'vitest';
import { quoteOriginal } from '../../../src/parser/quote.js';
import { only, parse } from './helpers.js';

// An incident's summary is what leaders read in the alert: the cadre's words, not the copy the rules read.
describe('the summary quotes the message', () => {
  it('keeps dialect words the rules rewrote (旗里, 冇得, 仲喺, 讲)', () => {
    expect(only(parse('杨树村零报告。老刘带着五个人上旗里要光伏租金去了'), 'incident').summary).toBe('老刘带着五个人上旗里要光伏租金去了');
    expect(only(parse('@维稳助手 续报：杨树村冇得进展，那几个工人仲喺工地门口围住，讲要去县里😡'), 'incident').summary).toBe('杨树村冇得进展，那几个工人仲喺工地门口围住，讲要去县里');
  });

  it('keeps the normalised layout where only layout differs (｜ → ：, a list number dropped)', () => {
    expect(only(parse('1、杨树村十几个村民到镇政府集体上访,反映征地补偿问题；2、马坊村零报告'), 'incident').summary).toBe('杨树村十几个村民到镇政府集体上访，反映征地补偿问题');
    expect(only(parse('【首报】\n时间｜11月20日8:50\n地点｜镇政府门口\n人数｜12人'), 'incident').summary).toBe('地点：镇政府门口');
  });

  it('cuts a long quote as the summary was cut, and gives the summary back when no sentence holds it', () => {
    const long = `续报：${'那几个工人仲喺工地门口围住，'.repeat(6)}讲要去县里`;
    const q = quoteOriginal(`${'那几个工人还在工地门口围住,'.repeat(4).replace(/,/g, '，').slice(0, 59)}…`, long);
    expect(q.endsWith('…')).toBe(true);
    expect(q.startsWith('那几个工人仲喺')).toBe(true);
    expect(q).toHaveLength(60);
    expect(quoteOriginal('马坊村有人到县里上访', '杨树村零报告')).toBe('马坊村有人到县里上访');
  });
});
