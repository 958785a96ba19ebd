import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// A setting that would lose @-mentions silently stops the start, with the config error listing what to write.
describe('npm start with an ambiguous DINGTALK_CUSTOM_ROBOTS', () => {
  it('exits 1 before doing anything, naming the key and the fix, never the token', () => {
    const token = 'f'.repeat(64);
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: new URL('../..', import.meta.url).pathname,
      env: { PATH: process.env.PATH ?? '', PORT: '0', DINGTALK_APP_KEY: 'k', DINGTALK_APP_SECRET: 's', DINGTALK_CUSTOM_ROBOTS: `cidGroup0001==${token}` },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Invalid configuration (1)');
    expect(r.stderr).toContain('DINGTALK_CUSTOM_ROBOTS: entry 1: chat "cidGroup0001=" is not a DingTalk group of the roster');
    expect(r.stderr).not.toContain(token);
  });
});
