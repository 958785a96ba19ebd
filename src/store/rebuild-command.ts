import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config.js';
import { addDays, isValidIsoDate, shanghaiDate } from '../dates.js';
import { silentLogger } from '../logger.js';
import { loadRoster } from '../roster.js';
import { createRedisClient, parseRedisUrl } from './create-store.js';
import { rebuildAggregates } from './rebuild-aggregates.js';
import { RedisReportStore } from './redis-store.js';

// `cli aggregates rebuild [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--township NAME] [--write]`: recomputes the
// aggregates of the configured Redis (REDIS_URL, REDIS_PREFIX; the township of ROSTER_PATH unless --township) from
// the records, prints every difference, and with --write stores the recomputed aggregates. Exit 0 when nothing
// differs (or it was written), 1 when differences were found and left, 2 on bad input.
// Run it after an upgrade from a version without aggregates (--from the oldest day kept), or to check them.

export const REBUILD_USAGE = 'npm run --silent cli -- aggregates rebuild [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--township NAME] [--write]';
const SHOWN = 50;

export async function runRebuildCommand(args: string[], env: Record<string, string | undefined>, stdout: NodeJS.WritableStream, stderr: NodeJS.WritableStream, now = new Date()): Promise<number> {
  const fail = (message: string) => {
    stderr.write(`${message}\nusage: ${REBUILD_USAGE}\n`);
    return 2;
  };
  let o: { from?: string; to?: string; township?: string; write?: boolean };
  try {
    const parsed = parseArgs({
      args,
      options: { from: { type: 'string' }, to: { type: 'string' }, township: { type: 'string' }, write: { type: 'boolean' } },
      allowPositionals: true,
      strict: true,
    });
    if (parsed.positionals.join(' ') !== 'rebuild') return fail(`unknown aggregates command: ${parsed.positionals.join(' ') || '(none)'}`);
    o = parsed.values;
  } catch (err) {
    return fail((err as Error).message);
  }
  const to = o.to ?? shanghaiDate(now);
  const from = o.from ?? `${to.slice(0, 4)}-01-01`;
  if (!isValidIsoDate(from) || !isValidIsoDate(to) || from > to) return fail(`--from ${from} --to ${to}: two dates YYYY-MM-DD, from not after to`);
  if (addDays(from, 800) < to) return fail('at most 800 days at once');
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(env);
  } catch (err) {
    return fail(err instanceof ConfigError ? err.message : (err as Error).message);
  }
  if (!config.REDIS_URL) return fail('REDIS_URL is not set: the in-memory store keeps no aggregates across runs');
  let township = o.township;
  if (!township) {
    try {
      township = loadRoster(config.ROSTER_PATH).township;
    } catch (err) {
      return fail(`--township not given and the roster cannot be read: ${(err as Error).message}`);
    }
  }
  const redis = createRedisClient(parseRedisUrl(config.REDIS_URL), silentLogger);
  const store = new RedisReportStore(redis, { prefix: config.REDIS_PREFIX, rawRetentionDays: config.RAW_RETENTION_DAYS, logger: silentLogger });
  try {
    const res = await rebuildAggregates(store, township, from, to, { write: Boolean(o.write) });
    for (const d of res.differences.slice(0, SHOWN)) stdout.write(`${d.where}\t${d.what}\tstored ${d.stored || '0'}\trebuilt ${d.rebuilt || '0'}\n`);
    if (res.differences.length > SHOWN) stdout.write(`… and ${res.differences.length - SHOWN} more\n`);
    stdout.write(
      `${township} ${res.from}..${res.to}: ${res.days} days, ${res.units} units, ${res.differences.length} differences${res.written ? ', rebuilt aggregates written' : res.differences.length ? ' (not written: add --write)' : ''}\n`,
    );
    return res.differences.length && !res.written ? 1 : 0;
  } finally {
    await store.close();
  }
}
