import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createDispatch } from '../../handlers/index.js';
import { loadConfig } from '../../src/config.js';
import type { Deps } from '../../src/core/deps.js';
import { createInbox } from '../../src/core/inbox.js';
import type { InboundMessage } from '../../src/core/message.js';
import { silentLogger } from '../../src/logger.js';
import { createNotifier } from '../../src/platforms/notifier.js';
import { createWecomClient } from '../../src/platforms/wecom/client.js';
import { decryptEnvelope, sealMessage, signatureOf, verifySignature } from '../../src/platforms/wecom/crypto.js';
import { createPressDesk } from '../../src/platforms/wecom/press-desk.js';
import { wecomRoutes } from '../../src/platforms/wecom/routes.js';
import { createServer } from '../../src/server.js';
import { buttons, conversation } from '../../src/strings.js';
import { type FakeWecom, startFakeWecomServer } from '../support/fake-wecom-server.js';
import { makeDeps } from '../support/make-deps.js';
import { waitFor } from '../support/wait-for.js';

// Buttons in WeCom callback mode, end to end: real routes, inbox, handlers and client against a fake WeCom API on
// loopback. The smart bot's press is answered in the encrypted reply to the click (the card changes within WeCom's
// 5 s); the self-built app's press is answered with its ResponseCode (message/update_template_card). Either way the
// press is the presser's typed command, so the roster decides: the head may sign, the reporter may not.

