import { afterEach, describe, expect, it } from 'vitest';
import { createDispatch } from '../../handlers/index.js';
import { loadConfig } from '../../src/config.js';
import type { Deps } from '../../src/core/deps.js';
import { createInbox } from '../../src/core/inbox.js';
import { silentLogger } from '../../src/logger.js';
import { createCardPressHandler, TOPIC_CARD } from '../../src/platforms/dingtalk/card-press.js';
import { createDingtalkClient } from '../../src/platforms/dingtalk/client.js';
import { markdownText } from '../../src/platforms/dingtalk/render.js';
import { TOPIC_ROBOT } from '../../src/platforms/dingtalk/schema.js';
import { type DingtalkStream, startDingtalkStream } from '../../src/platforms/dingtalk/stream.js';
import { createNotifier } from '../../src/platforms/notifier.js';
import { MemoryCardChoiceStore } from '../../src/store/card-choice-store.js';
import { buttons, conversation, ledger } from '../../src/strings.js';
import { FakeDingtalkServer } from '../support/fake-dingtalk-server.js';
import type { Roster } from '../../src/roster.js';
import { makeDeps, sampleRoster } from '../support/make-deps.js';
import { waitFor } from '../support/wait-for.js';

// DingTalk interactive cards, end to end over Stream: real handlers, inbox, client and Stream client against a fake
// DingTalk (API, Stream gateway and card API) on loopback. A press arrives on the card topic, is acknowledged once
// it is in the inbox, and is the presser's typed command: the roster decides. The answer changes the card.

const TODAY = '2026-10-02';
const CHAT = 'cidUnits==';
let fake: FakeDingtalkServer | undefined;
let stream: DingtalkStream | undefined;
afterEach(async () => {
  await stream?.stop();
  await fake?.stop();
  stream = fake = undefined;
});

async function bot(template: string | undefined, roster?: Roster) {
  const f = await new FakeDingtalkServer().start();
  fake = f;
  const config = loadConfig({
    DINGTALK_APP_KEY: f.appKey,
    DINGTALK_APP_SECRET: f.appSecret,
    DINGTALK_API_BASE: f.base,
    DINGTALK_OAPI_BASE: f.base,
    ...(template ? { DINGTALK_CARD_TEMPLATE_ID: template } : {}),
  });
  const { deps: base, store, clock, cases } = makeDeps(roster ? { roster } : {});
  const cards = new MemoryCardChoiceStore(clock);
  const client = createDingtalkClient({ config, roster: base.roster, logger: silentLogger, metrics: base.metrics, cards, now: () => clock.now().getTime() });
  const deps: Deps = { ...base, config, notifier: createNotifier({ clients: [client], logger: silentLogger, metrics: base.metrics }) };
  const inbox = createInbox({ store, logger: silentLogger, metrics: deps.metrics, dedupeTtlSeconds: 3600, dispatch: createDispatch(deps) });
  const onCardCallback = createCardPressHandler({ inbox, cards, logger: silentLogger, metrics: deps.metrics, clock });
  // As main.ts: the card topic only when cards are on.
  stream = startDingtalkStream({ config, inbox, logger: silentLogger, metrics: deps.metrics, clock, ...(template ? { onCardCallback } : {}) });
  await waitFor('the Stream connection', () => f.streamPeers[0]);
  let n = 0;
  const say = (userId: string, nick: string, text: string) =>
    f.push(TOPIC_ROBOT, {
      msgtype: 'text',
      text: { content: ` ${text}` },
      msgId: `dm${++n}`,
      conversationId: CHAT,
      conversationType: '2',
      senderStaffId: userId,
      senderNick: nick,
      sessionWebhook: `${f.base}/robot/sendBySession?session=s${n}`,
      sessionWebhookExpiredTime: clock.now().getTime() + 90 * 60_000,
      createAt: clock.now().getTime(),
      robotCode: f.appKey,
    });
  const press = (userId: string, cardId: string, actionId: string, messageId?: string) =>
    f.push(
      TOPIC_CARD,
      {
        type: 'actionCallback',
        outTrackId: cardId,
        userId,
        corpId: 'dingcorp',
        spaceType: 'IM_GROUP',
        spaceId: CHAT,
        userIdType: 1,
        content: JSON.stringify({ cardPrivateData: { actionIds: [actionId], params: {} } }),
      },
      messageId,
    );
  return { f, store, cases, inbox, say, press };
}

