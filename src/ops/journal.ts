import { randomUUID } from 'node:crypto';
import { type FileHandle, mkdir, open, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import type { InboundMessage } from '../core/message.js';
import { InboundMessageSchema } from '../core/message-codec.js';
import type { Logger } from '../logger.js';

// The outage journal: while Redis is unreachable, verified inbound messages are appended here (one JSON line
// each, fsync'd before the platform gets its acknowledgement) and replayed in order once Redis is back.
//
// Files:  <path>           the entries, append-only, truncated when everything in it has been replayed;
//         <path>.progress  append-only replay marks: {"inflight":id} before an entry is dispatched and
//                          {"done":id} after, so a crash mid-replay resumes after the last done entry instead of
//                          dispatching the whole journal again. A done id not found in the journal means the
//                          journal was truncated after it (crash between the two truncations): it is ignored.
// Both are created 0600 in a 0700 directory: they hold message texts (personal data).

const MsgSchema = InboundMessageSchema;

export const JournalEntrySchema = z.object({
  v: z.literal(1),
  id: z.string(),
  /** True when this process already holds the message's dedupe claim (the claim worked, a later write did not). */
  claimed: z.boolean(),
  journaledAt: z.string(),
  msg: MsgSchema,
});
export type JournalEntry = z.infer<typeof JournalEntrySchema>;

const ProgressSchema = z.union([z.object({ inflight: z.string() }), z.object({ done: z.string() })]);

export interface ReplayInfo {
  /** This entry was being dispatched when the process stopped last time: it may or may not have been applied. */
  inDoubt: boolean;
}

/** What the replayer does with one entry: 'done' moves on, 'stop' leaves it (and the rest) for the next replay. */
export type ReplayStep = (entry: JournalEntry, info: ReplayInfo) => Promise<'done' | 'stop'>;

export interface ReplayResult {
  replayed: number;
  /** Entries dropped because the same platform message appeared earlier in the journal (a redelivery). */
  duplicates: number;
  /** Entries left because a step said 'stop' (Redis went away again). */
  remaining: number;
  truncated: boolean;
}

export interface Journal {
  readonly path: string;
  /** Appends one message and fsyncs it; resolves only when it is on disk. Concurrent appends share one fsync. */
  append(msg: InboundMessage, o: { claimed: boolean }): Promise<void>;
  /** Entries appended and not yet replayed. */
  pending(): number;
  /** Replays pending entries in order through `step`; truncates the journal when nothing is left. One at a time. */
  replay(step: ReplayStep): Promise<ReplayResult>;
  close(): Promise<void>;
}

/** How the journal writes: fs's FileHandle.write by default; tests inject a writer that fills the disk. */
export type JournalWriter = (fh: FileHandle, data: Buffer) => Promise<{ bytesWritten: number }>;

export interface JournalOptions {
  path: string;
  logger: Logger;
  write?: JournalWriter;
}

const msgKey = (m: { platform: string; msgId: string }) => `${m.platform}:${m.msgId}`;

export async function openJournal(o: JournalOptions): Promise<Journal> {
  const { path, logger } = o;
  const write: JournalWriter = o.write ?? ((fh, data) => fh.write(data));
  const progressPath = `${path}.progress`;
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  await repairTail(path, logger);
  const fh = await open(path, 'a', 0o600);
  const ph = await open(progressPath, 'a', 0o600);
  await syncDir(dirname(path));

  // Every write to either file goes through this one lock, so a truncation never races an append.
  let chain: Promise<unknown> = Promise.resolve();
  const withLock = <T>(fn: () => Promise<T>): Promise<T> => {
    const p = chain.then(fn);
    chain = p.catch(() => undefined);
    return p;
  };

  const marks = await readProgress(progressPath);
  let doneId = marks.done;
  let inflightId = marks.inflight;
  const existing = await readEntries(path, logger);
  let pendingCount = existing.length - startIndex(existing, doneId);
  if (pendingCount > 0) logger.warn({ journal: path, pending: pendingCount }, 'journal holds messages from a Redis outage; they will be replayed when Redis answers');

  // Group commit: appends waiting while a write+fsync runs go out together in the next one.
  let queue: { line: string; resolve: () => void; reject: (e: unknown) => void }[] = [];
  let flushing: Promise<void> | undefined;
  const flush = async () => {
    while (queue.length) {
      const batch = queue;
      queue = [];
      try {
        await withLock(async () => {
          const data = Buffer.from(batch.map((b) => b.line).join(''));
          const start = (await fh.stat()).size;
          try {
            // A short write (disk full) is not success: write the rest, or fail the whole batch.
            for (let off = 0; off < data.length; ) {
              const { bytesWritten } = await write(fh, data.subarray(off));
              if (bytesWritten <= 0) throw Object.assign(new Error('journal write made no progress'), { code: 'ENOSPC' });
              off += bytesWritten;
            }
            await fh.datasync();
          } catch (err) {
            // Leave whole lines only: cut what part of the batch did reach the file (never acknowledged).
            await fh.truncate(start).catch(() => undefined);
            throw err;
          }
        });
        pendingCount += batch.length;
        for (const b of batch) b.resolve();
      } catch (err) {
        for (const b of batch) b.reject(err);
      }
    }
    flushing = undefined;
  };

  const mark = (m: { inflight: string } | { done: string }) =>
    withLock(async () => {
      await ph.write(`${JSON.stringify(m)}\n`);
      await ph.datasync();
    });

  let replaying: Promise<ReplayResult> | undefined;

  async function replayOnce(step: ReplayStep): Promise<ReplayResult> {
    const result: ReplayResult = { replayed: 0, duplicates: 0, remaining: 0, truncated: false };
    for (;;) {
      await flushing;
      const { entries, size } = await withLock(async () => ({ entries: await readEntries(path, logger), size: (await fh.stat()).size }));
      const start = startIndex(entries, doneId);
      const seen = new Set(entries.slice(0, start).map((e) => msgKey(e.msg)));
      for (let i = start; i < entries.length; i++) {
        const e = entries[i] as JournalEntry;
        const key = msgKey(e.msg);
        if (seen.has(key)) {
          await mark({ done: e.id });
          doneId = e.id;
          pendingCount--;
          result.duplicates++;
          continue;
        }
        const inDoubt = e.id === inflightId;
        if (!inDoubt) {
          await mark({ inflight: e.id });
          inflightId = e.id;
        }
        const r = await step(e, { inDoubt });
        if (r === 'stop') {
          result.remaining = entries.length - i;
          return result;
        }
        seen.add(key);
        await mark({ done: e.id });
        doneId = e.id;
        inflightId = undefined;
        pendingCount--;
        result.replayed++;
      }
      // Everything read is done: truncate unless an append slipped in meanwhile (then go round again).
      const truncated = await withLock(async () => {
        if ((await fh.stat()).size !== size || queue.length) return false;
        await fh.truncate(0);
        await fh.datasync();
        await ph.truncate(0);
        await ph.datasync();
        doneId = undefined;
        inflightId = undefined;
        pendingCount = 0;
        return true;
      });
      if (truncated) {
        result.truncated = true;
        return result;
      }
    }
  }

  return {
    path,
    append(msg, { claimed }) {
      const entry = { v: 1, id: randomUUID(), claimed, journaledAt: new Date().toISOString(), msg: { ...msg, at: msg.at.toISOString() } };
      const line = `${JSON.stringify(entry)}\n`;
      return new Promise<void>((resolve, reject) => {
        queue.push({ line, resolve, reject });
        flushing ??= flush();
      });
    },
    pending: () => pendingCount,
    replay(step) {
      replaying ??= replayOnce(step).finally(() => {
        replaying = undefined;
      });
      return replaying;
    },
    async close() {
      await flushing;
      await replaying?.catch(() => undefined);
      await withLock(async () => {
        await fh.close();
        await ph.close();
      });
    },
  };
}

function startIndex(entries: JournalEntry[], doneId: string | undefined): number {
  if (!doneId) return 0;
  const i = entries.findIndex((e) => e.id === doneId);
  return i < 0 ? 0 : i + 1;
}

/** Parses every complete line; a line that does not validate is logged (without its content) and skipped. */
async function readEntries(path: string, logger: Logger): Promise<JournalEntry[]> {
  const text = await readFileOr(path);
  const out: JournalEntry[] = [];
  const lines = text.split('\n');
  // The last element is '' after a final newline, or a partial line still being written: never parse it.
  for (let n = 0; n < lines.length - 1; n++) {
    const line = lines[n] as string;
    if (!line.trim()) continue;
    try {
      const r = JournalEntrySchema.safeParse(JSON.parse(line));
      if (r.success) out.push(r.data);
      else logger.error({ journal: path, line: n + 1, issues: r.error.issues.length }, 'journal line does not validate; skipped');
    } catch {
      logger.error({ journal: path, line: n + 1 }, 'journal line is not JSON; skipped');
    }
  }
  return out;
}

async function readProgress(path: string): Promise<{ done?: string; inflight?: string }> {
  const text = await readFileOr(path);
  let done: string | undefined;
  let inflight: string | undefined;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      const m = ProgressSchema.parse(JSON.parse(line));
      if ('done' in m) {
        done = m.done;
        if (inflight === m.done) inflight = undefined;
      } else inflight = m.inflight;
    } catch {
      // A torn last mark (crash while writing it): the marks before it still hold.
    }
  }
  return { ...(done ? { done } : {}), ...(inflight ? { inflight } : {}) };
}

/**
 * A crash during an append can leave a partial last line. It was never fsync'd, so never acknowledged (the
 * platform will redeliver it): cut it off so the next append does not glue onto it.
 */
async function repairTail(path: string, logger: Logger): Promise<void> {
  let buf: Buffer;
  try {
    buf = await readFile(path);
  } catch {
    return;
  }
  if (buf.length === 0 || buf[buf.length - 1] === 0x0a) return;
  const keep = buf.lastIndexOf(0x0a) + 1;
  const fh = await open(path, 'r+');
  try {
    await fh.truncate(keep);
    await fh.datasync();
  } finally {
    await fh.close();
  }
  logger.warn({ journal: path, droppedBytes: buf.length - keep }, 'journal ended in a partial line (crash while writing); it was never acknowledged and was cut off');
}

async function readFileOr(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return '';
    throw err;
  }
}

/** fsync the directory so a newly created journal file survives a power cut, not only its contents. */
async function syncDir(dir: string): Promise<void> {
  try {
    const d = await open(dir, 'r');
    try {
      await d.sync();
    } finally {
      await d.close();
    }
  } catch {
    // Some filesystems refuse fsync on a directory; the file's own fsync still holds.
  }
}
