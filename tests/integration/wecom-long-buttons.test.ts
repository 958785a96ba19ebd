import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatch } from '../../handlers/index.js';
import { systemClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import type { Deps } from '../../src/core/deps.js';
import { createInbox } from '../../src/core/inbox.js';
import { shanghaiDate } from '../../src/dates.js';
import { silentLogger } from '../../src/logger.js';
import { startConsoleChat } from '../../src/platforms/console/console-chat.js';
import { type ConsoleChoices, createConsoleClient } from '../../src/platforms/console/console-client.js';
import { createNotifier } from '../../src/platforms/notifier.js';
import { createWecomLongClient } from '../../src/platforms/wecom/long-client.js';
import { startWecomLongConnection, type WecomLongConnection } from '../../src/platforms/wecom/long-connection.js';
import { MemoryLeaseStore } from '../../src/store/lease-store.js';
import { buttons, conversation } from '../../src/strings.js';
import { type Frame, FakeWecomWsServer } from '../support/fake-wecom-ws-server.js';
import { makeDeps } from '../support/make-deps.js';
import { waitFor } from '../support/wait-for.js';

// The real handlers behind the buttons: a receipt carries 确认 and 撤回; a press is the typed command from the
// presser, so the roster decides exactly as for typed text (the head may sign, the reporter may not).

const firstLine = (s: string) => s.split('\n')[0]!;
const cardTitle = (s: string) => ([...firstLine(s)].length <= 26 ? firstLine(s) : `${[...firstLine(s)].slice(0, 25).join('')}…`);

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

function bot() {
  const config = loadConfig({ WECOM_MODE: 'long', WECOM_BOT_ID: server.botId, WECOM_BOT_SECRET: server.secret, WECOM_WS_URL: server.url });
  const { deps: base, store } = makeDeps();
  const client = createWecomLongClient({ config, logger: silentLogger, deliver: (f) => conn!.deliver(f) });
  const deps: Deps = { ...base, config, notifier: createNotifier({ clients: [client], logger: silentLogger, metrics: base.metrics }), clock: systemClock };
  const inbox = createInbox({ store, logger: silentLogger, metrics: deps.metrics, dedupeTtlSeconds: 3600, dispatch: createDispatch(deps) });
  conn = startWecomLongConnection({
    config,
    inbox,
    leases: new MemoryLeaseStore(systemClock),
    logger: silentLogger,
    metrics: deps.metrics,
    onCardPress: async (press) => {
      const msg = client.pressed(press);
      if (msg) await inbox.accept(msg);
    },
  });
  return { store };
}

describe('buttons on receipts (WeCom long connection, real handlers)', () => {
  it('确认 pressed by the reporter is refused, by the head is signed; 撤回 by the sender takes the report back', async () => {
    const { store } = bot();
    const peer = await waitFor('the subscription', () => server.live());
    const today = shanghaiDate(new Date());
    server.sendText({ userid: 'zhangzhuang-clerk', chatid: 'units-chat', content: '张庄村今日零报告' });
    const cardFrame = await waitFor('the receipt card', () => peer.received.find((f) => f.cmd === 'aibot_respond_msg' && f.body.msgtype === 'template_card'));
    const card = cardFrame.body.template_card;
    // The receipt itself is a markdown reply on the message's req_id; the card with its buttons follows.
    const receipt = peer.received.find((f) => f.cmd === 'aibot_respond_msg');
    expect(receipt?.body.msgtype).toBe('markdown');
    expect(receipt?.headers.req_id).toBe(cardFrame.headers.req_id);
    expect(receipt?.body.markdown.content).toMatch(/已登记：张庄村 \d+月\d+日 零报告/);
    expect(card.button_list.map((b: { text: string }) => b.text)).toEqual([buttons.confirm, buttons.undo]);
    const [confirmKey, undoKey] = card.button_list.map((b: { key: string }) => b.key);
    const updates = () => peer.received.filter((f) => f.cmd === 'aibot_respond_update_msg');
    const press = async (userid: string, key: string, n: number): Promise<Frame> => {
      const reqId = server.click({ userid, chatid: 'units-chat', eventKey: key, taskId: card.task_id });
      const u = await waitFor(`update ${n}`, () => updates()[n - 1], 5000);
      expect(u.headers.req_id).toBe(reqId);
      return u;
    };

    // The reporter may not sign: refused, in the card.
    const refused = await press('zhangzhuang-clerk', confirmKey, 1);
    expect(refused.body.template_card.main_title.title).toBe(cardTitle(conversation.confirmNotAllowed()));
    expect((await store.getDay('青石镇', today)).get('张庄村')?.confirmations ?? []).toEqual([]);

    // The head may.
    const signed = await press('zhangzhuang-head', confirmKey, 2);
    expect(signed.body.template_card.main_title.title).toBe(cardTitle(conversation.confirmed('张庄村', today, true, false)));
    expect((await store.getDay('青石镇', today)).get('张庄村')?.confirmations.map((c) => c.memberId)).toEqual(['zhangzhuang-head']);

    // The sender takes the report back with one tap.
    const undone = await press('zhangzhuang-clerk', undoKey, 3);
    expect(undone.body.template_card.main_title.title).toBe(cardTitle(conversation.undone([`张庄村 ${Number(today.slice(5, 7))}月${Number(today.slice(8))}日 零报告`])));
    expect((await store.getDay('青石镇', today)).get('张庄村')?.zero).toBeUndefined();
  });

  it('the question for an unclear message has 是 / 不是; 是 pressed by the one asked registers the report', async () => {
    const { store } = bot();
    const peer = await waitFor('the subscription', () => server.live());
    const today = shanghaiDate(new Date());
    server.sendText({ userid: 'zhangzhuang-clerk', chatid: 'units-chat', content: '灵保告' });
    const cardFrame = await waitFor('the question card', () => peer.received.find((f) => f.cmd === 'aibot_respond_msg' && f.body.msgtype === 'template_card'));
    const question = peer.received.find((f) => f.cmd === 'aibot_respond_msg');
    expect(question?.body.markdown.content).toBe(conversation.askGuess('typo', '张庄村', today));
    const card = cardFrame.body.template_card;
    expect(card.button_list.map((b: { text: string }) => b.text)).toEqual([buttons.yes, buttons.no]);
    const reqId = server.click({ userid: 'zhangzhuang-clerk', chatid: 'units-chat', eventKey: card.button_list[0].key, taskId: card.task_id });
    const update = await waitFor('the receipt in the card', () => peer.received.find((f) => f.cmd === 'aibot_respond_update_msg'));
    expect(update.headers.req_id).toBe(reqId);
    expect(update.body.template_card.main_title.title).toMatch(/已登记：张庄村 \d+月\d+日 零报告/);
    // The receipt's own buttons replace 是 / 不是.
    expect(update.body.template_card.button_list.map((b: { text: string }) => b.text)).toEqual([buttons.confirm, buttons.undo]);
    expect((await store.getDay('青石镇', today)).get('张庄村')?.zero?.meta.msgId).toMatch(/^press:/);
  });

  it('typed commands keep working beside the buttons', async () => {
    const { store } = bot();
    const peer = await waitFor('the subscription', () => server.live());
    const today = shanghaiDate(new Date());
    server.sendText({ userid: 'zhangzhuang-clerk', chatid: 'units-chat', content: '张庄村今日零报告' });
    await waitFor('the receipt and its card', () => peer.received.find((f) => f.cmd === 'aibot_respond_msg' && f.body.msgtype === 'template_card'));
    const reqId = server.sendText({ userid: 'zhangzhuang-team', chatid: 'units-chat', content: '确认' });
    const reply = await waitFor('the typed confirmation', () => peer.received.find((f) => f.cmd === 'aibot_respond_msg' && f.headers.req_id === reqId));
    expect(reply.body).toMatchObject({ msgtype: 'markdown', markdown: { content: conversation.confirmed('张庄村', today, false, true) } });
    expect((await store.getDay('青石镇', today)).get('张庄村')?.confirmations.map((c) => c.role)).toEqual(['team_leader']);
  });
});

describe('buttons on the console', () => {
  it('a receipt shows [1] 确认 [2] 撤回, and the head typing 1 signs the report', async () => {
    const { deps: base, store } = makeDeps({ now: '2026-10-02T15:00:00+08:00' });
    const out: string[] = [];
    const choices: ConsoleChoices = { current: [] };
    const notifier = createNotifier({ clients: [], logger: silentLogger, metrics: base.metrics, fallback: createConsoleClient({ roster: base.roster, write: (s) => out.push(s), choices }) });
    const deps = { ...base, notifier };
    const inbox = createInbox({ store, logger: silentLogger, metrics: deps.metrics, dedupeTtlSeconds: 60, dispatch: createDispatch(deps) });
    const input = new PassThrough();
    startConsoleChat({ roster: deps.roster, inbox, clock: deps.clock, input, write: (s) => out.push(s), choices });
    input.write('/as 张庄村\n张庄村零报告\n');
    await waitFor('the receipt with its choices', () => out.join('').includes(buttons.consoleChoices([buttons.confirm, buttons.undo])));
    input.write('/as 张建国\n1\n');
    await waitFor('the signature', () => out.join('').includes(conversation.confirmed('张庄村', '2026-10-02', true, false)));
    expect((await store.getDay('青石镇', '2026-10-02')).get('张庄村')?.confirmations.map((c) => c.memberId)).toEqual(['zhangzhuang-head']);
    input.end();
  });
});
