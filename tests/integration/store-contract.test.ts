import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import type { Logger } from '../../src/logger.js';
import { addDays } from '../../src/dates.js';
import { confirmField, createKeys, DAY_TOTALS_FIELD, dayField, HISTORY_DEPTH, PERSON_TTL_DAYS, ttlSeconds } from '../../src/store/keys.js';
import { MemoryReportStore } from '../../src/store/memory-store.js';
import { encodeRaw, encodeReport, encodeVersion } from '../../src/store/record-codec.js';
import { RedisReportStore } from '../../src/store/redis-store.js';
import type { MessageWrite, ReportStore, SentFollowUp, StoredReport } from '../../src/store/report-store.js';

// ONE contract suite, run against both stores: the memory store must behave exactly like production.

type Body = StoredReport extends infer R ? (R extends StoredReport ? Omit<R, 'meta'> : never) : never;

interface Harness {
  store: ReportStore;
  /** Lets `seconds` pass for claim expiry (memory: the injected clock; Redis: a real wait). */
  pass(seconds: number): Promise<void>;
  close(): Promise<void>;
}

const D = '2026-11-23';
const D2 = '2026-11-24';
/** The 撤回 message of undoLast calls. */
const BY = { msgId: 'undo-msg', at: '2026-11-23T09:00:00.000Z' };
let seq = 0;
let townSeq = 0;
const town = () => `测试镇${++townSeq}`;

function write(township: string, sender: string, reports: Body[], o: { at?: string; remove?: MessageWrite['remove']; text?: string; meta?: Partial<StoredReport['meta']> } = {}): MessageWrite {
  // Every other message has a WeCom-like hex id (the Redis store keeps its reports' ids compact) and a platform prefix.
  const msgId = ++seq % 2 ? randomUUID().replaceAll('-', '') : `msg-${seq}-${randomUUID().slice(0, 8)}`;
  const at = o.at ?? '2026-11-23T02:00:00.000Z';
  return {
    township,
    raw: { msgId, platform: 'wecom', chatId: 'wr-chat-1', senderId: sender, at, text: o.text ?? '零报告 测试' },
    put: reports.map((r, i) => ({ ...r, meta: { id: seq % 4 === 1 ? `wecom:${msgId}:${i}` : `${msgId}:${i}`, msgId, platform: 'wecom', chatId: 'wr-chat-1', senderId: sender, receivedAt: at, ...o.meta } }) as StoredReport),
    ...(o.remove ? { remove: o.remove } : {}),
  };
}
const zero = (unit: string, date = D): Body => ({ kind: 'zero_report', unit, date });
const assess = (unit: string, found: number, level: 'stable' | 'watch' | 'alert' | null = 'stable', date = D): Body => ({
  kind: 'daily_assessment',
  unit,
  date,
  counts: { disputesFound: found, disputesResolved: found, petitions: 0 },
  level,
});
const kp = (unit: string, persons: [string, 'stable' | 'abnormal', 'home' | 'away' | 'unknown', 'county' | null, ('threat' | 'plan' | 'rumour')?][], date = D): Body => ({
  kind: 'key_person',
  unit,
  date,
  persons: persons.map(([name, state, whereabouts, escalation, modality]) => ({ name, state, whereabouts, escalation, ...(modality ? { modality } : {}) })),
});
const incident = (unit: string, summary: string, date = D, people = 12): Body => ({ kind: 'incident', unit, date, escalation: 'county', people, collective: true, summary });
/** A 续报 of `target` by `sender` (with the reports of its own message, if any). */
function followUp(township: string, sender: string, target: StoredReport, said: string, o: { at?: string; put?: Body[] } = {}): MessageWrite {
  const w = write(township, sender, o.put ?? [], { ...(o.at ? { at: o.at } : {}), text: `续报：${said}` });
  const followUp: SentFollowUp = { senderId: sender, word: '续报', unit: target.unit, incidentId: target.meta.id, date: target.date, text: said, platform: 'wecom', msgId: w.raw.msgId, ...(target.meta.alert ? { alert: target.meta.alert } : {}) };
  return { ...w, followUp };
}

