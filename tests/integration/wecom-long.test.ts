import { Redis } from 'ioredis';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { createDispatch } from '../../handlers/index.js';
import { systemClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import type { Deps } from '../../src/core/deps.js';
import { createInbox } from '../../src/core/inbox.js';
import { silentLogger } from '../../src/logger.js';
import { createMetrics } from '../../src/ops/metrics.js';
import { createNotifier } from '../../src/platforms/notifier.js';
import { createWecomLongClient } from '../../src/platforms/wecom/long-client.js';
import { startWecomLongConnection, type WecomLongConnection, type WecomLongOptions } from '../../src/platforms/wecom/long-connection.js';
import { createKeys } from '../../src/store/keys.js';
import { type LeaseStore, MemoryLeaseStore } from '../../src/store/lease-store.js';
import { RedisLeaseStore } from '../../src/store/redis-lease-store.js';
import { FakeWecomWsServer } from '../support/fake-wecom-ws-server.js';
import { makeDeps } from '../support/make-deps.js';
import { RecordingInbox } from '../support/recording-inbox.js';
import { waitFor } from '../support/wait-for.js';

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

let server: FakeWecomWsServer;
const running: WecomLongConnection[] = [];
const redisClients: Redis[] = [];

beforeEach(async () => {
  server = await new FakeWecomWsServer().start();
});
afterEach(async () => {
  await Promise.all(running.splice(0).map((c) => c.stop()));
  // Every frame our client sent has the documented shape (the official SDK's, wecom-long-sdk.test.ts).
  expect(server.violations).toEqual([]);
  await Promise.all(redisClients.splice(0).map((r) => r.quit()));
  await server.stop();
});

function config(extra: Record<string, string> = {}) {
  return loadConfig({ WECOM_MODE: 'long', WECOM_BOT_ID: server.botId, WECOM_BOT_SECRET: server.secret, WECOM_WS_URL: server.url, ...extra });
}

/** A connection with test timings: fast backoff and lease checks; heartbeats only when asked. */
function connect(o: Partial<WecomLongOptions> & { leases?: LeaseStore } = {}) {
  const inbox = o.inbox ?? new RecordingInbox();
  const c = startWecomLongConnection({
    config: config(),
    logger: silentLogger,
    metrics: createMetrics(),
    leases: new MemoryLeaseStore(systemClock),
    backoffBaseMs: 20,
    backoffMaxMs: 100,
    leaseTtlMs: 600,
    leaseCheckMs: 50,
    outboxPollMs: 30,
    heartbeatMs: 60_000,
    ...o,
    inbox,
  });
  running.push(c);
  return { c, inbox };
}

/** The whole bot on one connection: the real inbox, handlers and notifier with the long-connection client. */
function bot(extra: Partial<WecomLongOptions> = {}) {
  const { deps: base, store } = makeDeps();
  let conn: WecomLongConnection | undefined;
  const client = createWecomLongClient({ config: config(), logger: base.logger, deliver: (f) => conn!.deliver(f) });
  const notifier = createNotifier({ clients: [client], logger: base.logger, metrics: base.metrics });
  const deps: Deps = { ...base, config: config(), notifier, clock: systemClock };
  const inbox = createInbox({ store, logger: deps.logger, metrics: deps.metrics, dedupeTtlSeconds: 3600, dispatch: createDispatch(deps) });
  conn = connect({ inbox, ...extra }).c;
  return { conn, inbox, store };
}

describe('WeCom long connection', () => {
  it('subscribes once with the bot id and secret, and answers a message with aibot_respond_msg on its req_id within 5 s', async () => {
    bot();
    const peer = await waitFor('the subscription', () => server.live());
    const subs = peer.received.filter((f) => f.cmd === 'aibot_subscribe');
    expect(subs).toHaveLength(1);
    expect(subs[0]!.body).toEqual({ bot_id: server.botId, secret: server.secret });
    expect(subs[0]!.headers.req_id).toMatch(/^aibot_subscribe_\d+_[0-9a-f]{8}$/);

    const reqId = server.sendText({ userid: 'zhangzhuang-clerk', chatid: 'units-chat', content: '张庄村今日零报告' });
    const reply = await waitFor('the receipt', () => peer.received.find((f) => f.cmd === 'aibot_respond_msg'), 5000);
    expect(reply.headers.req_id).toBe(reqId);
    expect(reply.body.msgtype).toBe('markdown');
    expect(reply.body.markdown.content).toMatch(/已登记：张庄村 \d+月\d+日 零报告/);
    // WeCom accepted it (no error answer means the fake found the req_id and the msgtype valid).
    expect(server.frames('aibot_respond_msg').every((f) => f.body.msgtype !== 'text')).toBe(true);
  });

  it('pushes an alert to the leaders’ group with aibot_send_msg once that group has written to the bot', async () => {
    bot();
    const peer = await waitFor('the subscription', () => server.live());
    server.sendText({ userid: 'leader-li', chatid: 'leaders-chat', content: '帮助' });
    await waitFor('the reply in the leaders’ group', () => peer.received.find((f) => f.cmd === 'aibot_respond_msg'));
    server.sendText({ userid: 'zhangzhuang-clerk', chatid: 'units-chat', content: '张庄村重点人员王某某今日情绪激动，扬言要进京上访，目前在家，已安排专人稳控。' });
    const push = await waitFor('the alert', () => peer.received.find((f) => f.cmd === 'aibot_send_msg'));
    expect(push.body).toMatchObject({ chatid: 'leaders-chat', chat_type: 2, msgtype: 'markdown' });
    expect(push.body.markdown.content).toContain('张庄村');
    expect(push.headers.req_id).toMatch(/^aibot_send_msg_/);
  });

  it('sends a ping every heartbeat, and replaces the connection after two unanswered pings', async () => {
    connect({ heartbeatMs: 40 });
    const first = await waitFor('the subscription', () => server.live());
    await waitFor('three answered pings', () => first.received.filter((f) => f.cmd === 'ping').length >= 3);
    expect(first.closed).toBe(false);
    expect(first.received.filter((f) => f.cmd === 'ping').every((f) => /^ping_\d+_[0-9a-f]{8}$/.test(f.headers.req_id))).toBe(true);
    server.answerPings = false;
    await waitFor('the dead connection to be dropped', () => first.closed);
    server.answerPings = true;
    const second = await waitFor('a new subscription', () => server.live());
    expect(second).not.toBe(first);
  });

  it('reconnects and subscribes again after the connection drops', async () => {
    const { inbox } = connect();
    const first = await waitFor('the subscription', () => server.live());
    first.ws.terminate();
    await waitFor('the drop', () => first.closed);
    const second = await waitFor('a new subscription', () => server.live());
    expect(second).not.toBe(first);
    server.sendText({ userid: 'zhangzhuang-clerk', chatid: 'units-chat', content: '张庄村今日零报告', msgid: 'after-drop' });
    await waitFor('the message after reconnecting', () => (inbox as RecordingInbox).accepted.find((m) => m.msgId === 'after-drop'));
  });

  it('keeps retrying with backoff while the subscription is refused', async () => {
    server.failSubscribe = { errcode: 45009, errmsg: 'api freq out of limit' };
    const { c } = connect();
    await waitFor('a subscription after the refusal', () => server.live());
    // The server marks the peer live when it answers; the client turns live when it reads that answer.
    await waitFor('the client to read the answer', () => c.state() === 'live');
    expect(server.frames('aibot_subscribe')).toHaveLength(2);
    expect(c.state()).toBe('live');
  });

  it('after disconnected_event stays off: no reconnect, and says so', async () => {
    const { c } = connect();
    const peer = await waitFor('the subscription', () => server.live());
    server.kick(peer);
    await waitFor('the displaced state', () => c.state() === 'displaced');
    await waitFor('the socket to close', () => peer.closed);
    await pause(300); // many backoff periods of this test's 20–100 ms
    expect(server.peers).toHaveLength(1);
    expect(c.state()).toBe('displaced');
  });

  it('keeps the connection while the lease store is unreachable, and holds the lease again when it answers', async () => {
    const leases = new MemoryLeaseStore(systemClock);
    let down = false;
    const flaky: LeaseStore = new Proxy(leases, {
      get(target, prop, recv) {
        const v = Reflect.get(target, prop, recv);
        return typeof v === 'function' ? (...args: unknown[]) => (down ? Promise.reject(new Error('store down')) : v.apply(target, args)) : v;
      },
    });
    const { c } = connect({ leases: flaky, instanceId: 'A' });
    const peer = await waitFor('the subscription', () => server.live());
    down = true;
    await pause(900); // longer than this test's 600 ms lease
    expect(c.state()).toBe('live');
    expect(peer.closed).toBe(false);
    down = false;
    let holder: string | undefined;
    for (let i = 0; i < 100 && holder !== 'A'; i++) {
      await pause(20);
      holder = (await leases.current(`wecom-ws:${server.botId}`))?.holder;
    }
    expect(holder).toBe('A');
    expect(server.peers).toHaveLength(1);
  });

  it('welcomes a user who opens the one-to-one chat, on the event’s req_id, with a button card (never text)', async () => {
    connect({ welcome: () => ({ text: '欢迎\n请@我发送零报告', choices: [{ label: '帮助', command: '帮助' }] }) });
    const peer = await waitFor('the subscription', () => server.live());
    const reqId = server.enterChat('zhangzhuang-clerk');
    const w = await waitFor('the welcome', () => peer.received.find((f) => f.cmd === 'aibot_respond_welcome_msg'));
    expect(w).toMatchObject({
      headers: { req_id: reqId },
      body: { msgtype: 'template_card', template_card: { card_type: 'button_interaction', main_title: { title: '欢迎' }, sub_title_text: '请@我发送零报告', button_list: [{ text: '帮助' }] } },
    });
    // The fake server answers errcode 0 only for a card WeCom would take (doc 101032's limits).
    await waitFor('the answer', () => server.answers.find((a) => a.headers.req_id === reqId));
    expect(server.answers.find((a) => a.headers.req_id === reqId)?.errcode).toBe(0);
  });

  it('takes an answer that echoes our cmd as the answer (the official SDK matches answers by req_id only)', async () => {
    server.echoCmdInAnswers = true;
    const { c } = connect();
    await waitFor('live', () => (c.state() === 'live' ? true : undefined));
    expect(server.live()?.subscribed).toBe(true);
  });

  it('reads a message callback without chattype or msgid (the req_id stands in for the msgid)', async () => {
    const inbox = new RecordingInbox();
    connect({ inbox });
    const peer = await waitFor('the subscription', () => server.live());
    peer.callbacks.add('rq-bare');
    peer.ws.send(JSON.stringify({ cmd: 'aibot_msg_callback', headers: { req_id: 'rq-bare' }, body: { chatid: 'units-chat', from: { userid: 'zhangzhuang-clerk' }, msgtype: 'text', text: { content: '@维稳助手 张庄村今日零报告' } } }));
    const m = await waitFor('the message', () => inbox.accepted[0]);
    expect(m).toMatchObject({ chatId: 'units-chat', userId: 'zhangzhuang-clerk', msgId: 'req:rq-bare', replyHandle: { reqId: 'rq-bare' } });
  });

  it('answers a burst of 35 messages in one chat at once: receipts are counted in the 30-a-minute window but never held back by it', async () => {
    const { c } = connect();
    await waitFor('live', () => c.state() === 'live');
    const peer = server.live()!;
    const reqIds = Array.from({ length: 35 }, (_, i) => server.sendText({ userid: `cadre-${i}`, chatid: 'units-chat', content: `张庄村今日零报告（${i}）` }));
    await Promise.all(reqIds.map((reqId) => c.deliver({ cmd: 'aibot_respond_msg', reqId, body: { msgtype: 'markdown', markdown: { content: '已登记' } }, fallback: { chatid: 'units-chat', chat_type: 2 } })));
    const answered = peer.received.filter((f) => f.cmd === 'aibot_respond_msg').map((f) => f.headers.req_id);
    expect(answered.sort()).toEqual([...reqIds].sort());
  });

  it('holds the 31st push to a chat within a minute, and stop() gives it up (left for the next start) instead of waiting', async () => {
    const { c } = connect();
    await waitFor('live', () => c.state() === 'live');
    server.knownChats.add('leaders-chat');
    const push = (i: number) => c.deliver({ cmd: 'aibot_send_msg', reqId: `aibot_send_msg_${Date.now()}_${i}`, body: { chatid: 'leaders-chat', chat_type: 2, msgtype: 'markdown', markdown: { content: `告警${i}` } } });
    await Promise.all(Array.from({ length: 30 }, (_, i) => push(i)));
    const held = push(30);
    const outcome = held.then(() => 'sent', () => 'given up');
    await pause(200);
    expect(server.frames('aibot_send_msg')).toHaveLength(30);
    running.splice(running.indexOf(c), 1);
    await c.stop();
    expect(await outcome).toBe('given up');
    expect(server.frames('aibot_send_msg')).toHaveLength(30);
  });

  it('answers a reply refused as too late (846605) by pushing to the chat instead', async () => {
    bot();
    const peer = await waitFor('the subscription', () => server.live());
    // The callback's req_id is forgotten by the server, as after its reply window.
    const reqId = server.sendText({ userid: 'zhangzhuang-clerk', chatid: 'units-chat', content: '张庄村今日零报告' });
    peer.callbacks.delete(reqId);
    const push = await waitFor('the push', () => peer.received.find((f) => f.cmd === 'aibot_send_msg'));
    expect(push.body).toMatchObject({ chatid: 'units-chat', chat_type: 2, msgtype: 'markdown' });
  });
});

describe('WeCom long connection across instances (Redis lease)', () => {
  function redisLeases(): LeaseStore {
    const r = new Redis(inject('redisUrl'), { maxRetriesPerRequest: 1 });
    redisClients.push(r);
    return new RedisLeaseStore(r, createKeys(`wlt${Date.now().toString(36)}${Math.floor(Math.random() * 1e6)}`));
  }

  /** A lease store that stops answering at all once `dead` is set: the view Redis has of a crashed process. */
  function mortal(leases: LeaseStore) {
    const state = { dead: false };
    const store = new Proxy(leases, {
      get(target, prop, recv) {
        const v = Reflect.get(target, prop, recv);
        return typeof v === 'function' ? (...args: unknown[]) => (state.dead ? new Promise(() => {}) : v.apply(target, args)) : v;
      },
    });
    return { store, state };
  }

  it('exactly one of two instances holds the connection; the other takes over within seconds when it dies', async () => {
    const leases = redisLeases();
    const ma = mortal(leases);
    const mb = mortal(leases);
    // A lease of 2 s: long enough that a loaded machine's event-loop stall never passes it to the sibling while the
    // holder lives, short enough that the takeover is still a matter of seconds.
    const a = connect({ leases: ma.store, instanceId: 'A', leaseTtlMs: 2000 });
    const b = connect({ leases: mb.store, instanceId: 'B', leaseTtlMs: 2000 });
    const first = await waitFor('one subscription', () => server.live());
    await pause(200);
    expect(server.peers.filter((p) => p.received.some((f) => f.cmd === 'aibot_subscribe'))).toHaveLength(1);
    const [holder, other, m] = a.c.state() === 'live' ? [a, b, ma] : [b, a, mb];
    expect(other.c.state()).toBe('standby');
    // The holder dies without a word: it renews nothing any more, and its socket goes with it.
    m.state.dead = true;
    running.splice(running.indexOf(holder.c), 1);
    first.ws.terminate();
    // The fake counts a peer live once it subscribed, a moment before the client reads the answer and calls itself
    // live: the takeover is both.
    const second = await waitFor('the takeover', () => server.live() !== first && other.c.state() === 'live' && server.live(), 15_000);
    expect(second).not.toBe(first);
    expect(other.c.state()).toBe('live');
  });

  it('a holder whose lease lapsed steps down quietly when its successor subscribes', async () => {
    const leases = redisLeases();
    let frozen = false;
    // A paused holder: its lease calls fail while "frozen", so its lease lapses and a sibling takes it.
    const freezable: LeaseStore = new Proxy(leases, {
      get(target, prop, recv) {
        const v = Reflect.get(target, prop, recv);
        return typeof v === 'function' ? (...args: unknown[]) => (frozen ? Promise.reject(new Error('frozen')) : v.apply(target, args)) : v;
      },
    });
    const a = connect({ leases: freezable, instanceId: 'A' });
    const first = await waitFor('A subscribed', () => server.live());
    const b = connect({ leases, instanceId: 'B' });
    frozen = true;
    await waitFor('B to take over', () => b.c.state() === 'live' && server.live() !== first, 5000);
    await waitFor('A to leave the old socket', () => first.closed);
    frozen = false;
    await pause(200);
    expect(a.c.state()).toBe('standby');
    expect(server.open().filter((p) => p.subscribed)).toHaveLength(1);
  });

  it('a push made on the instance without the connection is sent by the holder', async () => {
    const leases = redisLeases();
    const a = connect({ leases, instanceId: 'A' });
    await waitFor('A subscribed', () => a.c.state() === 'live');
    const b = connect({ leases, instanceId: 'B' });
    await pause(100);
    expect(b.c.state()).toBe('standby');
    server.knownChats.add('leaders-chat');
    const client = createWecomLongClient({ config: config(), logger: silentLogger, deliver: (f) => b.c.deliver(f) });
    await client.send({ platform: 'wecom', chatId: 'leaders-chat', kind: 'digest', text: '青石镇 早报', mentions: [] });
    const push = await waitFor('the relayed push', () => server.live()?.received.find((f) => f.cmd === 'aibot_send_msg'));
    expect(push.body).toMatchObject({ chatid: 'leaders-chat', msgtype: 'markdown', markdown: { content: '青石镇 早报' } });
  });
});
