import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { z } from 'zod';

// The one door to the environment: nothing else reads process.env. Each key carries a hint saying where its
// value comes from, so a bad deployment fails at start with every problem listed at once.

const emptyAsUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const str = () => z.preprocess(emptyAsUndefined, z.string().optional());
const int = (def: number, min = 0, max = Number.MAX_SAFE_INTEGER) =>
  z.preprocess(emptyAsUndefined, z.coerce.number().int().min(min).max(max).default(def));
const url = (def: string) => z.preprocess(emptyAsUndefined, z.url().default(def));
/** Splits `chatId=value`; DingTalk chat ids end in base64 padding (`cid…==`), so `=` runs stay with the id. */
const splitPair = (kv: string): [string, string] => {
  const m = /^([^=]+=*)=([^=].*)$/s.exec(kv.trim());
  return m ? [m[1]!, m[2]!] : (kv.trim().split(/=(.*)/s, 2) as [string, string]);
};
/** `chatA=value,chatB=value`: a per-group mapping (webhook keys and the like). */
const mapping = () =>
  z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^\s*[^=,\s]+=[^,\s]+(\s*,\s*[^=,\s]+=[^,\s]+)*\s*$/, 'must look like chatId=value,chatId2=value2')
      .optional()
      .transform((s) => Object.fromEntries((s ?? '').split(',').filter(Boolean).map(splitPair))),
  );