function storeContract(name: string, make: () => Promise<Harness>) {
  describe(`ReportStore contract: ${name}`, () => {
    let h: Harness;
    let s: ReportStore;
    beforeAll(async () => {
      h = await make();
      s = h.store;
    });
    afterAll(async () => h.close());

    it('stores one report of each kind and returns it unchanged from getDay', async () => {
      const t = town();
      const w = write(t, 'u1', [zero('甲村'), assess('乙村', 2, null), kp('丙村', [['张三', 'abnormal', 'away', 'county']]), incident('丁村', '村民聚集')], {
        meta: { senderName: '王五', proxy: true, late: false },
      });
      await s.applyMessage(w);
      const day = await s.getDay(t, D);
      expect([...day.keys()].sort()).toEqual(['丁村', '丙村', '乙村', '甲村']);
      expect(day.get('甲村')).toEqual({ unit: '甲村', zero: w.put[0], incidents: [], confirmations: [] });
      expect(day.get('乙村')?.assessment).toEqual(w.put[1]);
      expect(day.get('丙村')?.keyPersons).toEqual(w.put[2]);
      expect(day.get('丁村')?.incidents).toEqual([w.put[3]]);
      expect(await s.getDay(t, D2)).toEqual(new Map());
    });

    it('keeps meta exactly, also a receivedAt that is not in canonical ISO form and a correction flag', async () => {
      const t = town();
      const w = write(t, 'u1', [{ ...zero('甲村'), correction: true }], { at: '2026-11-23T10:00:00+08:00', meta: { unrostered: true } });
      await s.applyMessage(w);
      expect((await s.getDay(t, D)).get('甲村')?.zero).toEqual(w.put[0]);
    });

    it('a second report of the same kind for a unit-day replaces the first (zero, assessment, key persons)', async () => {
      const t = town();
      await s.applyMessage(write(t, 'u1', [zero('甲村'), assess('甲村', 1), kp('甲村', [['张三', 'stable', 'home', null]])]));
      const w2 = write(t, 'u2', [zero('甲村'), assess('甲村', 5, 'alert'), kp('甲村', [['李四', 'abnormal', 'away', 'county']])]);
      await s.applyMessage(w2);
      const u = (await s.getDay(t, D)).get('甲村')!;
      expect(u.zero).toEqual(w2.put[0]);
      expect(u.assessment).toEqual(w2.put[1]);
      expect(u.keyPersons).toEqual(w2.put[2]);
      // The replaced key-person report no longer counts: 张三 came only from it.
      expect((await s.keyPersons(t)).map((p) => p.name)).toEqual(['李四']);
    });

    it('incidents append in arrival order, and the same incident (meta.id) is not added twice', async () => {
      const t = town();
      const a = write(t, 'u1', [incident('甲村', '第一起')], { at: '2026-11-23T01:00:00.000Z' });
      const b = write(t, 'u2', [incident('甲村', '第二起')], { at: '2026-11-23T03:00:00.000Z' });
      await s.applyMessage(a);
      await s.applyMessage(b);
      await s.applyMessage(a); // a redelivery that slipped past dedupe
      const inc = (await s.getDay(t, D)).get('甲村')!.incidents;
      expect(inc).toEqual([a.put[0], b.put[0]]);
    });

    it('the same incident (its meta.id) sent again updates it: one incident, the newer content, ordered by its newest receipt', async () => {
      const t = town();
      const a = write(t, 'u1', [incident('甲村', '第一起')], { at: '2026-11-23T01:00:00.000Z' });
      const b = write(t, 'u2', [incident('甲村', '第二起')], { at: '2026-11-23T03:00:00.000Z' });
      await s.applyMessage(a);
      await s.applyMessage(b);
      const again = write(t, 'u1', [incident('甲村', '第一起，已劝返', D, 6)], { at: '2026-11-23T04:00:00.000Z', meta: { id: a.put[0]!.meta.id } });
      await s.applyMessage(again);
      const inc = (await s.getDay(t, D)).get('甲村')!.incidents;
      expect(inc.map((i) => [i.meta.id, i.summary, i.people])).toEqual([
        [b.put[0]!.meta.id, '第二起', 12],
        [a.put[0]!.meta.id, '第一起，已劝返', 6],
      ]);
    });

    it('keeps every version of a unit-day: reports, corrections (which clear the signatures) and withdrawals', async () => {
      const t = town();
      const first = write(t, 'u1', [zero('甲村')], { at: '2026-11-23T01:00:00.000Z' });
      await s.applyMessage(first);
      await s.confirm(t, D, '甲村', { memberId: 'h1', role: 'head', at: '2026-11-23T01:30:00.000Z', version: 1 });
      expect((await s.getDay(t, D)).get('甲村')?.confirmations).toEqual([{ memberId: 'h1', role: 'head', at: '2026-11-23T01:30:00.000Z', version: 1 }]);
      const fix = write(t, 'u2', [{ ...incident('甲村', '有人上访'), correction: true }], {
        at: '2026-11-23T02:00:00.000Z',
        remove: [{ unit: '甲村', date: D, kinds: ['zero_report', 'incident'] }],
        meta: { alert: { no: 7, at: '2026-11-23T02:00:05.000Z' } },
      });
      await s.applyMessage(fix);
      const day = (await s.getDay(t, D)).get('甲村')!;
      expect(day.zero).toBeUndefined();
      expect(day.incidents).toEqual([fix.put[0]]);
      expect(day.incidents[0]?.meta.alert).toEqual({ no: 7, at: '2026-11-23T02:00:05.000Z' });
      expect(day.confirmations).toEqual([]);
      await s.confirm(t, D, '甲村', { memberId: 'h1', role: 'head', at: '2026-11-23T02:30:00.000Z', version: 2 });
      await s.undoLast(t, 'u2', { msgId: 'undo-1', at: '2026-11-23T03:00:00.000Z' });
      expect((await s.getDay(t, D)).get('甲村')).toBeUndefined();
      const h = await s.history(t, D, '甲村');
      expect(h.map((v) => [v.seq, v.action, v.kind, v.senderId, v.msgId, v.at])).toEqual([
        [1, 'report', 'zero_report', 'u1', first.raw.msgId, '2026-11-23T01:00:00.000Z'],
        [2, 'correction', 'incident', 'u2', fix.raw.msgId, '2026-11-23T02:00:00.000Z'],
        [3, 'withdrawn', 'incident', 'u2', 'undo-1', '2026-11-23T03:00:00.000Z'],
      ]);
      expect(h[0]?.report).toEqual(first.put[0]);
      expect(h[1]?.report).toEqual(fix.put[0]);
      expect(h[2]?.report).toBeUndefined();
      expect(h[2]?.reportId).toBe(fix.put[0]!.meta.id);
      // A withdrawal takes the signatures given for the withdrawn version with it.
      await s.applyMessage(write(t, 'u1', [zero('甲村')], { at: '2026-11-23T04:00:00.000Z' }));
      expect((await s.getDay(t, D)).get('甲村')?.confirmations).toEqual([]);
      expect(await s.history(t, D, '乙村')).toEqual([]);
      expect(await s.history(t, D2, '甲村')).toEqual([]);
    });

    it('numbers the versions of a long history one after another, an entry longer than 4 KB among them', async () => {
      const t = town();
      const long = '村民反映土地补偿问题'.repeat(600);
      const ids: string[] = [];
      for (let i = 0; i < 12; i++) {
        const w = write(t, `u${i}`, [i === 5 ? incident('甲村', long) : assess('甲村', i)], { at: `2026-11-23T02:${String(i).padStart(2, '0')}:00.000Z` });
        ids.push(w.raw.msgId);
        await s.applyMessage(w);
      }
      const h = await s.history(t, D, '甲村');
      expect(h.map((v) => [v.seq, v.msgId])).toEqual(ids.map((id, i) => [i + 1, id]));
      expect(h[5]?.report).toMatchObject({ kind: 'incident', summary: long });
    });

    it('keeps every version of a unit-day reported a hundred times, in order, and withdraws the last', async () => {
      const t = town();
      const ids: string[] = [];
      for (let i = 0; i < 100; i++) {
        const w = write(t, 'u1', [assess('甲村', i)], { at: `2026-11-23T0${Math.floor(i / 60)}:${String(i % 60).padStart(2, '0')}:00.000Z` });
        ids.push(w.raw.msgId);
        await s.applyMessage(w);
      }
      await s.undoLast(t, 'u1', { msgId: 'undo-100', at: '2026-11-23T03:00:00.000Z' });
      const h = await s.history(t, D, '甲村');
      expect(h.map((v) => [v.seq, v.action, v.msgId])).toEqual([...ids.map((id, i) => [i + 1, 'report', id]), [101, 'withdrawn', 'undo-100']]);
    });

    it('alert numbers: 1, 2, 3… per township, never reused', async () => {
      const t = town();
      const u = town();
      expect([await s.nextAlertNumber(t), await s.nextAlertNumber(t), await s.nextAlertNumber(u), await s.nextAlertNumber(t)]).toEqual([1, 2, 1, 3]);
    });

    it('excuses (免报) per unit-day, a second one replacing the first; leaves (请假/外出) by the days they cover', async () => {
      const t = town();
      await s.excuse(t, { unit: '乙村', date: D, reason: '换届', by: 'l1', at: '2026-11-23T01:00:00.000Z' });
      await s.excuse(t, { unit: '甲村', date: D, reason: '停电', by: 'l1', at: '2026-11-23T01:00:00.000Z' });
      await s.excuse(t, { unit: '甲村', date: D, reason: '断网', by: 'l2', at: '2026-11-23T02:00:00.000Z' });
      expect((await s.excused(t, D)).map((e) => [e.unit, e.reason, e.by])).toEqual([
        ['乙村', '换届', 'l1'],
        ['甲村', '断网', 'l2'],
      ]);
      expect(await s.excused(t, D2)).toEqual([]);
      const leave = { memberId: 'm1', unit: '甲村', from: D, to: D2, kind: 'leave' as const, by: 'm1', at: '2026-11-22T01:00:00.000Z' };
      await s.addLeave(t, leave);
      await s.addLeave(t, { ...leave, memberId: 'm2', from: D2, to: D2, kind: 'away' });
      expect(await s.leaves(t, D)).toEqual([leave]);
      expect((await s.leaves(t, D2)).map((l) => [l.memberId, l.kind])).toEqual([
        ['m1', 'leave'],
        ['m2', 'away'],
      ]);
      expect(await s.leaves(t, addDays(D2, 1))).toEqual([]);
      await s.addLeave(t, { ...leave, to: D });
      expect((await s.leaves(t, D2)).map((l) => l.memberId)).toEqual(['m2']);
    });

    it('removes kinds of a unit-day before the puts (a correction that turns a zero report into an incident)', async () => {
      const t = town();
      await s.applyMessage(write(t, 'u1', [zero('甲村'), kp('甲村', [['张三', 'stable', 'home', null]])]));
      const fix = write(t, 'u1', [incident('甲村', '更正：有纠纷')], { remove: [{ unit: '甲村', date: D, kinds: ['zero_report', 'key_person', 'incident'] }] });
      await s.applyMessage(fix);
      const u = (await s.getDay(t, D)).get('甲村')!;
      expect(u.zero).toBeUndefined();
      expect(u.keyPersons).toBeUndefined();
      expect(u.incidents).toEqual([fix.put[0]]);
      expect(await s.keyPersons(t)).toEqual([]);
      expect(await s.personHistory(t, '甲村', '张三')).toEqual([]);
    });

    it('undoLast removes exactly the sender’s last message, leaves other senders’ reports, and a second 撤回 removes nothing', async () => {
      const t = town();
      const first = write(t, 'u1', [zero('甲村', D)]);
      const last = write(t, 'u1', [assess('甲村', 3, 'watch', D2), incident('甲村', '打架', D2)]);
      const other = write(t, 'u2', [zero('乙村', D2), incident('甲村', '另一起', D2)]);
      await s.applyMessage(first);
      await s.applyMessage(last);
      await s.applyMessage(other);
      await s.applyMessage(write(t, 'u1', [], { text: '撤回' })); // raw-only message: not "the last message"
      const removed = await s.undoLast(t, 'u1', BY);
      expect(removed).toEqual(expect.arrayContaining([last.put[0], last.put[1]]));
      expect(removed).toHaveLength(2);
      const d2 = await s.getDay(t, D2);
      expect(d2.get('甲村')?.assessment).toBeUndefined();
      expect(d2.get('甲村')?.incidents).toEqual([other.put[1]]);
      expect(d2.get('乙村')?.zero).toEqual(other.put[0]);
      expect((await s.getDay(t, D)).get('甲村')?.zero).toEqual(first.put[0]);
      // The same 撤回 handled again (a retry after a failure past the removal) gets the same answer, removing nothing
      // more; another 撤回 removes nothing (only the last message is taken back).
      expect(await s.undoLast(t, 'u1', BY)).toEqual(removed);
      expect(await s.undoLast(t, 'u1', { ...BY, msgId: 'undo-again' })).toEqual([]);
      expect((await s.getDay(t, D)).get('甲村')?.zero).toEqual(first.put[0]);
      expect((await s.getDay(t, D2)).get('甲村')?.incidents).toEqual([other.put[1]]);
      expect((await s.history(t, D2, '甲村')).filter((v) => v.action === 'withdrawn')).toHaveLength(2);
      expect(await s.undoLast(t, 'nobody', BY)).toEqual([]);
    });

    it('a follow-up is an entry of its sender’s history: takeBackLast takes it back first, then the message before it', async () => {
      const t = town();
      const first = write(t, 'u1', [incident('甲村', '到县上访')], { at: '2026-11-23T01:00:00.000Z', text: '甲村即时报告：到县上访', meta: { alert: { no: 3, at: '2026-11-23T01:00:00.000Z' } } });
      await s.applyMessage(first);
      const fu = followUp(t, 'u1', first.put[0]!, '已劝返', { at: '2026-11-23T02:00:00.000Z' });
      await s.applyMessage(fu);
      await s.applyMessage(fu); // a retry of the follow-up's message: its entry is replaced, not stacked twice
      await s.applyMessage(write(t, 'u1', [], { text: '撤回' })); // raw-only: no entry
      expect(await s.lastSent(t, 'u1', BY)).toEqual({ msgId: fu.raw.msgId, followUp: true });
      const back = await s.takeBackLast(t, 'u1', BY);
      expect(back).toEqual({ reports: [], followUp: fu.followUp, text: fu.raw.text });
      // Nothing of the incident's unit-day changed; a retry of that 撤回 gets the same answer and takes nothing more.
      expect((await s.getDay(t, D)).get('甲村')?.incidents).toEqual([first.put[0]]);
      expect(await s.lastSent(t, 'u1', BY)).toEqual({ retry: true });
      expect(await s.takeBackLast(t, 'u1', BY)).toEqual(back);
      expect((await s.getDay(t, D)).get('甲村')?.incidents).toEqual([first.put[0]]);
      // The next 撤回 takes back the message before it, with its text (it alerted the leaders); then nothing is left.
      const next = { msgId: 'undo-next', at: '2026-11-23T03:00:00.000Z' };
      expect(await s.lastSent(t, 'u1', next)).toEqual({ msgId: first.raw.msgId, followUp: false });
      expect(await s.takeBackLast(t, 'u1', next)).toEqual({ reports: [first.put[0]], text: first.raw.text });
      expect((await s.getDay(t, D)).has('甲村')).toBe(false);
      expect(await s.lastSent(t, 'u1', { ...BY, msgId: 'undo-3' })).toBeUndefined();
      expect(await s.takeBackLast(t, 'u1', { ...BY, msgId: 'undo-3' })).toEqual({ reports: [] });
    });

    it('a follow-up that stored reports takes them back with it, in one step; a message of reports after it starts the history anew', async () => {
      const t = town();
      const first = write(t, 'u1', [incident('甲村', '到县上访')]);
      await s.applyMessage(first);
      const fu = followUp(t, 'u1', first.put[0]!, '张三已接回', { put: [kp('甲村', [['张三', 'stable', 'home', null]])] });
      await s.applyMessage(fu);
      const back = await s.takeBackLast(t, 'u1', BY);
      expect(back).toEqual({ reports: [fu.put[0]], followUp: fu.followUp, text: fu.raw.text });
      expect((await s.getDay(t, D)).get('甲村')?.keyPersons).toBeUndefined();
      expect(await s.takeBackLast(t, 'u1', BY)).toEqual(back);
      // A follow-up, then a zero report of another unit: 撤回 takes back the zero report, and the follow-up is no longer
      // the sender's latest (only one message of reports is ever taken back).
      await s.applyMessage(followUp(t, 'u1', first.put[0]!, '已返回'));
      const z = write(t, 'u1', [zero('乙村')]);
      await s.applyMessage(z);
      expect(await s.takeBackLast(t, 'u1', { ...BY, msgId: 'undo-z' })).toEqual({ reports: [z.put[0]] });
      expect(await s.takeBackLast(t, 'u1', { ...BY, msgId: 'undo-z2' })).toEqual({ reports: [] });
      expect((await s.getDay(t, D)).get('甲村')?.incidents).toEqual([first.put[0]]);
    });

    it(`a sender’s history keeps at most ${HISTORY_DEPTH} entries`, async () => {
      const t = town();
      const first = write(t, 'u1', [incident('甲村', '到县上访')]);
      await s.applyMessage(first);
      const fus = Array.from({ length: HISTORY_DEPTH + 2 }, (_, i) => followUp(t, 'u1', first.put[0]!, `第${i + 1}次续报`));
      for (const f of fus) await s.applyMessage(f);
      const taken: string[] = [];
      for (let i = 0; i < HISTORY_DEPTH + 3; i++) {
        const back = await s.takeBackLast(t, 'u1', { ...BY, msgId: `undo-${i}` });
        if (back.followUp) taken.push(back.followUp.text);
        else expect(back.reports).toEqual([]);
      }
      expect(taken).toEqual(fus.slice(-HISTORY_DEPTH).reverse().map((f) => f.followUp!.text));
      expect((await s.getDay(t, D)).get('甲村')?.incidents).toEqual([first.put[0]]);
    });

    it('refuses a follow-up of another message or another sender than its reports', async () => {
      const t = town();
      const first = write(t, 'u1', [incident('甲村', '到县上访')]);
      const fu = followUp(t, 'u1', first.put[0]!, '已劝返', { put: [kp('甲村', [['张三', 'stable', 'home', null]])] });
      await expect(s.applyMessage({ ...fu, followUp: { ...fu.followUp!, msgId: 'another' } })).rejects.toThrow(/followUp/);
      await expect(s.applyMessage({ ...fu, followUp: { ...fu.followUp!, senderId: 'u2' } })).rejects.toThrow(/followUp/);
      expect(await s.rawMessages(t, D)).toEqual([]);
    });

    it('remembers the last message under the reports’ meta.senderId (roster id), not the platform user id', async () => {
      const t = town();
      const w = write(t, 'roster-id-1', [zero('甲村')]);
      w.raw.senderId = 'wecom-user-xyz';
      await s.applyMessage(w);
      expect(await s.undoLast(t, 'wecom-user-xyz', BY)).toEqual([]);
      expect(await s.undoLast(t, 'roster-id-1', BY)).toEqual([w.put[0]]);
    });

    it('keeps meta.id forms that embed the msgId with a platform prefix, or not at all', async () => {
      const t = town();
      const w = write(t, 'u1', [zero('甲村'), zero('乙村'), zero('丙村')]);
      w.put[0]!.meta.id = `wecom:${w.raw.msgId}:0`;
      w.put[1]!.meta.id = `custom-${w.raw.msgId}`;
      w.put[2]!.meta = { ...w.put[2]!.meta, id: 'dingtalk:a:b:2', msgId: 'a:b', platform: 'dingtalk' };
      await s.applyMessage(w);
      const day = await s.getDay(t, D);
      expect(['甲村', '乙村', '丙村'].map((u) => day.get(u)?.zero)).toEqual(w.put);
    });

    it('undoLast removes nothing that another sender has replaced since', async () => {
      const t = town();
      await s.applyMessage(write(t, 'u1', [zero('甲村')]));
      const b = write(t, 'u2', [zero('甲村')]);
      await s.applyMessage(b);
      expect(await s.undoLast(t, 'u1', BY)).toEqual([]);
      expect((await s.getDay(t, D)).get('甲村')?.zero).toEqual(b.put[0]);
      expect(await s.undoLast(t, 'u2', BY)).toEqual([b.put[0]]);
      expect((await s.getDay(t, D)).has('甲村')).toBe(false);
    });

    it('undoLast of a key-person report takes its states out of the history and the latest state', async () => {
      const t = town();
      await s.applyMessage(write(t, 'u1', [kp('甲村', [['张三', 'stable', 'home', null]], D)], { at: '2026-11-23T02:00:00.000Z' }));
      const w2 = write(t, 'u1', [kp('甲村', [['张三', 'abnormal', 'away', 'county']], D2)], { at: '2026-11-24T02:00:00.000Z' });
      await s.applyMessage(w2);
      expect((await s.keyPersons(t))[0]).toMatchObject({ name: '张三', state: 'abnormal', date: D2 });
      expect(await s.undoLast(t, 'u1', BY)).toEqual([w2.put[0]]);
      const latest = await s.keyPersons(t);
      expect(latest).toEqual([{ name: '张三', unit: '甲村', state: 'stable', whereabouts: 'home', escalation: null, date: D, at: '2026-11-23T02:00:00.000Z' }]);
      expect(await s.personHistory(t, '甲村', '张三')).toEqual(latest);
    });

    it('a person reported again drops history entries older than PERSON_TTL_DAYS (bounded growth)', async () => {
      const t = town();
      const old = addDays(D, -(PERSON_TTL_DAYS + 5));
      await s.applyMessage(write(t, 'u1', [kp('甲村', [['张三', 'stable', 'home', null]], old)], { at: `${old}T02:00:00.000Z` }));
      await s.applyMessage(write(t, 'u1', [kp('甲村', [['张三', 'stable', 'away', null]], addDays(D, -10))], { at: `${addDays(D, -10)}T02:00:00.000Z` }));
      expect((await s.personHistory(t, '甲村', '张三')).map((p) => p.date)).toEqual([old, addDays(D, -10)]);
      await s.applyMessage(write(t, 'u1', [kp('甲村', [['张三', 'abnormal', 'away', 'county']], D)]));
      expect((await s.personHistory(t, '甲村', '张三')).map((p) => p.date)).toEqual([addDays(D, -10), D]);
      expect((await s.keyPersons(t)).map((p) => p.date)).toEqual([D]);
    });

    it('confirmations: head and team leader, one per member, idempotent, visible in getDay', async () => {
      const t = town();
      await s.applyMessage(write(t, 'u1', [zero('甲村')]));
      const head = { memberId: 'h1', role: 'head' as const, at: '2026-11-23T05:00:00.000Z' };
      const lead = { memberId: 't1', role: 'team_leader' as const, at: '2026-11-23T06:00:00.000Z' };
      expect(await s.confirm(t, D, '甲村', head)).toEqual([head]);
      expect(await s.confirm(t, D, '甲村', lead)).toEqual([head, lead]);
      expect(await s.confirm(t, D, '甲村', { ...head, at: '2026-11-23T07:00:00.000Z' })).toEqual([head, lead]);
      expect((await s.getDay(t, D)).get('甲村')?.confirmations).toEqual([head, lead]);
      expect((await s.getDay(t, D)).get('甲村')?.zero?.kind).toBe('zero_report');
      await expect(s.confirm(t, D, '甲村', { memberId: 'x', role: 'pope', at: 'now' } as never)).rejects.toThrow();
      expect((await s.getDay(t, D)).get('甲村')?.confirmations).toEqual([head, lead]);
    });

    it('a threatened petition stays a threat: the modality is kept with the person, in the day and in the history', async () => {
      const t = town();
      await s.applyMessage(write(t, 'u1', [kp('甲村', [['张三', 'abnormal', 'home', 'county', 'threat'], ['李四', 'abnormal', 'away', 'county']])]));
      expect((await s.getDay(t, D)).get('甲村')?.keyPersons?.persons.map((p) => p.modality)).toEqual(['threat', undefined]);
      expect((await s.personHistory(t, '甲村', '张三')).map((p) => p.modality)).toEqual(['threat']);
      expect((await s.keyPersons(t)).map((p) => [p.name, p.modality])).toEqual([['张三', 'threat'], ['李四', undefined]]);
    });

    it('keyPersons gives the latest state per (unit, name); personHistory is oldest first, also for a late correction', async () => {
      const t = town();
      await s.applyMessage(write(t, 'u1', [kp('甲村', [['张三', 'stable', 'home', null], ['李四', 'stable', 'home', null]], D)], { at: '2026-11-23T02:00:00.000Z' }));
      await s.applyMessage(write(t, 'u1', [kp('甲村', [['张三', 'abnormal', 'away', 'county']], D2)], { at: '2026-11-24T02:00:00.000Z' }));
      await s.applyMessage(write(t, 'u3', [kp('乙村', [['张三', 'stable', 'unknown', null]], D)], { at: '2026-11-23T03:00:00.000Z' }));
      // A correction for the earlier day, arriving later, must not become the latest state.
      await s.applyMessage(write(t, 'u2', [kp('甲村', [['张三', 'stable', 'away', null], ['李四', 'stable', 'home', null]], D)], { at: '2026-11-24T09:00:00.000Z' }));
      const latest = await s.keyPersons(t);
      expect(latest.map((p) => [p.unit, p.name, p.state, p.whereabouts, p.date])).toEqual([
        ['乙村', '张三', 'stable', 'unknown', D],
        ['甲村', '张三', 'abnormal', 'away', D2],
        ['甲村', '李四', 'stable', 'home', D],
      ]);
      const hist = await s.personHistory(t, '甲村', '张三');
      // The correction replaced the first D report, so its state left the history with it.
      expect(hist.map((p) => [p.date, p.whereabouts, p.at])).toEqual([
        [D, 'away', '2026-11-24T09:00:00.000Z'],
        [D2, 'away', '2026-11-24T02:00:00.000Z'],
      ]);
      expect(await s.personHistory(t, '甲村', '无此人')).toEqual([]);
    });

    it('keeps every raw message of a day (also chatter and commands), oldest first', async () => {
      const t = town();
      const b = write(t, 'u2', [], { at: '2026-11-23T04:00:00.000Z', text: '大家辛苦了' });
      const a = write(t, 'u1', [zero('甲村')], { at: '2026-11-23T01:00:00.000Z', text: '甲村今日零报告' });
      const late = write(t, 'u1', [zero('甲村', D)], { at: '2026-11-23T17:00:00.000Z', text: '补报' }); // 01:00 on the 24th in Shanghai
      for (const w of [b, a, late]) await s.applyMessage(w);
      await s.applyMessage(a); // the same message twice is kept once
      expect(await s.rawMessages(t, D)).toEqual([a.raw, b.raw]);
      expect(await s.rawMessages(t, D2)).toEqual([late.raw]);
    });

    it('claimOnce: true once per (scope, id) within the TTL, true again after it expires', async () => {
      const id = `claim-${randomUUID()}`;
      expect(await s.claimOnce('message', id, 1)).toBe(true);
      expect(await s.claimOnce('message', id, 1)).toBe(false);
      expect(await s.claimOnce('job', id, 1)).toBe(true);
      expect(await s.claimOnce('send', id, 100)).toBe(true);
      await h.pass(1.2);
      expect(await s.claimOnce('message', id, 1)).toBe(true);
      expect(await s.claimOnce('send', id, 100)).toBe(false);
    });

    it('a pending question: taken once per sender and chat, replaced by a newer one, gone after its window', async () => {
      const t = town();
      const at = { platform: 'wecom', chatId: 'c1', senderId: `u-${randomUUID()}` };
      expect(await s.takePending(t, at)).toBeUndefined();
      await s.putPending(t, at, 'first', 60);
      await s.putPending(t, at, 'second', 60);
      expect(await s.takePending(t, { ...at, chatId: 'c2' })).toBeUndefined();
      expect(await s.takePending(t, at)).toBe('second');
      expect(await s.takePending(t, at)).toBeUndefined();
      await s.putPending(t, at, 'late', 1);
      await h.pass(1.2);
      expect(await s.takePending(t, at)).toBeUndefined();
    });

    it('a write with one invalid report writes nothing at all (validated before writing)', async () => {
      const t = town();
      const w = write(t, 'u1', [zero('甲村'), { ...assess('乙村', 1), counts: { disputesFound: -3 } } as Body]);
      await expect(s.applyMessage(w)).rejects.toThrow();
      const noUnit = write(t, 'u1', [zero('')]);
      await expect(s.applyMessage(noUnit)).rejects.toThrow();
      expect(await s.getDay(t, D)).toEqual(new Map());
      expect(await s.rawMessages(t, D)).toEqual([]);
      expect(await s.undoLast(t, 'u1', BY)).toEqual([]);
    });

    it('ping answers true', async () => {
      expect(await s.ping()).toBe(true);
    });

    it('day version: "0" for a day never written, new on every write that changes the day, unchanged otherwise', async () => {
      const t = town();
      const v = async (date = D) => (await s.getDayVersioned(t, date)).version;
      expect(await v()).toBe('0');
      const seen = new Set<string>(['0']);
      const changes = async (what: string, step: () => Promise<unknown>) => {
        await step();
        const now = await v();
        expect(seen.has(now), `${what} must set a new version`).toBe(false);
        seen.add(now);
        return now;
      };
      const unchanged = async (what: string, step: () => Promise<unknown>) => {
        const before = await v();
        await step();
        expect(await v(), `${what} must keep the version`).toBe(before);
      };
      const w = write(t, 'u1', [zero('甲村'), incident('乙村', '事件一')]);
      await changes('a report', () => s.applyMessage(w));
      await unchanged('the same incident again (meta.id)', () => s.applyMessage({ ...w, put: [w.put[1]!], raw: { ...w.raw, msgId: 'again' } }));
      await changes('a late report (补报) of another unit', () => s.applyMessage(write(t, 'u2', [assess('丙村', 3)], { at: '2026-11-24T02:00:00.000Z' })));
      await changes('a correction (remove + put)', () =>
        s.applyMessage(write(t, 'u1', [incident('甲村', '改报事件')], { remove: [{ unit: '甲村', date: D, kinds: ['zero_report'] }] })),
      );
      await unchanged('removing a kind the unit-day does not have', () =>
        s.applyMessage({ ...write(t, 'u3', []), remove: [{ unit: '丁村', date: D, kinds: ['zero_report', 'incident'] }] }),
      );
      await unchanged('a raw-only write (chatter)', () => s.applyMessage(write(t, 'u9', [], { text: '收到' })));
      await unchanged('a write to another day', () => s.applyMessage(write(t, 'u4', [zero('甲村', D2)])));
      await changes('撤回', () => s.undoLast(t, 'u1', BY));
      await unchanged('撤回 with nothing left to undo', () => s.undoLast(t, 'u1', BY));
      const head = { memberId: 'h1', role: 'head' as const, at: '2026-11-23T06:00:00.000Z' };
      await changes('确认', () => s.confirm(t, D, '丙村', head));
      await unchanged('the same confirmation again', () => s.confirm(t, D, '丙村', head));
      // The version is read with the data: getDayVersioned's units are exactly getDay's.
      expect((await s.getDayVersioned(t, D)).units).toEqual(await s.getDay(t, D));
    });

    it('aggregates: day sums and highlights, half-month bitmasks and sums, year counts, kept by every write', async () => {
      const t = town();
      const collect = async (period: string) => {
        const out: Record<string, number[]> = {};
        for await (const batch of s.scanPeriod(t, period, 1)) for (const [u, v] of batch) out[u] = v;
        // eachInPeriod: the same records, one reused array (copied here).
        const each: Record<string, number[]> = {};
        await s.eachInPeriod(t, period, (u, v) => void (each[u] = [...v]), 1);
        expect(each).toEqual(out);
        return out;
      };
      expect(await s.dayAggregate(t, D)).toEqual({ sums: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0], highlights: [] });
      await s.applyMessage(write(t, 'u1', [assess('甲村', 3), kp('甲村', [['张三', 'abnormal', 'home', null]]), zero('乙村', D2)], { meta: { late: true } }));
      await s.applyMessage(write(t, 'u2', [incident('丙村', '聚集')]));
      // [reported, late, signed, found, resolved, petitions, incidents, beyond the township, abnormal, away]
      expect(await s.dayAggregate(t, D)).toEqual({ sums: [2, 1, 0, 3, 3, 0, 1, 1, 1, 0], highlights: ['丙村', '甲村'] });
      // 23rd and 24th November: bits 7 and 8 of the second half-month.
      expect(await collect('2026-11-2')).toEqual({ 甲村: [1 << 7, 1 << 7, 0, 3, 3, 0, 0, 0, 1, 0], 乙村: [1 << 8, 1 << 8, 0, 0, 0, 0, 0, 0, 0, 0], 丙村: [1 << 7, 0, 0, 0, 0, 0, 1, 1, 0, 0] });
      expect((await collect('2026'))['甲村']).toEqual([1, 1, 0, 3, 3, 0, 0, 0, 1, 0]);
      const [a, b, none] = await s.daySums(t, [D, D2, '2026-12-01'], 'k1');
      expect([a!.sums, b!.sums]).toEqual([(await s.dayAggregate(t, D)).sums, [1, 1, 0, 0, 0, 0, 0, 0, 0, 0]]);
      expect(none).toEqual({ sums: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0], seq: 0 });
      // A count cached beside the day's aggregates is served only while the day has not changed since.
      await s.putDayCount(t, D, 'k1', a!.seq, 7);
      expect((await s.daySums(t, [D], 'k1'))[0]!.count).toBe(7);
      expect((await s.daySums(t, [D], 'k2'))[0]!.count).toBeUndefined();
      // Both signatures; a correction by difference; 撤回 takes everything back out.
      await s.confirm(t, D, '甲村', { memberId: 'h1', role: 'head', at: '2026-11-23T05:00:00.000Z' });
      await s.confirm(t, D, '甲村', { memberId: 't1', role: 'team_leader', at: '2026-11-23T05:00:00.000Z' });
      expect((await s.daySums(t, [D], 'k1'))[0]!.count).toBeUndefined();
      await s.applyMessage(write(t, 'u1', [assess('甲村', 1)], { remove: [{ unit: '甲村', date: D, kinds: ['key_person'] }] }));
      expect(await s.dayAggregate(t, D)).toEqual({ sums: [2, 0, 1, 1, 1, 0, 1, 1, 0, 0], highlights: ['丙村'] });
      expect((await collect('2026-11-2'))['甲村']).toEqual([1 << 7, 0, 1 << 7, 1, 1, 0, 0, 0, 0, 0]);
      await s.undoLast(t, 'u1', BY);
      expect(await s.dayAggregate(t, D)).toEqual({ sums: [1, 0, 0, 0, 0, 0, 1, 1, 0, 0], highlights: ['丙村'] });
      expect(Object.keys(await collect('2026-11-2')).sort()).toEqual(['丙村', '乙村']);
      expect(await collect('2026-12-1')).toEqual({});
      // The unit-days by unit, and the whole day in batches.
      const some = await s.getUnitDays(t, D, ['丙村', '甲村', '无此村']);
      expect([...some.keys()]).toEqual(['丙村']);
      expect(some.get('丙村')).toEqual((await s.getDay(t, D)).get('丙村'));
      const batches: string[][] = [];
      await s.applyMessage(write(t, 'u3', [zero('丁村'), zero('戊村')]));
      for await (const b of s.scanDay(t, D, 1)) batches.push(b.map((u) => u.unit));
      expect(batches.flat().sort()).toEqual(['丁村', '丙村', '戊村']);
    });

    it('day totals cache: a hit only for the current version; any change of the day makes it miss', async () => {
      const t = town();
      const totals = { total: { reported: 2 }, d: [['甲村', 1, 1]], note: '累计' };
      // A day never written: its (empty) totals are cached under a fresh version, which the first write replaces.
      await s.putDayTotals(t, D, totals, '0');
      expect(await s.getDayTotals(t, D)).toEqual(totals);
      const empty = await s.getDayVersioned(t, D);
      expect(empty).toEqual({ version: expect.not.stringMatching(/^0$/), units: new Map() });
      await s.putDayTotals(t, D, { other: 1 }, '0'); // computed when it was never written: stale now
      expect(await s.getDayTotals(t, D)).toEqual(totals);

      await s.applyMessage(write(t, 'u1', [zero('甲村')]));
      const { version: v1, units } = await s.getDayVersioned(t, D);
      expect(v1).not.toBe(empty.version);
      expect(await s.getDayTotals(t, D)).toBeUndefined();
      await s.putDayTotals(t, D, totals, v1);
      expect(await s.getDayTotals(t, D)).toEqual(totals);
      expect(await s.getDayTotals(t, D2)).toBeUndefined();
      // The cache is not day data: getDay is unchanged by it.
      expect(await s.getDay(t, D)).toEqual(units);

      // Computed from an older version (a write came in between): ignored, the newer version stays uncached.
      await s.applyMessage(write(t, 'u2', [zero('乙村')]));
      expect(await s.getDayTotals(t, D)).toBeUndefined();
      await s.putDayTotals(t, D, totals, v1);
      expect(await s.getDayTotals(t, D)).toBeUndefined();

      const cacheThen = async (step: () => Promise<unknown>) => {
        const { version } = await s.getDayVersioned(t, D);
        await s.putDayTotals(t, D, totals, version);
        expect(await s.getDayTotals(t, D)).toEqual(totals);
        await step();
        return s.getDayTotals(t, D);
      };
      expect(await cacheThen(() => s.applyMessage(write(t, 'u3', [assess('丙村', 2)])))).toBeUndefined(); // 补报
      expect(
        await cacheThen(() => s.applyMessage(write(t, 'u2', [incident('乙村', '改报')], { remove: [{ unit: '乙村', date: D, kinds: ['zero_report'] }] }))),
      ).toBeUndefined(); // correction
      expect(await cacheThen(() => s.undoLast(t, 'u2', BY))).toBeUndefined(); // 撤回
      expect(await cacheThen(() => s.confirm(t, D, '甲村', { memberId: 'h1', role: 'head', at: '2026-11-23T06:00:00.000Z' }))).toBeUndefined(); // 确认
      // Writes that leave the day as it was keep the cache.
      expect(await cacheThen(() => s.applyMessage(write(t, 'u9', [], { text: '收到' })))).toEqual(totals);
      expect(await cacheThen(() => s.applyMessage(write(t, 'u9', [zero('甲村', D2)])))).toEqual(totals);
      expect(await cacheThen(() => s.confirm(t, D, '甲村', { memberId: 'h1', role: 'head', at: '2026-11-23T07:00:00.000Z' }))).toEqual(totals);
    });
  });
}

