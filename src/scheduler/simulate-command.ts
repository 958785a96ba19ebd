import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import type { Cluster, Redis } from 'ioredis';
import { z } from 'zod';
import { type Config, ConfigError, loadConfig } from '../config.js';
import { AppError } from '../errors.js';
import { createLogger, type Logger } from '../logger.js';
import { loadRoster, PlatformSchema } from '../roster.js';
import type { RedisReportStore } from '../store/redis-store.js';
import type { ReportStore } from '../store/report-store.js';
import type { CaseStore } from '../ledger/case-store.js';
import { createSimulator, type DispatchFactory, type SimMessage } from './simulator.js';

// `simulate` (shared/spec/simulate-contract.md): JSON Lines of chat messages in, JSON Lines of what the bot sends
// out, on a virtual clock from the first message (or --from) to --until. Bad lines are reported on stderr as
// {"error","line"} and skipped; the run goes on. The exit code is 0 when the run completed, 2 on bad arguments.

const USAGE = 'usage: simulate --roster roster.json --until ISO [--from ISO] [--redis URL] [--keep] < messages.jsonl > out.jsonl';

/** An instant with an explicit offset: without one, Date would read it in the process time zone (UTC in containers). */
const Instant = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/, 'must be an ISO time with its offset, e.g. "2026-10-01T15:40:00+08:00"')
  .refine((s) => !Number.isNaN(Date.parse(s)), 'is not a valid date and time')
  .transform((s) => new Date(s));

const InputLineSchema = z.object({
  at: Instant,
  platform: PlatformSchema,
  chatId: z.string().min(1),
  senderId: z.string().min(1),
  senderName: z.string().optional(),
  text: z.string(),
});

type Writable = { write(s: string): unknown };

function issueText(e: z.ZodError): string {
  return e.issues.map((i) => `${i.path.length ? `${i.path.join('.')}: ` : ''}${i.message}`).join('; ');
}

async function readAll(stdin: AsyncIterable<unknown>): Promise<string> {
  let text = '';
  for await (const chunk of stdin) text += typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8');
  return text;
}

/** Deletes every key of a simulation prefix (the township's keys and the claims), on every master of a cluster. */
async function cleanRedis(redis: Redis | Cluster, store: RedisReportStore, township: string): Promise<number> {
  const { Cluster } = await import('ioredis');
  const glob = (s: string) => s.replace(/[*?[\]\\]/g, '\\$&');
  const patterns = [`${glob(store.keys.tag(township))}*`, ...(['message', 'job', 'send'] as const).map((s) => `${glob(store.keys.claim(s, ''))}*`)];
  const nodes = redis instanceof Cluster ? redis.nodes('master') : [redis];
  let n = 0;
  for (const node of nodes)
    for (const match of patterns) {
      let cursor = '0';
      do {
        const [next, keys] = await node.scan(cursor, 'MATCH', match, 'COUNT', 500);
        cursor = next;
        // One key per DEL: keys of different slots cannot share a command on a cluster.
        for (const k of keys) n += await node.del(k);
      } while (cursor !== '0');
    }
  return n;
}

