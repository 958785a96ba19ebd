import { describe, expect, it } from 'vitest';
import { kinds, parse } from './helpers.js';

describe('commands', () => {
  it.each([
    ['@机器人 帮助', 'help'],
    ['帮助', 'help'],
    ['@机器人 零报告格式是什么？', 'help'],
    ['@机器人 发一下日研判的模板', 'help'],
    ['日研判怎么报？', 'help'],
    ['@机器人 今天谁没报', 'missing'],
    ['@机器人 今天还有谁没交零报告', 'missing'],
    ['@维稳助手 哪些村还没报？', 'missing'],
    ['查询未报', 'missing'],
    ['@机器人 看一下今天没报的', 'missing'],
    ['11月19日未报的村有哪些', 'missing'],
    ['@机器人 统计', 'stats'],
    ['汇总国庆期间各村上报情况', 'stats'],
    ['@机器人 本周情况', 'stats'],
    ['@机器人 确认 马坊村今日报告属实，村支书张建国', 'confirm'],
    ['签字 同意上报。马坊村驻村工作组组长 陈刚', 'confirm'],
    ['同意上报', 'confirm'],
    ['@机器人 撤回', 'undo'],
    ['作废刚才那条零报告，发错村了', 'undo'],
    ['撤销', 'undo'],
    ['＠機器人　幫助', 'help'],
  ])('%s → %s', (text, name) => {
    const r = parse(text);
    expect(r.reports).toEqual([{ kind: 'command', name }]);
    expect(r.unclear).toBe(false);
  });

  it('汇总 in a question to people is a verb, not the stats command', () => {
    expect(kinds(parse('这个月的零报告要不要汇总一份纸质的？'))).toEqual(['chatter']);
  });

  it('a summary word inside a report does not make a command', () => {
    expect(kinds(parse('马坊村、清河村今日零报告（镇综治办汇总代报）', null))).toEqual(['zero_report', 'zero_report']);
  });
});

describe('chatter and unclear messages', () => {
  it.each(['收到', '好的👌', '收到，谢谢领导！', '[图片]', '', '   ', '各位辛苦了🙏', '刚才网络卡了，发重复了，以第一条为准', '好的 我们晚上安排两个人值班'])(
    '%j is chatter',
    (text) => {
      const r = parse(text);
      expect(r.reports).toEqual([{ kind: 'chatter' }]);
      expect(r.unclear).toBe(false);
    },
  );

  it.each(['马坊村报告', '马坊村重点人员动态', '马坊村日研判：见附件'])('%s looks like a report but is not understood', (text) => {
    const r = parse(text);
    expect(r.reports).toEqual([]);
    expect(r.unclear).toBe(true);
  });
});
