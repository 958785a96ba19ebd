// Regenerates .env.example from the config schema, so the two never drift (tests/unit/config.test.ts checks it).
import { writeFileSync } from 'node:fs';
import { CONFIG_KEYS } from '../src/config.js';

const SECTIONS: Record<string, string> = {
  PORT: '服务 (server)',
  ROSTER_PATH: '数据 (data)',
  WEB_PUBLIC_URL: '看板 (web page) — 不用看板则留空',
  WECOM_TOKEN: '企业微信 (WeCom) — 不用企业微信则全部留空',
  DINGTALK_APP_KEY: '钉钉 (DingTalk) — 不用钉钉则全部留空',
};
const DEFAULTS_SHOWN = new Set(['PORT', 'ROSTER_PATH', 'LOG_LEVEL', 'REDIS_PREFIX', 'DINGTALK_MODE', 'WEB_LINK_MINUTES', 'WEB_SESSION_HOURS']);
const lines = ['# 维稳助手 environment. Copy to .env (or the systemd EnvironmentFile) and fill in what you use.', '# Empty = unset = the built-in default. No platform credentials → local console chat.', ''];
for (const [key, { hint, schema }] of Object.entries(CONFIG_KEYS)) {
  if (SECTIONS[key]) lines.push(`# ——— ${SECTIONS[key]} ———`);
  lines.push(`# ${hint}`);
  const parsed = schema.safeParse(undefined);
  const def = DEFAULTS_SHOWN.has(key) && parsed.success && parsed.data !== undefined ? String(parsed.data) : '';
  lines.push(`${key}=${def}`, '');
}
writeFileSync(new URL('../.env.example', import.meta.url), lines.join('\n'));
