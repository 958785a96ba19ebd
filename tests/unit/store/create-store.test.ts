import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.js';
import { createStore, parseRedisUrl, retryStrategy } from '../../../src/store/create-store.js';
import { MemoryReportStore } from '../../../src/store/memory-store.js';

describe('parseRedisUrl', () => {
  it('keeps redis:// and rediss:// URLs as they are (ioredis reads them)', () => {
    expect(parseRedisUrl('redis://:pw@10.0.0.5:6379/2')).toEqual({ kind: 'single', url: 'redis://:pw@10.0.0.5:6379/2' });
    expect(parseRedisUrl('rediss://r.example:6380')).toEqual({ kind: 'single', url: 'rediss://r.example:6380' });
  });

  it('reads Sentinel URLs: sentinels, master name, password, db', () => {
    expect(parseRedisUrl('redis-sentinel://:s%40cret@10.0.0.1:26379,10.0.0.2/mymaster?db=3&sentinelPassword=sp')).toEqual({
      kind: 'sentinel',
      sentinels: [
        { host: '10.0.0.1', port: 26379 },
        { host: '10.0.0.2', port: 26379 },
      ],
      name: 'mymaster',
      db: 3,
      password: 's@cret',
      sentinelPassword: 'sp',
    });
    expect(() => parseRedisUrl('redis-sentinel://10.0.0.1:26379')).toThrow(/master name/);
  });

  it('reads Cluster URLs: seed nodes and password', () => {
    expect(parseRedisUrl('redis-cluster://:pw@h1:7000,h2:7001')).toEqual({
      kind: 'cluster',
      nodes: [
        { host: 'h1', port: 7000 },
        { host: 'h2', port: 7001 },
      ],
      password: 'pw',
    });
  });

  it('rejects other schemes with the expected forms', () => {
    expect(() => parseRedisUrl('http://h:6379')).toThrow(/redis-sentinel/);
  });

  it('backs off when reconnecting, capped at 3 s', () => {
    expect(retryStrategy(1)).toBe(100);
    expect(retryStrategy(1000)).toBe(3000);
  });
});

describe('createStore', () => {
  it('without REDIS_URL: the memory store and one clear warning', () => {
    const lines: string[] = [];
    const logger = pino(
      { level: 'info' },
      new Writable({
        write(c, _e, cb) {
          lines.push(String(c));
          cb();
        },
      }),
    );
    const { store, redis } = createStore(loadConfig({}), logger);
    expect(store).toBeInstanceOf(MemoryReportStore);
    expect(redis).toBeUndefined();
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 40, msg: 'REDIS_URL 未配置：使用内存存储，重启后数据丢失' });
  });
});
