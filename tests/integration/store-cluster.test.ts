import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Cluster, Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { silentLogger } from '../../src/logger.js';
import { createStore } from '../../src/store/create-store.js';
import { RedisReportStore } from '../../src/store/redis-store.js';
import type { ReportStore, StoredReport } from '../../src/store/report-store.js';
import { freePort, stopRedisServer } from '../support/redis-global-setup.js';

const BY = { msgId: 'undo-msg', at: '2026-11-23T09:00:00.000Z' };

// The store on a real (one-node) Redis Cluster: the server itself rejects a script or transaction whose keys are
// in different slots (CROSSSLOT), so this proves the hash-tag layout, not just our own slot arithmetic.
// And createStore with each REDIS_URL form that a single machine can run.

async function startClusterNode(): Promise<{ proc: ChildProcess; port: number; dir: string }> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'wwb-cluster-'));
  const proc = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir, '--cluster-enabled', 'yes', '--cluster-announce-ip', '127.0.0.1'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`redis-server (cluster) did not start:\n${out}`)), 10_000);
    proc.stdout?.on('data', (c: Buffer) => {
      out += c.toString();
      if (out.includes('Ready to accept connections')) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  const admin = new Redis(port, '127.0.0.1', { maxRetriesPerRequest: 1 });
  // ADDSLOTS with every slot (not ADDSLOTSRANGE, which needs Redis 7) so older distribution packages work too.
  await admin.call('CLUSTER', 'ADDSLOTS', ...Array.from({ length: 16384 }, (_, i) => String(i)));
  for (let i = 0; i < 100 && !(await admin.call('CLUSTER', 'INFO') as string).includes('cluster_state:ok'); i++) await new Promise((r) => setTimeout(r, 50));
  // A lone node only knows its address once told (CLUSTER SLOTS would say ""), hence --cluster-announce-ip.
  await admin.quit();
  return { proc, port, dir };
}

const at = '2026-11-23T02:00:00.000Z';
function msg(township: string, sender: string, n: number, reports: Omit<StoredReport, 'meta'>[]) {
  const msgId = `m-${n}-${randomUUID().slice(0, 6)}`;
  return {
    township,
    raw: { msgId, platform: 'wecom' as const, chatId: 'c1', senderId: sender, at, text: '测试' },
    put: reports.map((r, i) => ({ ...r, meta: { id: `${msgId}:${i}`, msgId, platform: 'wecom' as const, chatId: 'c1', senderId: sender, receivedAt: at } }) as StoredReport),
  };
}

async function exercise(store: ReportStore, township: string) {
  await store.applyMessage(
    msg(township, 'u1', 1, [
      { kind: 'zero_report', unit: '甲村', date: '2026-11-22' },
      { kind: 'key_person', unit: '甲村', date: '2026-11-23', persons: [{ name: '张三', state: 'abnormal', whereabouts: 'away', escalation: 'county' }] },
      { kind: 'incident', unit: '乙村', date: '2026-11-23', escalation: null, people: 3, collective: false },
    ] as Omit<StoredReport, 'meta'>[]),
  );
  expect((await store.getDay(township, '2026-11-22')).get('甲村')?.zero?.kind).toBe('zero_report');
  expect(await store.confirm(township, '2026-11-23', '甲村', { memberId: 'h1', role: 'head', at })).toHaveLength(1);
  expect((await store.keyPersons(township)).map((p) => p.name)).toEqual(['张三']);
  expect(await store.personHistory(township, '甲村', '张三')).toHaveLength(1);
  expect(await store.rawMessages(township, '2026-11-23')).toHaveLength(1);
  expect((await store.dayAggregate(township, '2026-11-23')).highlights).toEqual(['乙村', '甲村']);
  const half: string[] = [];
  for await (const b of store.scanPeriod(township, '2026-11-2')) half.push(...b.map(([u]) => u));
  expect(half.sort()).toEqual(['乙村', '甲村']);
  const removed = await store.undoLast(township, 'u1', BY);
  expect(removed.map((r) => r.kind).sort()).toEqual(['incident', 'key_person', 'zero_report']);
  expect(await store.getDay(township, '2026-11-23')).toEqual(new Map());
  expect(await store.keyPersons(township)).toEqual([]);
  expect(await store.claimOnce('job', `digest-${township}`, 60)).toBe(true);
  expect(await store.claimOnce('job', `digest-${township}`, 60)).toBe(false);
}

describe('RedisReportStore on Redis Cluster', () => {
  let node: { proc: ChildProcess; port: number; dir: string };
  beforeAll(async () => {
    node = await startClusterNode();
  });
  afterAll(async () => {
    await stopRedisServer(node.proc);
    rmSync(node.dir, { recursive: true, force: true });
  });

  it('the server refuses a cross-slot script (the check below is real)', async () => {
    const r = new Redis(node.port, '127.0.0.1', { maxRetriesPerRequest: 1 });
    await expect(r.eval("return redis.call('GET', KEYS[1])", 2, 'foo', 'bar')).rejects.toThrow(/CROSSSLOT/);
    await r.quit();
  });

  it('every operation works through createStore with redis-cluster:// (one slot per township)', async () => {
    const config = loadConfig({ REDIS_URL: `redis-cluster://127.0.0.1:${node.port}`, REDIS_PREFIX: `t-${randomUUID().slice(0, 8)}` });
    const { store, redis } = createStore(config, silentLogger);
    expect(store).toBeInstanceOf(RedisReportStore);
    expect(redis).toBeInstanceOf(Cluster);
    try {
      expect(await store.ping()).toBe(true);
      await exercise(store, '城关镇');
      await exercise(store, '东风乡');
    } finally {
      await store.close();
    }
  });
});

describe('createStore with redis://', () => {
  it('connects to the server named by REDIS_URL and stores there', async () => {
    const config = loadConfig({ REDIS_URL: inject('redisUrl'), REDIS_PREFIX: `t-${randomUUID().slice(0, 8)}` });
    const { store, redis } = createStore(config, silentLogger);
    expect(redis).toBeInstanceOf(Redis);
    try {
      await exercise(store, '城关镇');
    } finally {
      await store.close();
    }
  });
});