describe('DingTalk interactive cards (Stream)', () => {
  it('a receipt is a card with 确认 / 撤回; 确认 by the reporter is refused on the card, by the head signed', async () => {
    const { f, store, inbox, say, press } = await bot('tpl-weiwen.schema');
    expect(f.registrations[0]!.subscriptions.map((s) => s.topic)).toEqual([TOPIC_ROBOT, TOPIC_CARD]);
    say('zhangzhuang-clerk', '王磊', '张庄村今日零报告');
    const [cardId, card] = await waitFor('the receipt card', () => [...f.cards.entries()][0]);
    expect(card.templateId).toBe('tpl-weiwen.schema');
    expect(card.openSpaceId).toBe(`dtv1.card//IM_GROUP.${CHAT}`);
    expect(card.deliver).toMatchObject({ callbackType: 'STREAM', imGroupOpenDeliverModel: { robotCode: f.appKey, atUserIds: { 'zhangzhuang-clerk': '王磊' } } });
    expect(card.params.text).toMatch(/已登记：张庄村 10月2日 零报告/);
    expect([card.params.b0, card.params.b1, card.params.b2]).toEqual([buttons.confirm, buttons.undo, '']);
    // The card carries the receipt: no second message by the session webhook.
    expect(f.sessionSends).toHaveLength(0);

    const refused = press('zhangzhuang-clerk', cardId, 'b0');
    await waitFor('the card update', () => card.updates === 1);
    expect(f.ackOf(refused)).toMatchObject({ code: 200, data: JSON.stringify({ response: null }) });
    expect(card.params.text).toBe(markdownText(conversation.confirmNotAllowed()));
    expect([card.params.b0, card.params.b1]).toEqual([buttons.confirm, buttons.undo]);

    press('zhangzhuang-head', cardId, 'b0');
    await waitFor('the second update', () => card.updates === 2);
    expect(card.params.text).toBe(markdownText(conversation.confirmed('张庄村', TODAY, true, false)));
    await inbox.drain();
    expect((await store.getDay('青石镇', TODAY)).get('张庄村')?.confirmations.map((c) => c.memberId)).toEqual(['zhangzhuang-head']);
    const presses = (await store.rawMessages('青石镇', TODAY)).filter((m) => m.msgId.startsWith('press:'));
    expect(presses.map((m) => [m.senderId, m.text])).toEqual([
      ['zhangzhuang-clerk', '确认'],
      ['zhangzhuang-head', '确认'],
    ]);
  });

  it('a redelivered press (same frame id) acts once', async () => {
    const { f, store, inbox, say, press } = await bot('tpl-weiwen.schema');
    say('zhangzhuang-clerk', '王磊', '张庄村今日零报告');
    const [cardId, card] = await waitFor('the receipt card', () => [...f.cards.entries()][0]);
    press('zhangzhuang-clerk', cardId, 'b1', 'frame-undo');
    await waitFor('the undo on the card', () => card.updates === 1);
    press('zhangzhuang-clerk', cardId, 'b1', 'frame-undo');
    await waitFor('the second acknowledgement', () => f.streamPeers[0]!.received.filter((a) => (a.headers as { messageId: string }).messageId === 'frame-undo').length === 2);
    await inbox.drain();
    expect(card.params.text).toBe(markdownText(conversation.undone(['张庄村 10月2日 零报告'])));
    expect(card.updates).toBe(1);
    expect((await store.getDay('青石镇', TODAY)).get('张庄村')?.zero).toBeUndefined();
    expect((await store.rawMessages('青石镇', TODAY)).filter((m) => m.msgId === 'press:frame-undo')).toHaveLength(1);
  });

  it('the question for an unclear message has 是 / 不是; 是 pressed by the one asked registers the report on the card', async () => {
    const { f, store, inbox, say, press } = await bot('tpl-weiwen.schema');
    say('zhangzhuang-clerk', '王磊', '灵保告');
    const [cardId, card] = await waitFor('the question card', () => [...f.cards.entries()][0]);
    expect([card.params.b0, card.params.b1]).toEqual([buttons.yes, buttons.no]);
    // Someone else's 是 is theirs: the question was not put to them, so nothing is registered.
    press('zhangzhuang-head', cardId, 'b0');
    await inbox.drain();
    expect((await store.getDay('青石镇', TODAY)).get('张庄村')?.zero).toBeUndefined();
    press('zhangzhuang-clerk', cardId, 'b0');
    await waitFor('the receipt on the card', () => /已登记：张庄村/.test(card.params.text ?? ''));
    // The receipt's own buttons replace 是 / 不是.
    expect([card.params.b0, card.params.b1]).toEqual([buttons.confirm, buttons.undo]);
    await inbox.drain();
    expect((await store.getDay('青石镇', TODAY)).get('张庄村')?.zero?.meta.msgId).toMatch(/^press:/);
  });

  it('without DINGTALK_CARD_TEMPLATE_ID: no cards, the reply names the words to type, and they work', async () => {
    const { f, store, inbox, say } = await bot(undefined);
    expect(f.registrations[0]!.subscriptions.map((s) => s.topic)).toEqual([TOPIC_ROBOT]);
    say('zhangzhuang-clerk', '王磊', '张庄村今日零报告');
    const receipt = await waitFor('the receipt', () => f.sessionSends[0]);
    expect(JSON.stringify(receipt.body)).toContain(JSON.stringify(buttons.typeHint([buttons.confirmCommand, buttons.undoCommand])).slice(1, -1));
    say('zhangzhuang-head', '张建国', '确认');
    await waitFor('the signature', () => f.sessionSends[1]);
    await inbox.drain();
    expect(f.cards.size).toBe(0);
    expect((await store.getDay('青石镇', TODAY)).get('张庄村')?.confirmations.map((c) => c.memberId)).toEqual(['zhangzhuang-head']);
  });

  it('a new incident’s alert is a card in the leaders’ group with 包案 / 已化解; a cadre’s 包案 is refused, a leader’s takes the case', async () => {
    const roster = { ...sampleRoster(), groups: [{ platform: 'dingtalk' as const, chatId: CHAT, kind: 'units' as const }, { platform: 'dingtalk' as const, chatId: 'cidLeaders==', kind: 'leaders' as const }] };
    const { f, cases, inbox, say, press } = await bot('tpl-weiwen.schema', roster);
    say('zhangzhuang-clerk', '王磊', '张庄村即时报告：村民李某某今天上午到县信访局上访，村干部已赶往劝返');
    const [cardId, card] = await waitFor('the alert card', () => [...f.cards.entries()].find(([, c]) => c.openSpaceId === 'dtv1.card//IM_GROUP.cidLeaders=='));
    expect([card.params.b0, card.params.b1, card.params.b2]).toEqual([buttons.assignCase(1), buttons.resolveCase(1), '']);
    press('zhangzhuang-clerk', cardId, 'b0');
    await waitFor('the refusal on the card', () => card.updates === 1);
    expect(card.params.text).toBe(markdownText(ledger.refusal('leader_only_assign', 1)));
    press('leader-li', cardId, 'b0');
    await waitFor('the case taken', () => card.updates === 2);
    expect(card.params.text).toBe(markdownText(ledger.assignedNoDeadline({ no: 1, leader: '李镇长', owner: '张建国', stabilizer: '刘芳' })));
    await inbox.drain();
    expect(await cases.get('青石镇', 1)).toMatchObject({ status: 'assigned', leaderId: 'leader-li' });
  });
});
