import { CONFIG_KEYS, type Config } from './config.js';
import { readCustomRobots } from './platforms/dingtalk/custom-robots.js';
import type { Logger } from './logger.js';
import type { RosterIndex } from './roster.js';

// Settings that name roster groups, checked against the roster once both are read: a setting that does not match
// its group fails silently later (a reminder without its @), so it stops the start instead.

export function rosterGroups(roster: RosterIndex, platform: 'wecom' | 'dingtalk'): string[] {
  return roster.roster.groups.filter((g) => g.platform === platform).map((g) => g.chatId);
}

/** Problems in the ConfigError format (`KEY: what — hint`); empty when the settings fit the roster. */
export function checkConfigAgainstRoster(config: Config, roster: RosterIndex): string[] {
  const { problems } = readCustomRobots(config.DINGTALK_CUSTOM_ROBOTS, rosterGroups(roster, 'dingtalk'));
  return problems.map((p) => `DINGTALK_CUSTOM_ROBOTS: ${p} — ${CONFIG_KEYS.DINGTALK_CUSTOM_ROBOTS.hint}`);
}

/**
 * One line per roster group, at start-up: which send path carries its @-mentions (reminders), or that none does.
 * Operators read this once and know whether a reminder will notify anyone.
 */
export function logMentionPaths(o: { config: Config; roster: RosterIndex; logger: Logger; wecom: boolean; dingtalk: boolean }): void {
  const { config, roster, logger } = o;
  const robots = readCustomRobots(config.DINGTALK_CUSTOM_ROBOTS, rosterGroups(roster, 'dingtalk')).robots;
  for (const g of roster.roster.groups) {
    const at = { platform: g.platform, chatId: g.chatId, group: g.name, kind: g.kind };
    if (g.platform === 'dingtalk' && o.dingtalk) {
      if (robots.has(g.chatId)) logger.info({ ...at, mentionPath: 'custom_robot' }, '@-mentions in this group go through its custom robot');
      else
        logger.warn(
          { ...at, mentionPath: 'none', hint: 'add its custom robot to DINGTALK_CUSTOM_ROBOTS' },
          'no custom robot for this group: reminders go through groupMessages/send, which cannot @; names are plain text and notify nobody (replies @ the sender through the sessionWebhook)',
        );
    } else if (g.platform === 'wecom' && o.wecom) {
      if (config.WECOM_GROUP_WEBHOOKS[g.chatId]) logger.info({ ...at, mentionPath: 'group_webhook' }, '@-mentions in this group go through its 消息推送 webhook');
      else
        logger.warn(
          { ...at, mentionPath: 'none', hint: 'add its 消息推送 webhook key to WECOM_GROUP_WEBHOOKS' },
          'no group webhook for this group: reminders cannot @ anyone here; names are plain text and notify nobody',
        );
    }
  }
}