export async function runSimulateCommand(
  args: string[],
  stdin: AsyncIterable<unknown>,
  stdout: Writable,
  stderr: Writable,
  env: Record<string, string | undefined> = process.env,
  createDispatch?: DispatchFactory,
): Promise<number> {
  const fail = (message: string, code = 2) => {
    stderr.write(`${JSON.stringify({ error: message })}\n`);
    return code;
  };
  let opts: { roster?: string; until?: string; from?: string; redis?: string; keep?: boolean };
  try {
    opts = parseArgs({
      args,
      options: { roster: { type: 'string' }, until: { type: 'string' }, from: { type: 'string' }, redis: { type: 'string' }, keep: { type: 'boolean' } },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (err) {
    return fail(`${(err as Error).message}. ${USAGE}`);
  }
  if (!opts.roster) return fail(`--roster is required. ${USAGE}`);
  const bound = (name: string, v: string | undefined) => {
    if (v === undefined) return undefined;
    const r = Instant.safeParse(v);
    if (!r.success) throw new Error(`--${name} ${issueText(r.error)}`);
    return r.data;
  };
  let until: Date | undefined;
  let from: Date | undefined;
  let config: Config;
  let logger: Logger;
  let roster: ReturnType<typeof loadRoster>;
  try {
    until = bound('until', opts.until);
    from = bound('from', opts.from);
    // Only the keys that change what the bot does; platform credentials play no part in a dry run.
    config = loadConfig({ HOLIDAYS_PATH: env.HOLIDAYS_PATH, CATCHUP_HOURS: env.CATCHUP_HOURS, RAW_RETENTION_DAYS: env.RAW_RETENTION_DAYS, LOG_LEVEL: env.LOG_LEVEL });
    logger = createLogger({ level: config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL, destination: { write: (s: string) => void stderr.write(s) } });
    roster = loadRoster(opts.roster);
  } catch (err) {
    if (err instanceof AppError) return fail(`${err.message}${err.hint ? ` (${err.hint})` : ''}`);
    if (err instanceof ConfigError) return fail(err.message);
    return fail((err as Error).message);
  }
  if (!until) return fail(`--until is required. ${USAGE}`);
  if (from && from.getTime() > until.getTime()) return fail('--from is after --until');

  // Validate every line first: the clock starts at the first good message.
  const messages: { line: number; msg: SimMessage }[] = [];
  const lines = (await readAll(stdin)).split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') return;
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch (err) {
      stderr.write(`${JSON.stringify({ error: `not valid JSON: ${(err as Error).message}`, line })}\n`);
      return;
    }
    const r = InputLineSchema.safeParse(data);
    if (!r.success) {
      stderr.write(`${JSON.stringify({ error: issueText(r.error), line })}\n`);
      return;
    }
    const { senderName, ...rest } = r.data;
    messages.push({ line, msg: { ...rest, ...(senderName ? { senderName } : {}) } });
  });
  const start = from ?? messages[0]?.msg.at;
  if (!start) return fail('no messages and no --from: nothing to simulate');
  if (start.getTime() > until.getTime()) return fail('the first message is after --until; give --from and --until around it');

  let store: ReportStore | undefined;
  let cases: CaseStore | undefined;
  let redis: Redis | Cluster | undefined;
  let prefix: string | undefined;
  let redisStore: RedisReportStore | undefined;
  if (opts.redis) {
    // Loaded only for --redis: ioredis alone costs a dry run in memory ~80 ms of start-up.
    const [{ createRedisClient, parseRedisUrl }, { RedisReportStore }, { RedisCaseStore }] = await Promise.all([
      import('../store/create-store.js'),
      import('../store/redis-store.js'),
      import('../ledger/redis-case-store.js'),
    ]);
    try {
      redis = createRedisClient(parseRedisUrl(opts.redis), logger);
    } catch (err) {
      return fail(`--redis: ${(err as Error).message}`);
    }
    prefix = `sim-${randomUUID()}`;
    store = redisStore = new RedisReportStore(redis, { prefix, rawRetentionDays: config.RAW_RETENTION_DAYS, logger });
    cases = new RedisCaseStore(redis, { prefix, logger });
  }

  try {
    const sim = await createSimulator({
      roster,
      start,
      config,
      logger,
      ...(store ? { store } : {}),
      ...(cases ? { cases } : {}),
      ...(createDispatch ? { createDispatch } : {}),
      onSend: (l) => stdout.write(`${JSON.stringify(l)}\n`),
    });
    for (const { line, msg } of messages) {
      if (from && msg.at.getTime() < from.getTime()) {
        stderr.write(`${JSON.stringify({ error: 'before --from; skipped', line })}\n`);
        continue;
      }
      if (msg.at.getTime() > until.getTime()) {
        stderr.write(`${JSON.stringify({ error: 'after --until; skipped', line })}\n`);
        continue;
      }
      if (msg.at.getTime() < sim.clock.now().getTime()) {
        stderr.write(`${JSON.stringify({ error: 'not in time order (earlier than the message before it); skipped', line })}\n`);
        continue;
      }
      try {
        await sim.deliver(msg, `sim-${line}`);
      } catch (err) {
        stderr.write(`${JSON.stringify({ error: `the bot failed on this message: ${(err as Error).message}`, line })}\n`);
      }
    }
    await sim.advanceTo(until);
    if (redis && redisStore && opts.keep)
      stderr.write(`${JSON.stringify({ note: `kept in Redis under the prefix ${prefix} (REDIS_PREFIX=${prefix})` })}\n`);
    return 0;
  } catch (err) {
    return fail(`simulation failed: ${(err as Error).message}`, 1);
  } finally {
    if (redis && redisStore) {
      if (!opts.keep) await cleanRedis(redis, redisStore, roster.township).catch((err) => logger.error({ err }, 'could not clean the simulation keys'));
      await redis.quit().catch(() => undefined);
    }
  }
}
