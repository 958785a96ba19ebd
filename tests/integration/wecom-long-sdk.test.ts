import { type WsFrame, WSClient } from '@wecom/aibot-node-sdk';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeWecomWsServer } from '../support/fake-wecom-ws-server.js';
import { waitFor } from '../support/wait-for.js';

// The official SDK (@wecom/aibot-node-sdk, by the WeCom team) drives our fake long-connection server: if the SDK's
// subscribe, heartbeat, replies, pushes, card updates and its reaction to disconnected_event all work against the
// fake, the fake speaks WeCom's frames, and the tests of our own client against it mean something.


const quiet = { debug() {}, info() {}, warn() {}, error() {} };

let server: FakeWecomWsServer;
let sdk: WSClient | undefined;
beforeEach(async () => {
  server = await new FakeWecomWsServer().start();
});
afterEach(async () => {
  // The official SDK's frames are the documented shape: the fake notes nothing against them.
  expect(server.violations).toEqual([]);
  if (sdk?.isConnected) sdk.disconnect();
  sdk = undefined;
  await server.stop();
});

function startSdk(o: { secret?: string; heartbeatInterval?: number } = {}) {
  sdk = new WSClient({
    botId: server.botId,
    secret: o.secret ?? server.secret,
    wsUrl: server.url,
    heartbeatInterval: o.heartbeatInterval ?? 60_000,
    reconnectInterval: 20,
    maxAuthFailureAttempts: 1,
    logger: quiet,
  });
  const events: string[] = [];
  for (const e of ['authenticated', 'disconnected', 'reconnecting', 'error']) sdk.on(e as 'authenticated', () => events.push(e));
  sdk.connect();
  return { client: sdk, events };
}

describe('the official SDK against the fake WeCom long-connection server', () => {
  it('subscribes, gets a text callback, and its stream reply is accepted on the callback’s req_id', async () => {
    const { client, events } = startSdk();
    await waitFor('authenticated', () => events.includes('authenticated'));
    const got = new Promise<WsFrame>((resolve) => client.on('message.text', (f) => resolve(f)));
    const reqId = server.sendText({ userid: 'zhangzhuang-clerk', chatid: 'units-chat', content: '张庄村今日零报告' });
    const frame = await got;
    expect(frame.headers.req_id).toBe(reqId);
    expect((frame.body as { chatid: string }).chatid).toBe('units-chat');
    // The SDK resolves only on errcode 0: the fake accepted the SDK's reply frame.
    const ack = await client.replyStream(frame, 'stream-1', '已登记', true);
    expect(ack.errcode).toBe(0);
    expect(server.frames('aibot_respond_msg')[0]).toMatchObject({ headers: { req_id: reqId }, body: { msgtype: 'stream', stream: { id: 'stream-1', finish: true } } });
  });

  it('its heartbeat pings are answered, and its push to a known chat is accepted', async () => {
    const { client, events } = startSdk({ heartbeatInterval: 30 });
    await waitFor('authenticated', () => events.includes('authenticated'));
    await waitFor('two pings', () => server.frames('ping').length >= 2);
    server.knownChats.add('leaders-chat');
    const ack = await client.sendMessage('leaders-chat', { msgtype: 'markdown', markdown: { content: '告警' } });
    expect(ack.errcode).toBe(0);
    await expect(client.sendMessage('never-wrote', { msgtype: 'markdown', markdown: { content: 'x' } })).rejects.toMatchObject({ errcode: 93006 });
    expect(server.live()?.closed).toBe(false);
  });

  it('updates a card with the click’s req_id', async () => {
    const { client, events } = startSdk();
    await waitFor('authenticated', () => events.includes('authenticated'));
    const got = new Promise<WsFrame>((resolve) => client.on('event.template_card_event', (f) => resolve(f)));
    const reqId = server.click({ userid: 'zhangzhuang-head', chatid: 'units-chat', eventKey: 'k', taskId: 't1' });
    const frame = await got;
    expect(frame.headers.req_id).toBe(reqId);
    const ack = await client.updateTemplateCard(frame, { card_type: 'button_interaction', main_title: { title: '已确认' }, button_list: [{ text: '确认', style: 1, key: 'k' }], task_id: 't1' } as never);
    expect(ack.errcode).toBe(0);
  });

  it('stays off after disconnected_event, as our client does', async () => {
    const { events } = startSdk();
    await waitFor('authenticated', () => events.includes('authenticated'));
    const peer = server.live()!;
    server.kick(peer);
    await waitFor('disconnected', () => events.includes('disconnected'));
    await new Promise((r) => setTimeout(r, 200));
    expect(server.peers).toHaveLength(1);
    expect(events).not.toContain('reconnecting');
  });

  it('is refused with wrong credentials', async () => {
    const { events } = startSdk({ secret: 'wrong' });
    await waitFor('the auth error', () => events.includes('error'));
    expect(server.live()).toBeUndefined();
  });
});