/** Every key with its schema and where to find its value. The order is the order of .env.example. */
export const CONFIG_KEYS = {
  // — server —
  PORT: { schema: int(3000, 0, 65535), hint: 'TCP port of the HTTP server (callbacks, /healthz)' },
  HOST: { schema: z.preprocess(emptyAsUndefined, z.string().default('0.0.0.0')), hint: 'address to listen on; 127.0.0.1 behind a local reverse proxy' },
  BODY_LIMIT_KB: { schema: int(64, 1, 10_240), hint: 'largest callback body accepted, in KiB; bigger ones get 413' },
  LOG_LEVEL: { schema: z.preprocess(emptyAsUndefined, z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info')), hint: 'debug logs message texts (masked); info does not' },
  METRICS_PORT: { schema: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(65535).optional()), hint: 'serve /metrics on this separate port instead of PORT (e.g. bound to an internal interface)' },
  METRICS_TOKEN: { schema: str(), hint: 'if set, /metrics requires the header "Authorization: Bearer <token>"' },
  // — data —
  ROSTER_PATH: { schema: z.preprocess(emptyAsUndefined, z.string().default('roster.sample.json')), hint: 'path of roster.json (units, members, groups, deadlines); start from roster.sample.json' },
  REDIS_URL: {
    schema: z.preprocess(emptyAsUndefined, z.string().regex(/^(rediss?|redis-sentinel|redis-cluster):\/\/[^\s/?#]+/, 'must start with redis://, rediss://, redis-sentinel:// or redis-cluster:// and name a host').optional()),
    hint: 'redis://host:6379/0, rediss://…, redis-sentinel://… or redis-cluster://…; unset = in-memory store (data lost on restart)' },
  REDIS_PREFIX: { schema: z.preprocess(emptyAsUndefined, z.string().regex(/^[A-Za-z0-9_-]+$/).default('wwb')), hint: 'key prefix, so several townships or test runs can share one Redis' },
  RAW_RETENTION_DAYS: { schema: int(180, 1, 3650), hint: 'days to keep every raw inbound message for audit' },
  DEDUPE_TTL_SECONDS: { schema: int(86_400, 60), hint: 'how long a platform message id is remembered to drop redeliveries; must exceed twice WECOM_MAX_SKEW_SECONDS' },
  INBOX_CONSUMER: { schema: str(), hint: 'this instance\'s name in the Redis inbox/outbox consumer group; default host:PORT. Keep it stable across restarts so an instance takes back its own unfinished work' },
  OPS_CHAT: { schema: z.preprocess(emptyAsUndefined, z.string().regex(/^(wecom|dingtalk):\S+$/, 'must look like wecom:<chatId> or dingtalk:<conversationId>').optional()), hint: 'a chat for operator alerts (a message parked in the dead-letter list); unset = log and metric only' },
  JOURNAL_PATH: { schema: z.preprocess(emptyAsUndefined, z.string().default('data/journal.jsonl')), hint: 'local append-only file that keeps messages while Redis is unreachable' },
  HOLIDAYS_PATH: { schema: str(), hint: 'optional holiday override file (holiday-cn format) for years the calendar package does not know yet' },
  CATCHUP_HOURS: { schema: int(6, 0, 48), hint: 'after downtime, a digest whose time passed less than this many hours ago is sent once at start-up' },
  // — web page (看板) —
  WEB_PUBLIC_URL: { schema: z.preprocess(emptyAsUndefined, z.url().optional()), hint: 'the address leaders open the 看板 at, as their phones reach this server (https://weiwen.example.gov.cn); https makes the session cookie Secure; unset = no 看板 links, except in the console (then the 看板 is served on this machine\'s loopback)' },
  WEB_SESSION_SECRET: { schema: z.preprocess(emptyAsUndefined, z.string().min(32, 'must be at least 32 characters').optional()), hint: 'random secret that signs the 看板 login links (openssl rand -hex 32); changing it voids links not yet used' },
  WEB_LINK_MINUTES: { schema: int(10, 1, 60), hint: 'minutes a 看板 login link stays valid (it works once)' },
  WEB_SESSION_HOURS: { schema: int(12, 1, 168), hint: 'hours a 看板 login lasts before a new link is needed' },
  // — WeCom (企业微信) —
  WECOM_TOKEN: { schema: str(), hint: '企业微信管理后台 → 智能机器人 (or 自建应用) → 接收消息 → API 接收 → Token' },
  WECOM_ENCODING_AES_KEY: { schema: z.preprocess(emptyAsUndefined, z.string().regex(/^[A-Za-z0-9+/]{43}$/, 'must be the 43-character EncodingAESKey').optional()), hint: 'same page as WECOM_TOKEN → EncodingAESKey (43 characters)' },
  WECOM_RECEIVE_ID: { schema: z.preprocess((v) => (v === undefined ? '' : v), z.string()), hint: 'empty for a 智能机器人 (smart bot); the CorpID (我的企业 → 企业信息 → 企业ID) for a self-built app callback' },
  WECOM_CORP_ID: { schema: str(), hint: '我的企业 → 企业信息 → 企业ID (only for a self-built app)' },
  WECOM_APP_SECRET: { schema: str(), hint: '应用管理 → 自建应用 → Secret (only for a self-built app)' },
  WECOM_AGENT_ID: { schema: str(), hint: '应用管理 → 自建应用 → AgentId (only for a self-built app)' },
  WECOM_APP_TOKEN: { schema: str(), hint: '应用管理 → 自建应用 → 接收消息 → 设置API接收 → Token (only for the app\'s one-to-one XML callback on /wecom/app/callback)' },
  WECOM_APP_ENCODING_AES_KEY: { schema: z.preprocess(emptyAsUndefined, z.string().regex(/^[A-Za-z0-9+/]{43}$/, 'must be the 43-character EncodingAESKey').optional()), hint: 'same page as WECOM_APP_TOKEN → EncodingAESKey (43 characters)' },
  WECOM_GROUP_WEBHOOKS: { schema: mapping(), hint: 'chatId=KEY,…: each group\'s 消息推送 (群机器人) webhook key, for reminders and digests with @-mentions (群设置 → 消息推送 → 添加 → key=… of its URL)' },
  WECOM_MAX_SKEW_SECONDS: { schema: int(300, 30, 3600), hint: 'WeCom callbacks whose signed timestamp is further than this from our clock are refused (401): a captured request cannot be replayed later' },
  WECOM_API_BASE: { schema: url('https://qyapi.weixin.qq.com'), hint: 'WeCom API host; change for 政务微信 or a private deployment' },
  WECOM_MODE: { schema: z.preprocess(emptyAsUndefined, z.enum(['callback', 'long']).default('callback')), hint: 'callback (WeCom POSTs to /wecom/callback: needs a public HTTPS address) or long (the bot dials out over WebSocket: no public address; needs WECOM_BOT_ID and WECOM_BOT_SECRET)' },
  WECOM_BOT_ID: { schema: str(), hint: '企业微信管理后台 → 安全与管理 → 管理工具 → 智能机器人 → (the bot) → API 模式 → 长连接 → BotID (only for WECOM_MODE=long)' },
  WECOM_BOT_SECRET: { schema: str(), hint: 'same page → Secret (长连接专用, shown once; regenerate it on the bot\'s page if lost) (only for WECOM_MODE=long)' },
  WECOM_WS_URL: { schema: url('wss://openws.work.weixin.qq.com'), hint: 'long-connection address; private deployments (私有部署) find theirs in the admin console' },
  // — DingTalk (钉钉) —
  DINGTALK_APP_KEY: { schema: str(), hint: '钉钉开发者后台 → 应用开发 → 企业内部应用 → 凭证与基础信息 → Client ID (AppKey)' },
  DINGTALK_APP_SECRET: { schema: str(), hint: 'same page → Client Secret (AppSecret); also signs the HTTP callback' },
  DINGTALK_ROBOT_CODE: { schema: str(), hint: '应用 → 机器人 → RobotCode; defaults to DINGTALK_APP_KEY' },
  DINGTALK_MODE: { schema: z.preprocess(emptyAsUndefined, z.enum(['http', 'stream']).default('stream')), hint: 'stream (outbound WebSocket, no public address needed) or http (POST /dingtalk/callback)' },
  DINGTALK_CUSTOM_ROBOTS: { schema: str(), hint: 'chatId=ACCESS_TOKEN:SEC…,…: per group, a custom robot (群设置 → 智能群助手 → 添加机器人 → 自定义, 安全设置 加签) for @-reminders. chatId = the group\'s conversationId exactly as in roster.json groups, then "=", then ACCESS_TOKEN = the access_token=… value of its Webhook URL, then ":" and its 加签 secret SEC…; a chat id ending in "==" is followed by a third "=", e.g. cidAbc===0123…:SEC…. Checked against roster.json at start-up' },
  DINGTALK_CARD_TEMPLATE_ID: { schema: str(), hint: '钉钉开发者后台 → 卡片平台 → 新建模板 (关联本应用; variables text, b0 to b3, see README) → 模板 ID, ending in .schema. Set: replies that are a choice carry buttons; empty: the reply names the words to type instead' },
  DINGTALK_API_BASE: { schema: url('https://api.dingtalk.com'), hint: 'DingTalk new API host; change for 政务钉钉' },
  DINGTALK_OAPI_BASE: { schema: url('https://oapi.dingtalk.com'), hint: 'DingTalk old API host (custom robots); change for 政务钉钉' },
} as const;

type Keys = typeof CONFIG_KEYS;
export type Config = { readonly [K in keyof Keys]: z.output<Keys[K]['schema']> };

const ConfigSchema = z.object(Object.fromEntries(Object.entries(CONFIG_KEYS).map(([k, v]) => [k, v.schema])) as { [K in keyof Keys]: Keys[K]['schema'] });

export class ConfigError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Invalid configuration (${problems.length}):\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

/** Reads and validates the whole environment once; throws a ConfigError naming every bad key with its hint. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const res = ConfigSchema.safeParse(env);
  const problems: string[] = [];
  if (!res.success) {
    for (const issue of res.error.issues) {
      const key = String(issue.path[0]) as keyof Keys;
      problems.push(`${key}: ${issue.message} — ${CONFIG_KEYS[key]?.hint ?? ''}`);
    }
  } else {
    const c = res.data;
    const pairs: [keyof Keys, keyof Keys][] = [
      ['WECOM_TOKEN', 'WECOM_ENCODING_AES_KEY'],
      ['DINGTALK_APP_KEY', 'DINGTALK_APP_SECRET'],
      ['WECOM_CORP_ID', 'WECOM_APP_SECRET'],
      ['WECOM_APP_TOKEN', 'WECOM_APP_ENCODING_AES_KEY'],
      ['WECOM_BOT_ID', 'WECOM_BOT_SECRET'],
      ['WEB_PUBLIC_URL', 'WEB_SESSION_SECRET'],
    ];
    for (const [a, b] of pairs) {
      if (Boolean(c[a]) !== Boolean(c[b])) {
        const missing = c[a] ? b : a;
        problems.push(`${missing}: required together with ${missing === a ? b : a} — ${CONFIG_KEYS[missing].hint}`);
      }
    }
  }
  if (res.success && res.data.WECOM_MODE === 'long' && !res.data.WECOM_BOT_ID && !res.data.WECOM_BOT_SECRET)
    problems.push(`WECOM_BOT_ID: required when WECOM_MODE=long — ${CONFIG_KEYS.WECOM_BOT_ID.hint}`);
  if (res.success) {
    const c = res.data;
    if (c.DEDUPE_TTL_SECONDS <= 2 * c.WECOM_MAX_SKEW_SECONDS)
      problems.push(`DEDUPE_TTL_SECONDS: must be more than twice WECOM_MAX_SKEW_SECONDS (${c.WECOM_MAX_SKEW_SECONDS}), or a replay inside the window would pass as new — ${CONFIG_KEYS.DEDUPE_TTL_SECONDS.hint}`);
    // The journal is used only with Redis; a path that cannot become a file is found now, not at the first outage.
    if (c.REDIS_URL) {
      const bad = unusablePath(c.JOURNAL_PATH);
      if (bad) problems.push(`JOURNAL_PATH: ${bad} — ${CONFIG_KEYS.JOURNAL_PATH.hint}`);
    }
  }
  if (problems.length) throw new ConfigError(problems);
  return Object.freeze(res.data as Config);
}

/** WeCom is in use when any of its doors is configured: smart bot (callback or long connection), self-built app, or group webhooks. */
/** Why a file cannot be created at `path` (it is a directory, or a parent is a file), or undefined. */
function unusablePath(path: string): string | undefined {
  let p = resolve(path);
  try {
    if (statSync(p).isDirectory()) return `${path} is a directory; give a file path`;
    return undefined;
  } catch {
    // does not exist yet: look at the parents
  }
  for (;;) {
    const parent = dirname(p);
    if (parent === p) return undefined;
    p = parent;
    try {
      return statSync(p).isDirectory() ? undefined : `${p} is a file, so ${path} cannot be created under it`;
    } catch {
      // keep walking up
    }
  }
}

/** WeCom is in use when any of its three doors is configured: smart bot, self-built app, or group webhooks. */
export function wecomConfigured(c: Config): boolean {
  return Boolean(
    wecomLongConnection(c) ||
    (c.WECOM_TOKEN && c.WECOM_ENCODING_AES_KEY) ||
      (c.WECOM_APP_TOKEN && c.WECOM_APP_ENCODING_AES_KEY && c.WECOM_CORP_ID) ||
      Object.keys(c.WECOM_GROUP_WEBHOOKS).length > 0,
  );
}
/** The smart bot's long connection (WECOM_MODE=long) replaces its HTTP callback. */
export function wecomLongConnection(c: Config): boolean {
  return c.WECOM_MODE === 'long' && Boolean(c.WECOM_BOT_ID && c.WECOM_BOT_SECRET);
}
export function dingtalkConfigured(c: Config): boolean {
  return Boolean(c.DINGTALK_APP_KEY && c.DINGTALK_APP_SECRET);
}
/**
 * A console run (no platform configured) without a 看板 address gets the 看板 on this machine: its address is the
 * loopback port the server listens on, its links are signed with `secret`, made anew for the run. So a leader typing
 * 看板 in the console gets a link that opens, on the embedded defaults. A login link is single-use and printed only in
 * the console; it and its sessions die with the process. Undefined when there is nothing to add.
 */
export function consoleWebEnv(c: Config, secret: string): { WEB_PUBLIC_URL: string; WEB_SESSION_SECRET: string } | undefined {
  if (wecomConfigured(c) || dingtalkConfigured(c) || c.WEB_PUBLIC_URL || c.WEB_SESSION_SECRET || c.PORT === 0) return undefined;
  const host = c.HOST === '0.0.0.0' || c.HOST === '::' ? '127.0.0.1' : c.HOST;
  return { WEB_PUBLIC_URL: `http://${host.includes(':') ? `[${host}]` : host}:${c.PORT}`, WEB_SESSION_SECRET: secret };
}
/** The 看板 is on when it has an address to link to and a secret to sign the links with. */
export function webConfigured(c: Config): c is Config & { WEB_PUBLIC_URL: string; WEB_SESSION_SECRET: string } {
  return Boolean(c.WEB_PUBLIC_URL && c.WEB_SESSION_SECRET);
}