storeContract('memory', async () => {
  const clock = new ManualClock('2026-11-23T02:00:00Z');
  const store = new MemoryReportStore({ clock, rawRetentionDays: 180 });
  return { store, pass: async (sec) => clock.advance(sec * 1000), close: () => store.close() };
});

storeContract('redis', async () => {
  const redis = new Redis(inject('redisUrl'), { maxRetriesPerRequest: 1 });
  const store = new RedisReportStore(redis, { prefix: `t-${randomUUID()}`, rawRetentionDays: 180, logger: pino({ level: 'silent' }) });
  return { store, pass: (sec) => new Promise((r) => setTimeout(r, sec * 1000)), close: () => store.close() };
});

describe('MemoryReportStore retention', () => {
  it('drops raw messages once RAW_RETENTION_DAYS have passed (injected clock)', async () => {
    const clock = new ManualClock('2026-11-23T02:00:00Z');
    const s = new MemoryReportStore({ clock, rawRetentionDays: 2 });
    const w = write('镇', 'u1', [zero('甲村')]);
    await s.applyMessage(w);
    clock.advance(86_400_000);
    expect(await s.rawMessages('镇', D)).toEqual([w.raw]);
    clock.advance(86_400_000);
    expect(await s.rawMessages('镇', D)).toEqual([]);
    expect((await s.getDay('镇', D)).get('甲村')?.zero).toEqual(w.put[0]);
  });
});