const BOT = { token: 'botToken42', aesKey: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG', receiveId: '' };
const APP = { token: 'appToken77', aesKey: 'ZYXWVUTSRQPONMLKJIHGFEDCBA9876543210zyxwvut', receiveId: 'wwcorp' };
const TODAY = '2026-10-02';

let fake: FakeWecom;
let server: Server | undefined;
beforeAll(async () => {
  fake = await startFakeWecomServer();
});
afterAll(() => fake.close());
afterEach(async () => {
  await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
  server = undefined;
  fake.reset();
});

/** The bot with its real parts; while `hold.until` is set, dispatches wait for it (a slow handler). */
async function bot(o: { pressGuardMs?: number; hold?: { until?: Promise<void> } } = {}) {
  const config = loadConfig({
    WECOM_TOKEN: BOT.token,
    WECOM_ENCODING_AES_KEY: BOT.aesKey,
    WECOM_CORP_ID: APP.receiveId,
    WECOM_APP_SECRET: 'app-secret',
    WECOM_AGENT_ID: '1000002',
    WECOM_APP_TOKEN: APP.token,
    WECOM_APP_ENCODING_AES_KEY: APP.aesKey,
    WECOM_GROUP_WEBHOOKS: 'units-chat=KEY1,leaders-chat=KEY2',
    WECOM_API_BASE: fake.url,
  });
  const { deps: base, store, clock } = makeDeps();
  const pressDesk = createPressDesk();
  const client = createWecomClient({ config, roster: base.roster, logger: silentLogger, metrics: base.metrics, pressDesk, now: () => clock.now().getTime() });
  const deps: Deps = { ...base, config, notifier: createNotifier({ clients: [client], logger: silentLogger, metrics: base.metrics }) };
  const dispatch = createDispatch(deps);
  const hold = o.hold ?? {};
  const inbox = createInbox({ store, logger: silentLogger, metrics: deps.metrics, dedupeTtlSeconds: 3600, dispatch: async (m: InboundMessage, source) => {
      await hold.until;
      return dispatch(m, source);
    },
  });
  const app = createServer({ logger: silentLogger, routers: [wecomRoutes({ config, inbox, logger: silentLogger, metrics: deps.metrics, clock, pressDesk, ...(o.pressGuardMs ? { pressGuardMs: o.pressGuardMs } : {}) })] });
  const s = app.listen(0, '127.0.0.1');
  server = s;
  await new Promise((r) => s.once('listening', r));
  const baseUrl = `http://127.0.0.1:${(s.address() as AddressInfo).port}`;
  let seq = 0;
  const signed = (keys: typeof BOT, enc: string) => {
    const timestamp = String(Math.floor(clock.now().getTime() / 1000));
    const nonce = `n${++seq}`;
    return new URLSearchParams({ msg_signature: signatureOf(keys.token, timestamp, nonce, enc), timestamp, nonce }).toString();
  };
  const postBot = (payload: unknown) => {
    const enc = sealMessage(BOT, JSON.stringify(payload));
    return fetch(`${baseUrl}/wecom/callback?${signed(BOT, enc)}`, { method: 'POST', body: JSON.stringify({ encrypt: enc }) });
  };
  const postApp = (inner: string) => {
    const enc = sealMessage(APP, inner);
    return fetch(`${baseUrl}/wecom/app/callback?${signed(APP, enc)}`, { method: 'POST', body: `<xml><ToUserName><![CDATA[wwcorp]]></ToUserName><Encrypt><![CDATA[${enc}]]></Encrypt></xml>` });
  };
  const createTime = () => Math.floor(clock.now().getTime() / 1000);
  return { store, clock, postBot, postApp, createTime, inbox };
}

const responseUrl = (code: string) => `${fake.url}/cgi-bin/aibot/response?response_code=${code}`;

function text(msgid: string, userid: string, content: string) {
  return { msgid, aibotid: 'AIBOT', chatid: 'units-chat', chattype: 'group', from: { userid }, response_url: responseUrl(`RC-${msgid}`), msgtype: 'text', text: { content: `@维稳助手 ${content}` } };
}

function press(msgid: string, userid: string, card: Card, label: string, createTime: number) {
  const b = card.button_list.find((x) => x.text === label)!;
  return {
    msgid,
    create_time: createTime,
    aibotid: 'AIBOT',
    chatid: 'units-chat',
    chattype: 'group',
    from: { userid },
    response_url: responseUrl(`RC-${msgid}`),
    msgtype: 'event',
    event: { eventtype: 'template_card_event', template_card_event: { card_type: 'button_interaction', event_key: b.key, task_id: card.task_id } },
  };
}

interface Card {
  card_type: string;
  main_title: { title: string };
  button_list: { text: string; key: string }[];
  task_id: string;
}

/** The card an encrypted passive reply carries, checked for a valid signature on the way. */
async function updatedCard(res: Response): Promise<Card> {
  expect(res.status).toBe(200);
  const body = (await res.json()) as { encrypt: string; msgsignature: string; timestamp: string; nonce: string };
  expect(verifySignature(BOT.token, body.timestamp, body.nonce, body.encrypt, body.msgsignature)).toBe(true);
  const d = decryptEnvelope(BOT.aesKey, '', body.encrypt);
  if (!d.ok) throw new Error(d.reason);
  const reply = JSON.parse(d.message) as { response_type: string; template_card: Card };
  expect(reply.response_type).toBe('update_template_card');
  return reply.template_card;
}

const cut = (s: string) => {
  const first = s.split('\n')[0]!;
  return [...first].length <= 26 ? first : `${[...first].slice(0, 25).join('')}…`;
};

describe('WeCom smart bot (callback): buttons on a receipt', () => {
  it('the receipt goes by the webhook and its card by response_url; 确认 by the reporter is refused, by the head signed, in the reply to the click', async () => {
    const { store, postBot, createTime, inbox } = await bot();
    expect((await postBot(text('M1', 'zhangzhuang-clerk', '张庄村今日零报告'))).status).toBe(200);
    const cardPost = await waitFor('the card on response_url', () => fake.to('/cgi-bin/aibot/response').find((r) => r.body?.msgtype === 'template_card'));
    expect(cardPost.query.response_code).toBe('RC-M1');
    const receipt = fake.to('/cgi-bin/webhook/send')[0]!;
    expect(receipt.body.text.content).toMatch(/已登记：张庄村 10月2日 零报告/);
    expect(receipt.body.text.mentioned_list).toEqual(['zhangzhuang-clerk']);
    const card = cardPost.body.template_card as Card;
    expect(card.card_type).toBe('button_interaction');
    expect(card.button_list.map((b) => b.text)).toEqual([buttons.confirm, buttons.undo]);

    const refused = await updatedCard(await postBot(press('P1', 'zhangzhuang-clerk', card, buttons.confirm, createTime())));
    expect(refused.main_title.title).toBe(cut(conversation.confirmNotAllowed()));
    expect(refused.task_id).toBe(card.task_id);
    expect((await store.getDay('青石镇', TODAY)).get('张庄村')?.confirmations ?? []).toEqual([]);

    const signed = await updatedCard(await postBot(press('P2', 'zhangzhuang-head', card, buttons.confirm, createTime())));
    expect(signed.main_title.title).toBe(cut(conversation.confirmed('张庄村', TODAY, true, false)));
    expect((await store.getDay('青石镇', TODAY)).get('张庄村')?.confirmations.map((c) => c.memberId)).toEqual(['zhangzhuang-head']);
    // Recorded like typed messages: the presses are in the day's raw messages with their commands (the card may
    // change before the dispatch has kept the raw message: wait for the inbox).
    await inbox.drain();
    const presses = (await store.rawMessages('青石镇', TODAY)).filter((m) => m.msgId.startsWith('press:')).map((m) => [m.senderId, m.text]);
    expect(presses).toEqual([
      ['zhangzhuang-clerk', '确认'],
      ['zhangzhuang-head', '确认'],
    ]);
  });

  it('a redelivered press acts once: the second delivery is answered empty and changes nothing', async () => {
    const { store, postBot, createTime, inbox } = await bot();
    await postBot(text('M2', 'zhangzhuang-clerk', '张庄村今日零报告'));
    const card = (await waitFor('the card', () => fake.to('/cgi-bin/aibot/response').find((r) => r.body?.msgtype === 'template_card'))).body.template_card as Card;
    const click = press('P3', 'zhangzhuang-clerk', card, buttons.undo, createTime());
    const first = await updatedCard(await postBot(click));
    expect(first.main_title.title).toBe(cut(conversation.undone(['张庄村 10月2日 零报告'])));
    const again = await postBot(click);
    expect(again.status).toBe(200);
    expect(await again.text()).toBe('');
    await inbox.drain();
    expect((await store.getDay('青石镇', TODAY)).get('张庄村')?.zero).toBeUndefined();
    expect((await store.rawMessages('青石镇', TODAY)).filter((m) => m.msgId === 'press:P3')).toHaveLength(1);
    // One answer only: the undo was not run (nor answered) a second time.
    expect(fake.to('/cgi-bin/webhook/send').filter((r) => String(r.body.text?.content ?? r.body.markdown?.content).includes('撤回'))).toHaveLength(0);
  });

  it('a slow answer: the card says the press was received before WeCom gives up, and the answer follows as a message', async () => {
    const hold: { until?: Promise<void> } = {};
    const { store, postBot, createTime } = await bot({ pressGuardMs: 200, hold });
    await postBot(text('M3', 'zhangzhuang-clerk', '张庄村今日零报告'));
    const card = (await waitFor('the card', () => fake.to('/cgi-bin/aibot/response').find((r) => r.body?.msgtype === 'template_card'))).body.template_card as Card;
    // Hold the next dispatch: the press cannot be answered within the guard.
    let release: () => void = () => undefined;
    hold.until = new Promise<void>((r) => (release = r));
    const interim = await updatedCard(await postBot(press('P4', 'zhangzhuang-head', card, buttons.confirm, createTime())));
    expect(interim.main_title.title).toBe(buttons.pressReceived(buttons.confirm));
    expect(interim.button_list.map((b) => b.text)).toEqual([buttons.confirm, buttons.undo]);
    release();
    // The head is @-mentioned in the answer: it goes by the group's webhook.
    const answer = await waitFor('the answer as a message', () => fake.to('/cgi-bin/webhook/send').find((r) => String(r.body.text?.content).includes(conversation.confirmed('张庄村', TODAY, true, false))));
    expect(answer.body.text.mentioned_list).toEqual(['zhangzhuang-head']);
    expect((await store.getDay('青石镇', TODAY)).get('张庄村')?.confirmations.map((c) => c.memberId)).toEqual(['zhangzhuang-head']);
  });
});

describe('WeCom smart bot (callback): where a card cannot go', () => {
  it('a reply to someone off the roster (nobody to @) too long for a card: in place by response_url, naming the words to type', async () => {
    const { postBot } = await bot();
    await postBot(text('M5', 'stranger', '张庄村今日零报告'));
    const reply = await waitFor('the reply', () => fake.to('/cgi-bin/aibot/response')[0]);
    expect(reply.query.response_code).toBe('RC-M5');
    expect(reply.body.msgtype).toBe('markdown');
    expect(reply.body.markdown.content).toContain(buttons.typeHint([buttons.confirmCommand, buttons.undoCommand]));
    expect(fake.to('/cgi-bin/webhook/send')).toHaveLength(0);
  });

  it('an alert pushed to the leaders’ group by its webhook names the ledger commands to type', async () => {
    const { postBot } = await bot();
    await postBot(text('M6', 'zhangzhuang-clerk', '张庄村即时报告：村民李某某今天上午到县信访局上访，村干部已赶往劝返'));
    const alert = await waitFor('the alert', () => fake.to('/cgi-bin/webhook/send').find((r) => r.query.key === 'KEY2'));
    expect(String(alert.body.markdown?.content ?? alert.body.text?.content)).toContain(buttons.typeHint([buttons.assignCaseCommand(1), buttons.resolveCase(1)]));
  });
});

describe('WeCom self-built app (callback): buttons in the one-to-one chat', () => {
  const appText = (userid: string, content: string, at: number, msgId: string) =>
    `<xml><ToUserName><![CDATA[wwcorp]]></ToUserName><FromUserName><![CDATA[${userid}]]></FromUserName><CreateTime>${at}</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[${content}]]></Content><MsgId>${msgId}</MsgId><AgentID>1000002</AgentID></xml>`;
  const appPress = (userid: string, card: Card, label: string, at: number, code: string) =>
    `<xml><ToUserName><![CDATA[wwcorp]]></ToUserName><FromUserName><![CDATA[${userid}]]></FromUserName><CreateTime>${at}</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[template_card_event]]></Event><EventKey><![CDATA[${card.button_list.find((b) => b.text === label)!.key}]]></EventKey><TaskId><![CDATA[${card.task_id}]]></TaskId><CardType><![CDATA[button_interaction]]></CardType><ResponseCode><![CDATA[${code}]]></ResponseCode><AgentID>1000002</AgentID></xml>`;

  it('the receipt and its card come by message/send; a press is answered at once and the card updated with its ResponseCode, once', async () => {
    const { store, postApp, createTime, clock, inbox } = await bot();
    const t0 = createTime();
    expect((await postApp(appText('zhangzhuang-clerk', '张庄村今日零报告', t0, '9001'))).status).toBe(200);
    const cardSend = await waitFor('the card by message/send', () => fake.to('/cgi-bin/message/send').find((r) => r.body?.msgtype === 'template_card'));
    expect(cardSend.body).toMatchObject({ touser: 'zhangzhuang-clerk', agentid: 1000002 });
    expect(fake.to('/cgi-bin/message/send')[0]!.body.markdown.content).toMatch(/已登记：张庄村 10月2日 零报告/);
    const card = cardSend.body.template_card as Card;

    // The reporter may not sign: the card says so.
    clock.advance(1000);
    const res = await postApp(appPress('zhangzhuang-clerk', card, buttons.confirm, createTime(), 'RESP-1'));
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
    const refused = await waitFor('the card update', () => fake.to('/cgi-bin/message/update_template_card')[0]);
    expect(refused.body).toMatchObject({ response_code: 'RESP-1', userids: ['zhangzhuang-clerk'], agentid: 1000002 });
    expect(refused.body.template_card.main_title.title).toBe(cut(conversation.confirmNotAllowed()));

    // 撤回 takes the report back; WeCom redelivering the same event acts once.
    clock.advance(1000);
    const undo = appPress('zhangzhuang-clerk', card, buttons.undo, createTime(), 'RESP-2');
    await postApp(undo);
    await postApp(undo);
    const updates = await waitFor('the second update', () => (fake.to('/cgi-bin/message/update_template_card').length >= 2 ? fake.to('/cgi-bin/message/update_template_card') : undefined));
    expect(updates[1]!.body.template_card.main_title.title).toBe(cut(conversation.undone(['张庄村 10月2日 零报告'])));
    await inbox.drain();
    expect((await store.getDay('青石镇', TODAY)).get('张庄村')?.zero).toBeUndefined();
    const raw = await store.rawMessages('青石镇', TODAY);
    expect(raw.filter((m) => m.msgId.startsWith('press:app:')).map((m) => m.text)).toEqual(['确认', '撤回']);
    expect(fake.to('/cgi-bin/message/update_template_card')).toHaveLength(2);
  });
});
