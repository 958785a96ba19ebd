import { describe, expect, it } from 'vitest';
import { checkConfigAgainstRoster, logMentionPaths } from '../../../src/config-roster.js';
import { loadConfig } from '../../../src/config.js';
import { readCustomRobots } from '../../../src/platforms/dingtalk/custom-robots.js';
import { indexRoster, parseRoster } from '../../../src/roster.js';
import { captureLogger } from '../../support/capture-logger.js';

const TOKEN = 'a'.repeat(64);
const SECRET = `SEC${'b'.repeat(64)}`;
const GROUPS = ['cidUnits0001==', 'cidLeaders01=='];

describe('DINGTALK_CUSTOM_ROBOTS, read strictly', () => {
  it('reads chat id, "=", token and secret; a chat id ending in "==" is followed by a third "="', () => {
    const r = readCustomRobots(`cidUnits0001===${TOKEN}:${SECRET}, cidLeaders01===${TOKEN}`, GROUPS);
    expect(r.problems).toEqual([]);
    expect(r.robots.get('cidUnits0001==')).toEqual({ token: TOKEN, secret: SECRET });
    expect(r.robots.get('cidLeaders01==')).toEqual({ token: TOKEN, secret: undefined });
  });

  it('refuses the old hint followed literally (cid…==TOKEN), naming the group meant and what to write', () => {
    const r = readCustomRobots(`cidUnits0001==${TOKEN}:${SECRET}`, GROUPS);
    expect(r.robots.size).toBe(0);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toContain('reads as chat "cidUnits0001="');
    expect(r.problems[0]).toContain('write "cidUnits0001===" and then the token');
    expect(r.problems[0]).not.toContain(TOKEN);
  });

  it('refuses chats outside the roster, whole URLs, secrets without SEC, doubles and shapeless entries', () => {
    const problems = (raw: string) => readCustomRobots(raw, GROUPS).problems;
    expect(problems(`cidOther0001===${TOKEN}`)[0]).toContain('not a DingTalk group of the roster');
    expect(problems(`cidUnits0001===https://oapi.dingtalk.com/robot/send?access_token=${TOKEN}`)[0]).toContain('not the URL');
    expect(problems(`cidUnits0001===${TOKEN}:${'b'.repeat(64)}`)[0]).toContain('starts with SEC');
    expect(problems(`cidUnits0001===${TOKEN},cidUnits0001===${TOKEN}`)[0]).toContain('listed twice');
    expect(problems(TOKEN)[0]).toContain('must be chatId=ACCESS_TOKEN');
    expect(problems(`cidUnits0001===${TOKEN}:${SECRET}:x`)[0]).toContain('ACCESS_TOKEN:SEC');
    expect(problems('')).toEqual([]);
  });
});

const roster = indexRoster(
  parseRoster({
    township: '测试镇',
    units: [{ name: '张庄村', members: [{ id: 'zhang', name: '张三', role: 'reporter' }] }],
    groups: [
      { platform: 'dingtalk', chatId: GROUPS[0], kind: 'units', name: '工作群' },
      { platform: 'dingtalk', chatId: GROUPS[1], kind: 'leaders', name: '领导群' },
      { platform: 'wecom', chatId: 'wrUnits', kind: 'units' },
    ],
  }),
);

describe('start-up checks against the roster', () => {
  it('lists every problem as a config error line with its hint', () => {
    const config = loadConfig({ DINGTALK_CUSTOM_ROBOTS: `cidUnits0001==${TOKEN},cidNope===${TOKEN}` });
    const problems = checkConfigAgainstRoster(config, roster);
    expect(problems).toHaveLength(2);
    for (const p of problems) expect(p).toMatch(/^DINGTALK_CUSTOM_ROBOTS: entry \d: .* — chatId=ACCESS_TOKEN:SEC…/);
    expect(checkConfigAgainstRoster(loadConfig({ DINGTALK_CUSTOM_ROBOTS: `cidUnits0001===${TOKEN}` }), roster)).toEqual([]);
  });

  it('logs once per group which path carries its @-mentions, or that none does', () => {
    const { logger, lines } = captureLogger();
    const config = loadConfig({ DINGTALK_CUSTOM_ROBOTS: `cidUnits0001===${TOKEN}:${SECRET}`, WECOM_GROUP_WEBHOOKS: 'wrUnits=key-1' });
    logMentionPaths({ config, roster, logger, wecom: true, dingtalk: true });
    const paths = Object.fromEntries(lines.map((l) => [l.chatId as string, l.mentionPath]));
    expect(paths).toEqual({ [GROUPS[0]!]: 'custom_robot', [GROUPS[1]!]: 'none', wrUnits: 'group_webhook' });
    expect(lines.find((l) => l.mentionPath === 'none')?.msg).toContain('cannot @');
    expect(JSON.stringify(lines)).not.toContain(TOKEN);
  });
});