describe('RedisReportStore specifics', () => {
  const lines: string[] = [];
  const logger: Logger = pino({ level: 'warn' }, new Writable({
      write(c, _e, cb) {
        lines.push(String(c));
        cb();
      },
    }));
  const prefix = `t-${randomUUID()}`;
  let redis: Redis;
  let store: RedisReportStore;
  beforeAll(() => {
    redis = new Redis(inject('redisUrl'), { maxRetriesPerRequest: 1 });
    store = new RedisReportStore(redis, { prefix, rawRetentionDays: 7, logger });
  });
  afterAll(() => store.close());

  it('skips (and logs without content) records that do not parse; getDay never throws', async () => {
    const t = town();
    const good = write(t, 'u1', [zero('甲村'), incident('乙村', '好的事件')]);
    await store.applyMessage(good);
    const keys = createKeys(prefix);
    const day = keys.day(t, D);
    await redis.hset(day, dayField('zero_report', '坏村'), 'SECRET-TEXT not json');
    await redis.hset(day, dayField('daily_assessment', '坏村2'), JSON.stringify({ i: 5, k: 'SECRET-TEXT' }));
    await redis.hset(day, 'zz-unknown', 'x');
    await redis.hset(day, confirmField('甲村'), JSON.stringify([['h1', 'head', '2026-11-23T05:00:00.000Z'], ['x', 'pope', 1]]));
    // One damaged incident beside a good one in the unit's array: the good one survives.
    const inc = await redis.hget(day, dayField('incident', '乙村'));
    await redis.hset(day, dayField('incident', '乙村'), inc!.replace(/^\[/, '[{"i":"bad","h":-1},'));
    const got = await store.getDay(t, D);
    expect([...got.keys()].sort()).toEqual(['乙村', '甲村']);
    expect(got.get('甲村')?.zero).toEqual(good.put[0]);
    expect(got.get('甲村')?.confirmations).toEqual([{ memberId: 'h1', role: 'head', at: '2026-11-23T05:00:00.000Z' }]);
    expect(got.get('乙村')?.incidents).toEqual([good.put[1]]);
    const warns = lines.filter((l) => l.includes('skipped'));
    expect(warns.length).toBeGreaterThanOrEqual(5);
    expect(lines.join('\n')).not.toContain('SECRET-TEXT');
  });

  it('keeps only earlier versions apart, and reads unit-days written when every version was copied there', async () => {
    const t = town();
    const keys = createKeys(prefix);
    const first = write(t, 'u1', [zero('甲村')], { at: '2026-11-23T01:00:00.000Z' });
    await store.applyMessage(first);
    // One version: the report itself, no copy.
    expect(await redis.exists(keys.versions(t, D))).toBe(0);
    expect((await store.history(t, D, '甲村')).map((v) => [v.seq, v.action, v.msgId])).toEqual([[1, 'report', first.raw.msgId]]);
    // A unit-day as the code before wrote it: the report without its number, its version in the versions hash.
    const r = write(t, 'u1', [incident('乙村', '旧的事件')], { at: '2026-11-23T01:00:00.000Z' });
    const old = r.put[0]!;
    await redis.hset(keys.day(t, D), dayField('incident', '乙村'), `[${encodeReport(old)}]`);
    const v1 = encodeVersion({ action: 'report', kind: 'incident', reportId: old.meta.id, report: old, senderId: 'u1', msgId: r.raw.msgId, at: old.meta.receivedAt });
    await redis.hset(keys.versions(t, D), '乙村', `[{"n":1,${v1.slice(1)}]`);
    expect((await store.history(t, D, '乙村')).map((v) => [v.seq, v.action, v.reportId])).toEqual([[1, 'report', old.meta.id]]);
    const fix = write(t, 'u2', [{ ...zero('乙村'), correction: true }], { at: '2026-11-23T02:00:00.000Z', remove: [{ unit: '乙村', date: D, kinds: ['incident'] }] });
    await store.applyMessage(fix);
    await store.undoLast(t, 'u2', { msgId: 'undo-9', at: '2026-11-23T03:00:00.000Z' });
    const h = await store.history(t, D, '乙村');
    expect(h.map((v) => [v.seq, v.action, v.kind, v.msgId])).toEqual([
      [1, 'report', 'incident', r.raw.msgId],
      [2, 'correction', 'zero_report', fix.raw.msgId],
      [3, 'withdrawn', 'zero_report', 'undo-9'],
    ]);
    expect(h[0]?.report).toEqual(old);
    expect(h[1]?.report).toEqual(fix.put[0]);
  });

  it('reads the raw messages written to the hash before the list beside the list, each message once', async () => {
    const t = town();
    const keys = createKeys(prefix);
    const old = write(t, 'u1', [], { at: '2026-11-23T01:00:00.000Z', text: '以前的消息' });
    await redis.hset(keys.raw(t, D), `${old.raw.platform}:${old.raw.msgId}`, encodeRaw(old.raw));
    await redis.hset(keys.raw(t, D), 'wecom:damaged', 'not a raw value');
    const now = write(t, 'u2', [zero('甲村')], { at: '2026-11-23T02:00:00.000Z', text: '甲村今日零报告' });
    await store.applyMessage(now);
    await store.applyMessage(now); // a redelivery: two elements in the list, one message read
    expect(await redis.llen(keys.rawLog(t, D))).toBe(2);
    expect(await store.rawMessages(t, D)).toEqual([old.raw, now.raw]);
  });

  it('puts TTLs on day data and raw messages (retention from config)', async () => {
    const t = town();
    await store.applyMessage(write(t, 'u1', [zero('甲村')]));
    const keys = createKeys(prefix);
    const dayTtl = await redis.ttl(keys.day(t, D));
    const rawTtl = await redis.ttl(keys.rawLog(t, D));
    expect(dayTtl).toBeGreaterThan(ttlSeconds.day - 60);
    expect(dayTtl).toBeLessThanOrEqual(ttlSeconds.day);
    expect(rawTtl).toBeGreaterThan(7 * 86_400 - 60);
    expect(rawTtl).toBeLessThanOrEqual(7 * 86_400);
  });

  it('day totals: a damaged cache entry is a miss (logged), a day that expired and is written again never reuses a version', async () => {
    const t = town();
    const keys = createKeys(prefix);
    const day = keys.day(t, D);
    await store.applyMessage(write(t, 'u1', [zero('甲村')]));
    const { version: v1 } = await store.getDayVersioned(t, D);
    await store.putDayTotals(t, D, { n: 1 }, v1);
    expect(await store.getDayTotals(t, D)).toEqual({ n: 1 });
    // The cache lives in the day hash: same key, same slot, same TTL as the day data.
    expect(await redis.hexists(day, DAY_TOTALS_FIELD)).toBe(1);
    expect(await redis.ttl(day)).toBeGreaterThan(ttlSeconds.day - 60);
    await redis.hset(day, DAY_TOTALS_FIELD, 'SECRET-TEXT not json');
    expect(await store.getDayTotals(t, D)).toBeUndefined();
    await redis.hset(day, DAY_TOTALS_FIELD, JSON.stringify({ t: 1 }));
    expect(await store.getDayTotals(t, D)).toBeUndefined();
    expect(lines.join('\n')).toContain('cached day totals failed validation');
    expect(lines.join('\n')).not.toContain('SECRET-TEXT');
    // Expiry (simulated by DEL) then a new write: the new version is not the old one, so an old entry cannot match.
    await redis.del(day);
    await store.applyMessage(write(t, 'u1', [zero('甲村')]));
    const { version: v2 } = await store.getDayVersioned(t, D);
    expect(v2).not.toBe(v1);
    await redis.hset(day, DAY_TOTALS_FIELD, JSON.stringify({ v: v1, t: { n: 1 } }));
    expect(await store.getDayTotals(t, D)).toBeUndefined();
    // A day hash written before versions existed (no version field) is never cached.
    const legacy = keys.day(t, D2);
    await redis.hset(legacy, dayField('zero_report', '甲村'), (await redis.hget(day, dayField('zero_report', '甲村')))!);
    expect((await store.getDayVersioned(t, D2)).version).toBe('0');
    await store.putDayTotals(t, D2, { n: 1 }, '0');
    expect(await redis.hexists(legacy, DAY_TOTALS_FIELD)).toBe(0);
    expect((await store.getDay(t, D2)).size).toBe(1);
    // An empty day's totals create its key, with the day TTL (never a key without TTL).
    const empty = keys.day(t, addDays(D, 10));
    await store.putDayTotals(t, addDays(D, 10), { n: 0 }, '0');
    expect(await store.getDayTotals(t, addDays(D, 10))).toEqual({ n: 0 });
    expect(await redis.ttl(empty)).toBeGreaterThan(ttlSeconds.day - 60);
  });

  it('a script that Redis forgot (SCRIPT FLUSH, failover) is loaded again', async () => {
    const t = town();
    await redis.script('FLUSH');
    const w = write(t, 'u1', [zero('甲村')]);
    await store.applyMessage(w);
    expect((await store.getDay(t, D)).get('甲村')?.zero).toEqual(w.put[0]);
  });
});
