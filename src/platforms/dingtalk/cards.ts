import type { Choice } from '../../core/message.js';
import { markdownText } from './render.js';

// DingTalk interactive cards with buttons (卡片平台 高级版). Their layout is a template made once in the developer
// console (开发者后台 → 卡片平台 → 新建模板, associated with this app); we fill its variables:
//   text      markdown: the reply itself
//   b0 … b3   the buttons' labels; the template hides a button whose label is empty
// and each button sends a callback request (回传请求) whose action id is its variable's name (b0 … b3). The card
// is created and delivered in one call with callbackType STREAM, so presses come back over the Stream connection
// on the card topic, and it is changed later through PUT /v1.0/card/instances (no deadline there).
// https://open.dingtalk.com/document/orgapp/create-and-deliver-cards,
// https://open.dingtalk.com/document/orgapp/interactive-card-update-interface

export const CARD_BUTTONS_MAX = 4;

/** The template's variables for a text and its buttons (cardParamMap values are strings). */
export function cardParams(text: string, choices: readonly Choice[]): Record<string, string> {
  const p: Record<string, string> = { text: markdownText(text) };
  for (let i = 0; i < CARD_BUTTONS_MAX; i++) p[`b${i}`] = choices[i]?.label ?? '';
  return p;
}

/** The button an action id names (b0 … b3), or undefined. */
export function buttonIndex(actionId: string): number | undefined {
  const m = /^b(\d)$/.exec(actionId);
  return m && Number(m[1]) < CARD_BUTTONS_MAX ? Number(m[1]) : undefined;
}

/** Our card ids (outTrackId): unique, short, `[0-9a-z_]`. */
export function newCardId(nowMs: number, random: () => number = Math.random): string {
  return `dwc_${nowMs.toString(36)}_${Math.floor(random() * 2 ** 48).toString(36)}`;
}

export interface DeliverTarget {
  /** conversationId of a group; unused for a direct chat. */
  chatId: string;
  /** A one-to-one chat with the robot: the card goes to this staffId. */
  directUserId?: string;
  /** staffId → name, to @ in a group. */
  at: Record<string, string>;
}

/** POST /v1.0/card/instances/createAndDeliver: one card instance, delivered to a group or a one-to-one chat. */
export function createAndDeliverBody(o: { templateId: string; cardId: string; robotCode: string; text: string; choices: readonly Choice[]; to: DeliverTarget }): Record<string, unknown> {
  const base = {
    cardTemplateId: o.templateId,
    outTrackId: o.cardId,
    callbackType: 'STREAM',
    cardData: { cardParamMap: cardParams(o.text, o.choices) },
    userIdType: 1,
  };
  if (o.to.directUserId)
    return { ...base, openSpaceId: `dtv1.card//IM_ROBOT.${o.to.directUserId}`, imRobotOpenSpaceModel: { supportForward: false }, imRobotOpenDeliverModel: { spaceType: 'IM_ROBOT' } };
  return {
    ...base,
    openSpaceId: `dtv1.card//IM_GROUP.${o.to.chatId}`,
    imGroupOpenSpaceModel: { supportForward: false },
    imGroupOpenDeliverModel: { robotCode: o.robotCode, ...(Object.keys(o.to.at).length ? { atUserIds: o.to.at } : {}) },
  };
}

/** PUT /v1.0/card/instances: the card after a press, only the variables given. */
export function updateBody(cardId: string, text: string, choices: readonly Choice[]): Record<string, unknown> {
  return { outTrackId: cardId, cardData: { cardParamMap: cardParams(text, choices) }, cardUpdateOptions: { updateCardDataByKey: true } };
}
