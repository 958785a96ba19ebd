// DINGTALK_CUSTOM_ROBOTS: per group, the custom robot (自定义机器人) that can @ people. Read strictly, because a wrong
// reading fails silently: the group then has no custom robot, reminders go through groupMessages/send (which cannot
// @), and nobody is notified. The classic trap is the chat id's own base64 padding: `cidAbc==` followed by `=` and the
// token is `cidAbc===TOKEN`; writing `cidAbc==TOKEN` reads as the chat `cidAbc=`. So every chat id must be a DingTalk
// group of roster.json, and anything else stops the start with a message saying what to write instead.

export interface CustomRobot {
  token: string;
  secret: string | undefined;
}

export interface CustomRobotsReading {
  robots: Map<string, CustomRobot>;
  /** One line per problem, without the key name (the caller prefixes it). */
  problems: string[];
}

/** A custom robot's access_token is 64 hex digits and its 加签 secret `SEC` + 64 hex; we only require the shapes. */
const TOKEN = /^[A-Za-z0-9_-]+$/;
const SECRET = /^SEC[A-Za-z0-9_-]+$/;

/**
 * Reads `chatId=ACCESS_TOKEN[:SEC…],…`. The separator is the last `=` of an entry (a token has none); the chat id
 * before it must be one of `groups` exactly.
 */
export function readCustomRobots(raw: string | undefined, groups: readonly string[]): CustomRobotsReading {
  const robots = new Map<string, CustomRobot>();
  const problems: string[] = [];
  const known = new Set(groups);
  for (const [n, entry] of (raw ?? '').split(',').map((e) => e.trim()).entries()) {
    if (!entry) continue;
    const where = `entry ${n + 1}`;
    if (/https?:|access_token=|\s/.test(entry)) {
      problems.push(`${where}: write only the access_token value of the robot's Webhook URL (…/robot/send?access_token=VALUE), not the URL`);
      continue;
    }
    const i = entry.lastIndexOf('=');
    if (i <= 0) {
      problems.push(`${where}: must be chatId=ACCESS_TOKEN or chatId=ACCESS_TOKEN:SEC…`);
      continue;
    }
    const chatId = entry.slice(0, i);
    const [token = '', secret, ...extra] = entry.slice(i + 1).split(':');
    if (!TOKEN.test(token) || extra.length) {
      problems.push(`${where}: the part after "=" must be ACCESS_TOKEN or ACCESS_TOKEN:SEC…`);
      continue;
    }
    if (secret !== undefined && !SECRET.test(secret)) {
      problems.push(`${where}: the 加签 secret after ":" starts with SEC (安全设置 → 加签)`);
      continue;
    }
    if (!known.has(chatId)) {
      const meant = groups.find((g) => entry.startsWith(g) && g !== chatId);
      problems.push(
        meant
          ? `${where}: reads as chat "${chatId}", which is not a DingTalk group of the roster; for the group "${meant}" write "${meant}=" and then the token (a chat id ending in "==" is followed by a third "=")`
          : `${where}: chat "${chatId}" is not a DingTalk group of the roster (roster.json groups, platform "dingtalk")`,
      );
      continue;
    }
    if (robots.has(chatId)) {
      problems.push(`${where}: chat "${chatId}" is listed twice`);
      continue;
    }
    robots.set(chatId, { token, secret: secret || undefined });
  }
  return { robots, problems };
}
