import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONFIG_KEYS, ConfigError, consoleWebEnv, loadConfig, wecomConfigured, wecomLongConnection } from '../../src/config.js';

describe('loadConfig', () => {
  it('starts on embedded defaults with an empty environment (console mode, in-memory store)', () => {
    const c = loadConfig({});
    expect(c.PORT).toBe(3000);
    expect(c.REDIS_URL).toBeUndefined();
    expect(c.WECOM_TOKEN).toBeUndefined();
    expect(c.ROSTER_PATH).toBe('roster.sample.json');
    expect(Object.isFrozen(c)).toBe(true);
  });

  it('treats empty strings as unset and coerces numbers', () => {
    const c = loadConfig({ PORT: '8080', REDIS_URL: '  ', BODY_LIMIT_KB: '128' });
    expect(c.PORT).toBe(8080);
    expect(c.REDIS_URL).toBeUndefined();
    expect(c.BODY_LIMIT_KB).toBe(128);
  });

  it('parses per-group mappings', () => {
    const c = loadConfig({ WECOM_GROUP_WEBHOOKS: 'units-chat=abc-123, leaders-chat=def' });
    expect(c.WECOM_GROUP_WEBHOOKS).toEqual({ 'units-chat': 'abc-123', 'leaders-chat': 'def' });
  });

  it('lists every bad key at once, each with a hint where to find it', () => {
    let err: unknown;
    try {
      loadConfig({ PORT: 'abc', LOG_LEVEL: 'loud', WECOM_ENCODING_AES_KEY: 'short', WECOM_GROUP_WEBHOOKS: 'no-equals' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    const problems = (err as ConfigError).problems;
    expect(problems.map((p) => p.split(':')[0]).sort()).toEqual(['LOG_LEVEL', 'PORT', 'WECOM_ENCODING_AES_KEY', 'WECOM_GROUP_WEBHOOKS']);
    expect(problems.find((p) => p.startsWith('WECOM_ENCODING_AES_KEY'))).toContain('EncodingAESKey');
  });

  it('requires credentials in pairs', () => {
    expect(() => loadConfig({ DINGTALK_APP_KEY: 'dingabc' })).toThrow(/DINGTALK_APP_SECRET: required together with DINGTALK_APP_KEY/);
    expect(() => loadConfig({ WECOM_TOKEN: 't' })).toThrow(/WECOM_ENCODING_AES_KEY/);
  });
});

describe('the console\'s own 看板', () => {
  const secret = 'x'.repeat(64);
  it('is served on loopback at the server\'s port when no platform and no 看板 address are set', () => {
    expect(consoleWebEnv(loadConfig({}), secret)).toEqual({ WEB_PUBLIC_URL: 'http://127.0.0.1:3000', WEB_SESSION_SECRET: secret });
    expect(consoleWebEnv(loadConfig({ HOST: '127.0.0.2', PORT: '4100' }), secret)?.WEB_PUBLIC_URL).toBe('http://127.0.0.2:4100');
    expect(consoleWebEnv(loadConfig({ HOST: '::1' }), secret)?.WEB_PUBLIC_URL).toBe('http://[::1]:3000');
  });
  it('is left alone with a platform, an address of its own, or a port chosen by the system', () => {
    expect(consoleWebEnv(loadConfig({ DINGTALK_APP_KEY: 'k', DINGTALK_APP_SECRET: 's' }), secret)).toBeUndefined();
    expect(consoleWebEnv(loadConfig({ WEB_PUBLIC_URL: 'https://w.example.cn', WEB_SESSION_SECRET: secret }), secret)).toBeUndefined();
    expect(consoleWebEnv(loadConfig({ PORT: '0' }), secret)).toBeUndefined();
  });
});

describe('WeCom long connection settings', () => {
  it('needs the bot id and secret with WECOM_MODE=long, and defaults to the official address', () => {
    expect(() => loadConfig({ WECOM_MODE: 'long' })).toThrow(/WECOM_BOT_ID: required when WECOM_MODE=long/);
    expect(() => loadConfig({ WECOM_MODE: 'long', WECOM_BOT_ID: 'aib1' })).toThrow(/WECOM_BOT_SECRET: required together with WECOM_BOT_ID/);
    const c = loadConfig({ WECOM_MODE: 'long', WECOM_BOT_ID: 'aib1', WECOM_BOT_SECRET: 's' });
    expect(c.WECOM_WS_URL).toBe('wss://openws.work.weixin.qq.com');
    expect(wecomLongConnection(c) && wecomConfigured(c)).toBe(true);
    expect(wecomLongConnection(loadConfig({ WECOM_BOT_ID: 'aib1', WECOM_BOT_SECRET: 's' }))).toBe(false);
  });
});

describe('.env.example', () => {
  const text = readFileSync(new URL('../../.env.example', import.meta.url), 'utf8');
  const keys = [...text.matchAll(/^#?\s*([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]);

  it('lists exactly the keys of the config schema, in order', () => {
    expect(keys).toEqual(Object.keys(CONFIG_KEYS));
  });

  it('is itself a valid configuration', () => {
    const env = Object.fromEntries([...text.matchAll(/^([A-Z][A-Z0-9_]+)=(.*)$/gm)].map((m) => [m[1], m[2]]));
    expect(() => loadConfig(env)).not.toThrow();
  });
});
