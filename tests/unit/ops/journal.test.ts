import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { InboundMessage } from '../../../src/core/message.js';
import { silentLogger } from '../../../src/logger.js';
import { type Journal, type JournalEntry, openJournal } from '../../../src/ops/journal.js';

const root = mkdtempSync(join(tmpdir(), 'wwb-journal-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
/** A fresh journal path in a directory that does not exist yet. */
const freshPath = () => join(root, `case-${++n}`, 'nested', 'journal.jsonl');

function msg(id: string, text = `张庄村零报告 ${id}`): InboundMessage {
  return { platform: 'wecom', msgId: id, chatId: 'chat-1', userId: 'u1', text, at: new Date('2026-10-01T01:02:03.456Z'), replyHandle: { url: 'https://example.invalid/r' } };
}

/** Replays everything, recording the message ids in the order the step saw them. */
async function replayAll(j: Journal): Promise<{ ids: string[]; result: Awaited<ReturnType<Journal['replay']>> }> {
  const ids: string[] = [];
  const result = await j.replay(async (e) => {
    ids.push(e.msg.msgId);
    return 'done';
  });
  return { ids, result };
}

describe('journal append', () => {
  it('creates the directory and writes one fsync-ed JSON line per message, private to the service user', async () => {
    const path = freshPath();
    const j = await openJournal({ path, logger: silentLogger });
    await j.append(msg('m1'), { claimed: false });
    await j.append(msg('m2'), { claimed: true });
    const lines = readFileSync(path, 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    const first = JSON.parse(lines[0] as string) as { claimed: boolean; msg: { msgId: string; at: string; text: string } };
    expect(first.claimed).toBe(false);
    expect(first.msg).toMatchObject({ msgId: 'm1', at: '2026-10-01T01:02:03.456Z', text: '张庄村零报告 m1' });
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(j.pending()).toBe(2);
    await j.close();
  });

  it('keeps every one of many concurrent appends, each on its own line', async () => {
    const path = freshPath();
    const j = await openJournal({ path, logger: silentLogger });
    await Promise.all(Array.from({ length: 200 }, (_, i) => j.append(msg(`c${i}`), { claimed: false })));
    const lines = readFileSync(path, 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(200);
    expect(new Set(lines.map((l) => (JSON.parse(l) as JournalEntry).msg.msgId)).size).toBe(200);
    expect(j.pending()).toBe(200);
    await j.close();
  });
});

describe('journal replay', () => {
  it('replays in append order with the message intact, then truncates', async () => {
    const path = freshPath();
    const j = await openJournal({ path, logger: silentLogger });
    for (const id of ['a', 'b', 'c', 'd']) await j.append(msg(id), { claimed: id === 'b' });
    const seen: JournalEntry[] = [];
    const r = await j.replay(async (e) => {
      seen.push(e);
      return 'done';
    });
    expect(seen.map((e) => e.msg.msgId)).toEqual(['a', 'b', 'c', 'd']);
    expect(seen.map((e) => e.claimed)).toEqual([false, true, false, false]);
    expect(seen[0]?.msg.at).toEqual(new Date('2026-10-01T01:02:03.456Z'));
    expect(seen[0]?.msg.replyHandle).toEqual({ url: 'https://example.invalid/r' });
    expect(r).toEqual({ replayed: 4, duplicates: 0, remaining: 0, truncated: true });
    expect(statSync(path).size).toBe(0);
    expect(statSync(`${path}.progress`).size).toBe(0);
    expect(j.pending()).toBe(0);
    // Appending after a truncation starts a new journal that replays on its own.
    await j.append(msg('e'), { claimed: false });
    expect((await replayAll(j)).ids).toEqual(['e']);
    await j.close();
  });

  it('stops where a step says stop and resumes there, without repeating done entries', async () => {
    const path = freshPath();
    const j = await openJournal({ path, logger: silentLogger });
    for (const id of ['a', 'b', 'c', 'd']) await j.append(msg(id), { claimed: false });
    const ids: string[] = [];
    const r1 = await j.replay(async (e) => {
      if (e.msg.msgId === 'c') return 'stop';
      ids.push(e.msg.msgId);
      return 'done';
    });
    expect(ids).toEqual(['a', 'b']);
    expect(r1).toMatchObject({ replayed: 2, remaining: 2, truncated: false });
    expect(j.pending()).toBe(2);
    const again = await replayAll(j);
    expect(again.ids).toEqual(['c', 'd']);
    expect(again.result.truncated).toBe(true);
    await j.close();
  });

  it('after a crash mid-replay, resumes at the entry in flight (marked in doubt) and never repeats done ones', async () => {
    const path = freshPath();
    const j1 = await openJournal({ path, logger: silentLogger });
    for (const id of ['a', 'b', 'c', 'd', 'e']) await j1.append(msg(id), { claimed: false });
    const dispatched: string[] = [];
    // The process "dies" while dispatching c: the step throws out of the replay, leaving the marks on disk.
    await expect(
      j1.replay(async (e) => {
        if (e.msg.msgId === 'c') throw new Error('process killed');
        dispatched.push(e.msg.msgId);
        return 'done';
      }),
    ).rejects.toThrow('process killed');
    await j1.close();

    const j2 = await openJournal({ path, logger: silentLogger });
    expect(j2.pending()).toBe(3);
    const resumed: { id: string; inDoubt: boolean }[] = [];
    const r = await j2.replay(async (e, info) => {
      resumed.push({ id: e.msg.msgId, inDoubt: info.inDoubt });
      return 'done';
    });
    expect(dispatched).toEqual(['a', 'b']);
    expect(resumed).toEqual([
      { id: 'c', inDoubt: true },
      { id: 'd', inDoubt: false },
      { id: 'e', inDoubt: false },
    ]);
    expect(r.truncated).toBe(true);
    await j2.close();
  });

  it('drops a redelivered message that is already earlier in the journal', async () => {
    const path = freshPath();
    const j = await openJournal({ path, logger: silentLogger });
    for (const id of ['a', 'b', 'a', 'c', 'b']) await j.append(msg(id), { claimed: false });
    const { ids, result } = await replayAll(j);
    expect(ids).toEqual(['a', 'b', 'c']);
    expect(result.duplicates).toBe(2);
    await j.close();
  });

  it('also replays entries appended while the replay runs, before truncating', async () => {
    const path = freshPath();
    const j = await openJournal({ path, logger: silentLogger });
    await j.append(msg('a'), { claimed: false });
    await j.append(msg('b'), { claimed: false });
    const ids: string[] = [];
    const r = await j.replay(async (e) => {
      ids.push(e.msg.msgId);
      if (e.msg.msgId === 'a') await j.append(msg('late'), { claimed: true });
      return 'done';
    });
    expect(ids).toEqual(['a', 'b', 'late']);
    expect(r.truncated).toBe(true);
    expect(j.pending()).toBe(0);
    await j.close();
  });

  it('cuts off a partial last line left by a crash during an append, and keeps appending cleanly', async () => {
    const path = freshPath();
    const j1 = await openJournal({ path, logger: silentLogger });
    await j1.append(msg('a'), { claimed: false });
    await j1.close();
    writeFileSync(path, `${readFileSync(path, 'utf8')}{"v":1,"id":"torn","claimed":fal`);
    const j2 = await openJournal({ path, logger: silentLogger });
    expect(j2.pending()).toBe(1);
    await j2.append(msg('b'), { claimed: false });
    const { ids } = await replayAll(j2);
    expect(ids).toEqual(['a', 'b']);
    await j2.close();
  });

  it('ignores progress that points at an entry no longer in the journal (crash between the two truncations)', async () => {
    const path = freshPath();
    const j1 = await openJournal({ path, logger: silentLogger });
    await j1.append(msg('a'), { claimed: false });
    await j1.close();
    writeFileSync(`${path}.progress`, '{"inflight":"gone"}\n{"done":"gone"}\n');
    const j2 = await openJournal({ path, logger: silentLogger });
    expect(j2.pending()).toBe(1);
    expect((await replayAll(j2)).ids).toEqual(['a']);
    await j2.close();
  });

  it('skips a corrupted line but replays the rest', async () => {
    const path = freshPath();
    const j1 = await openJournal({ path, logger: silentLogger });
    await j1.append(msg('a'), { claimed: false });
    await j1.close();
    writeFileSync(path, `${readFileSync(path, 'utf8')}not json at all\n{"v":1,"id":"x"}\n`);
    const j2 = await openJournal({ path, logger: silentLogger });
    await j2.append(msg('b'), { claimed: false });
    expect((await replayAll(j2)).ids).toEqual(['a', 'b']);
    await j2.close();
  });
});
