import { randomUUID } from 'node:crypto';
import { PassThrough } from 'node:stream';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { silentLogger } from '../../src/logger.js';
import { runRebuildCommand } from '../../src/store/rebuild-command.js';
import { RedisReportStore } from '../../src/store/redis-store.js';
import { storeReports } from '../support/store-reports.js';
import { assessment, zero } from '../support/report-fixtures.js';

// `cli aggregates rebuild` against a real Redis: it finds an aggregate that differs from the records (here damaged
// by hand, as after an upgrade from a version without aggregates), writes the rebuilt one when asked, and is quiet after.

const prefix = `t-${randomUUID().slice(0, 8)}`;
const redis = new Redis(inject('redisUrl'), { maxRetriesPerRequest: 1 });
const store = new RedisReportStore(redis, { prefix, rawRetentionDays: 7, logger: silentLogger });
afterAll(() => store.close());

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out = new PassThrough();
  const err = new PassThrough();
  let o = '';
  let e = '';
  out.on('data', (c) => (o += c));
  err.on('data', (c) => (e += c));
  const code = await runRebuildCommand(args, { REDIS_URL: inject('redisUrl'), REDIS_PREFIX: prefix }, out, err, new Date('2026-10-20T08:00:00+08:00'));
  return { code, out: o, err: e };
}

describe('cli aggregates rebuild', () => {
  it('reports a difference, writes the rebuild with --write, then finds none', async () => {
    await storeReports(store, '青石镇', [assessment('张庄村', '2026-10-02', { disputesFound: 4, disputesResolved: 3 }), zero('李家湾村', '2026-10-17')]);
    expect(await cli('rebuild', '--township', '青石镇')).toMatchObject({ code: 0, out: expect.stringContaining('2026-01-01..2026-10-31: 304 days, 2 units, 0 differences') });
    // As if written before aggregates existed: the half-month record of 张庄村 is gone.
    await redis.hdel(store.keys.aggPeriod('青石镇', '2026-10-1'), '张庄村');
    const found = await cli('rebuild', '--township', '青石镇', '--from', '2026-10-01', '--to', '2026-10-15');
    expect(found.code).toBe(1);
    expect(found.out).toContain('half 2026-10-1\t张庄村\tstored 0\trebuilt 2,0,0,4,3');
    expect(found.out).toContain('1 differences (not written: add --write)');
    expect((await cli('rebuild', '--township', '青石镇', '--from', '2026-10-01', '--to', '2026-10-15', '--write')).out).toContain('rebuilt aggregates written');
    expect(await redis.hget(store.keys.aggPeriod('青石镇', '2026-10-1'), '张庄村')).toBe('2,0,0,4,3');
    expect((await cli('rebuild', '--township', '青石镇', '--from', '2026-10-01')).code).toBe(0);
  });

  it('refuses bad input with the usage (exit 2)', async () => {
    expect((await cli('rebuild', '--from', '2026-13-01', '--township', 'x')).code).toBe(2);
    expect((await cli('rebuild', '--from', '2026-10-05', '--to', '2026-10-01', '--township', 'x')).err).toContain('usage:');
    expect((await cli('rebuld', '--township', 'x')).code).toBe(2);
  });
});
