import { describe, expect, it } from 'vitest';
import { kinds, only, parse } from './helpers.js';

describe('asked how, not told to (the command is not carried out)', () => {
  it.each([
    ['@小助手 撤回要怎么弄', 'help'],
    ['作废的话咋操作', 'help'],
    ['报错的零报告可以撤销吗', 'help'],
    ['撤回键在哪？', 'help'],
    ['我想撤回，有什么方法', 'help'],
    ['签字确认怎样操作', 'help'],
    ['组长能不能确认', 'help'],
    ['数填错了如何修改', 'help'],
    ['咱们的台账在哪看？', 'help'],
  ])('%s → %s', (text, name) => {
    expect(parse(text).reports).toEqual([{ kind: 'command', name }]);
  });
  it.each([
    ['@小助手 撤回', 'undo'],
    ['撤销刚才那条', 'undo'],
    ['书记确认', 'confirm'],
    ['签字，同意上报', 'confirm'],
  ])('told: %s → %s', (text, name) => {
    expect(parse(text).reports).toEqual([{ kind: 'command', name }]);
  });
});

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

describe('commands phrased in chat (holdout 12 at its first run: the bot called by its own name)', () => {
  it.each([
    ['@维稳小助手 模板发一下', 'help'],
    ['@信访机器人 这个怎么用', 'help'],
    ['@平安小助理 你能做什么', 'help'],
    ['@维稳小助手 昨天哪几个村没报', 'missing'],
    ['@小安bot 11月18日谁没报', 'missing'],
    ['杨树村支书确认杨树村今日报告', 'confirm'],
    ['驻村工作组组长确认马坊今天的日研判', 'confirm'],
    ['上一条发错群了，作废', 'undo'],
    ['刚才那个零报告发错地方了，删掉', 'undo'],
  ])('%s → %s', (text, name) => {
    expect(parse(text).reports).toEqual([{ kind: 'command', name }]);
  });

  it.each(['发错群了，已撤回', '请各村书记确认今日报告', '领导，月底的统计表什么时候交？', '王主任，汇总表啥时候要？'])('%s is no command', (text) => {
    expect(kinds(parse(text))).not.toContain('command');
  });

  it('@ a person by name, not the bot, is not the bot asked', () => {
    expect(kinds(parse('@王丽 模板发我一下'))).toEqual(['chatter']);
  });

  it('撤回上一条，重新上报：… is the report again, a correction, not the undo command', () => {
    const r = parse('撤回上一条，重新上报：马坊村村民李某某夫妻今天上午到县信访局反映低保问题');
    expect(kinds(r)).toEqual(['incident']);
    expect(r.reports[0]).toMatchObject({ unit: '马坊村', escalation: 'county', people: 2, correction: true });
    expect(parse('作废刚才那条，改为：清河村今日零报告').reports).toEqual([{ kind: 'zero_report', unit: '清河村', date: '2026-11-20', correction: true }]);
  });

  it('a petition form row alone is read (到市：1人)', () => {
    expect(only(parse('到市：1人'), 'incident').escalation).toBe('city');
    expect(only(parse('赴省:2人（王某某、李某某）'), 'incident')).toMatchObject({ escalation: 'province', people: 2 });
  });
});
