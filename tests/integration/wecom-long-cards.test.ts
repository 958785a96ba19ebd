import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatch } from '../../handlers/index.js';
import type { Handler } from '../../handlers/types.js';
import { systemClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import type { Deps } from '../../src/core/deps.js';
import { createInbox } from '../../src/core/inbox.js';
import type { Choice } from '../../src/core/message.js';
import { silentLogger } from '../../src/logger.js';
import { startConsoleChat } from '../../src/platforms/console/console-chat.js';
import { type ConsoleChoices, createConsoleClient } from '../../src/platforms/console/console-client.js';
import { createNotifier } from '../../src/platforms/notifier.js';
import { readButtonKey } from '../../src/platforms/wecom/cards.js';
import { createWecomLongClient } from '../../src/platforms/wecom/long-client.js';
import { startWecomLongConnection, type WecomLongConnection } from '../../src/platforms/wecom/long-connection.js';
import { MemoryLeaseStore } from '../../src/store/lease-store.js';
import type { RawMessage } from '../../src/store/report-store.js';
import { buttons } from '../../src/strings.js';
import { FakeWecomWsServer } from '../support/fake-wecom-ws-server.js';
import { makeDeps } from '../support/make-deps.js';
import { waitFor } from '../support/wait-for.js';

// The card plumbing with a handler table of this test's own (the real handlers' buttons are tested in the
// conversation tests): a reply with choices becomes a template card, a press comes back as the typed command from
// the presser, and the card is updated with the click's req_id within WeCom's 5 s.


const CHOICES: Choice[] = [
  { label: '是', command: '是' },
  { label: '不是', command: '不是' },
];

/** Asks on "问", answers "是"/"不是" with who pressed (after `delayMs`), ignores the rest. */
function table(delayMs = 0): Handler[] {
  return [
    {
      name: 'ask',
      match: (ctx) => ctx.msg.text === '问',
      async handle(ctx) {
        await ctx.deps.notifier.send({ platform: ctx.msg.platform, chatId: ctx.msg.chatId, kind: 'reply', text: '要登记吗？', mentions: [], replyTo: ctx.msg, choices: CHOICES });
        return false;
      },
    },
    {
      name: 'answer',
      match: (ctx) => ctx.msg.text === '是' || ctx.msg.text === '不是',
      async handle(ctx) {
        await new Promise((r) => setTimeout(r, delayMs));
        await ctx.reply(`${ctx.sender.kind === 'unknown' ? ctx.sender.id : ctx.sender.name}：${ctx.msg.text}`, []);
        return false;
      },
    },
    { name: 'rest', match: () => true, handle: async () => false },
  ];
}

let server: FakeWecomWsServer;
let conn: WecomLongConnection | undefined;
beforeEach(async () => {
  server = await new FakeWecomWsServer().start();
});
afterEach(async () => {
  await conn?.stop();
  conn = undefined;
  await server.stop();
});

function bot(o: { delayMs?: number; pressGuardMs?: number } = {}) {
  const config = loadConfig({ WECOM_MODE: 'long', WECOM_BOT_ID: server.botId, WECOM_BOT_SECRET: server.secret, WECOM_WS_URL: server.url });
  const made = makeDeps();
  const base = made.deps;
  // Every message's raw record, as the dispatch stores it (audit): a wrapper of the real memory store.
  const raws: RawMessage[] = [];
  const store = new Proxy(made.store, {
    get(target, prop, recv) {
      const v = Reflect.get(target, prop, recv);
      if (prop !== 'applyMessage' || typeof v !== 'function') return typeof v === 'function' ? v.bind(target) : v;
      return (w: { raw: RawMessage }, ...rest: unknown[]) => {
        raws.push(w.raw);
        return v.call(target, w, ...rest);
      };
    },
  });
  const client = createWecomLongClient({ config, logger: silentLogger, deliver: (f) => conn!.deliver(f), ...(o.pressGuardMs ? { pressGuardMs: o.pressGuardMs } : {}) });
  const notifier = createNotifier({ clients: [client], logger: silentLogger, metrics: base.metrics });
  const deps: Deps = { ...base, config, store, notifier, clock: systemClock };
  const inbox = createInbox({ store, logger: silentLogger, metrics: deps.metrics, dedupeTtlSeconds: 3600, dispatch: createDispatch(deps, table(o.delayMs)) });
  conn = startWecomLongConnection({
    config,
    inbox,
    leases: new MemoryLeaseStore(systemClock),
    logger: silentLogger,
    metrics: deps.metrics,
    backoffBaseMs: 20,
    onCardPress: async (press) => {
      const msg = client.pressed(press);
      if (msg) await inbox.accept(msg);
    },
  });
  return { raws, client };
}

async function askedCard() {
  const peer = await waitFor('the subscription', () => server.live());
  server.sendText({ userid: 'zhangzhuang-clerk', chatid: 'units-chat', content: '问' });
  const card = await waitFor('the card', () => peer.received.find((f) => f.cmd === 'aibot_respond_msg' && f.body.msgtype === 'template_card'));
  // The text comes first, as a plain markdown reply on the same req_id.
  const text = peer.received.find((f) => f.cmd === 'aibot_respond_msg' && f.body.msgtype === 'markdown');
  expect(text?.headers.req_id).toBe(card.headers.req_id);
  expect(text?.body.markdown.content).toBe('要登记吗？');
  return { peer, card: card.body.template_card };
}

describe('WeCom template cards on the long connection', () => {
  it('a reply with choices is followed by a button card; a press is the typed command from the presser, and updates the card', async () => {
    const { raws } = bot();
    const { peer, card } = await askedCard();
    expect(card).toMatchObject({ card_type: 'button_interaction', main_title: { title: buttons.chooseTitle } });
    expect(card.button_list.map((b: { text: string }) => b.text)).toEqual(['是', '不是']);
    expect(card.task_id).toMatch(/^[0-9A-Za-z_\-@]{1,128}$/);
    expect(readButtonKey(card.button_list[1].key)?.choice).toEqual({ label: '不是', command: '不是' });

    const reqId = server.click({ userid: 'zhangzhuang-head', chatid: 'units-chat', eventKey: card.button_list[1].key, taskId: card.task_id });
    const update = await waitFor('the card update', () => peer.received.find((f) => f.cmd === 'aibot_respond_update_msg'), 5000);
    expect(update.headers.req_id).toBe(reqId);
    expect(update.body).toMatchObject({ response_type: 'update_template_card', template_card: { task_id: card.task_id, main_title: { title: '张建国：不是' } } });
    // Recorded like a typed message: the raw message of the press is the command, from the presser.
    // (The dispatch stores it after the handler has answered.)
    expect(await waitFor('the raw record', () => raws.find((r) => r.text === '不是'))).toMatchObject({ platform: 'wecom', chatId: 'units-chat', senderId: 'zhangzhuang-head' });
  });

  it('when the handlers are slow, the card says the press was received in time and the answer follows as a message', async () => {
    bot({ delayMs: 400, pressGuardMs: 100 });
    const { peer, card } = await askedCard();
    server.click({ userid: 'zhangzhuang-team', chatid: 'units-chat', eventKey: card.button_list[0].key, taskId: card.task_id });
    const update = await waitFor('the interim update', () => peer.received.find((f) => f.cmd === 'aibot_respond_update_msg'));
    expect(update.body.template_card.main_title.title).toBe(buttons.pressReceived('是'));
    const push = await waitFor('the answer', () => peer.received.find((f) => f.cmd === 'aibot_send_msg'));
    expect(push.body).toMatchObject({ chatid: 'units-chat', msgtype: 'markdown', markdown: { content: '刘芳：是' } });
  });

  it('reads a press whose detail sits directly under event (the official SDK’s typing) as well as nested (doc 101027)', async () => {
    bot();
    const { peer, card } = await askedCard();
    const reqId = server.click({ userid: 'zhangzhuang-head', chatid: 'units-chat', eventKey: card.button_list[0].key, taskId: card.task_id, sdkShape: true });
    const update = await waitFor('the card update', () => peer.received.find((f) => f.cmd === 'aibot_respond_update_msg'), 5000);
    expect(update.headers.req_id).toBe(reqId);
    expect(update.body.template_card.main_title.title).toBe('张建国：是');
  });

  it('ignores presses on cards that are not ours', async () => {
    bot();
    const { peer } = await askedCard();
    server.click({ userid: 'zhangzhuang-head', chatid: 'units-chat', eventKey: 'someone-else', taskId: 't' });
    server.sendText({ userid: 'zhangzhuang-clerk', chatid: 'units-chat', content: '问' });
    await waitFor('the second card', () => peer.received.filter((f) => f.cmd === 'aibot_respond_msg' && f.body.msgtype === 'template_card').length === 2);
    expect(peer.received.some((f) => f.cmd === 'aibot_respond_update_msg')).toBe(false);
  });
});

describe('console numbered choices', () => {
  it('shows the buttons as numbers, and a typed number sends the command it stands for', async () => {
    const { deps: base, store } = makeDeps();
    const out: string[] = [];
    const choices: ConsoleChoices = { current: [] };
    const notifier = createNotifier({ clients: [], logger: silentLogger, metrics: base.metrics, fallback: createConsoleClient({ roster: base.roster, write: (s) => out.push(s), choices }) });
    const deps = { ...base, notifier };
    const inbox = createInbox({ store, logger: silentLogger, metrics: deps.metrics, dedupeTtlSeconds: 60, dispatch: createDispatch(deps, table()) });
    const input = new PassThrough();
    startConsoleChat({ roster: deps.roster, inbox, clock: deps.clock, input, write: (s) => out.push(s), choices });
    input.write('/as 张建国\n问\n');
    await waitFor('the question', () => out.join('').includes(buttons.consoleChoices(['是', '不是'])));
    input.write('2\n');
    await waitFor('the answer', () => out.join('').includes('张建国：不是'));
    input.end();
  });
});
