import type { Choice, InboundMessage } from '../../core/message.js';
import type { CardPress } from './long-connection.js';

// WeCom template cards with buttons (button_interaction, https://developer.work.weixin.qq.com/document/path/101032)
// for replies that are a choice. Transport only: a button stands for a typed command, and a press comes back as
// the neutral message that command would be, from the presser, so the handlers check the roster exactly as they do
// for typed text. Each button's key carries the whole card's buttons: whichever instance receives the press can
// rebuild the card for the update without shared state.

/** Card limits (101032): title 26 characters, button text 10, at most 6 buttons, key ≤ 1024 bytes. */
const TITLE_MAX = 26;
/** Longer secondary text is cut by the client; past this we put the text before the card instead. */
const SUBTITLE_MAX = 112;
const BUTTON_TEXT_MAX = 10;
const BUTTONS_MAX = 6;
const KEY_PREFIX = 'wwb1:';

/** What a reply to a press needs: the click's req_id (the card is updated with it, within 5 s) and the card. */
export interface CardPressHandle {
  cardReqId: string;
  taskId: string;
  choices: Choice[];
  /** The label pressed, for the interim update. */
  label: string;
  /** When the press reached us (ms): the card may be updated for 5 s after it. */
  receivedAt: number;
}

export function isCardPressHandle(h: unknown): h is CardPressHandle {
  return typeof h === 'object' && h !== null && typeof (h as CardPressHandle).cardReqId === 'string' && Array.isArray((h as CardPressHandle).choices);
}

function encodeChoices(choices: readonly Choice[]): string {
  return Buffer.from(JSON.stringify(choices.map((c) => [c.label, c.command]))).toString('base64url');
}

function buttonKey(index: number, all: string): string {
  return `${KEY_PREFIX}${index}:${all}`;
}

/** The button a key stands for and its card's buttons; undefined for keys that are not ours. */
export function readButtonKey(key: string): { choice: Choice; choices: Choice[] } | undefined {
  const m = /^wwb1:(\d+):([A-Za-z0-9_-]+)$/.exec(key);
  if (!m) return undefined;
  try {
    const list = JSON.parse(Buffer.from(m[2]!, 'base64url').toString('utf8')) as unknown;
    if (!Array.isArray(list)) return undefined;
    const choices = list.filter((x): x is [string, string] => Array.isArray(x) && typeof x[0] === 'string' && typeof x[1] === 'string').map(([label, command]) => ({ label, command }));
    const choice = choices[Number(m[1])];
    return choice && choices.length === list.length ? { choice, choices } : undefined;
  } catch {
    return undefined;
  }
}

const cut = (s: string, max: number) => ([...s].length <= max ? s : `${[...s].slice(0, max - 1).join('')}…`);

/** Whether a reply's text fits on the card itself (first line as title, the rest under it). */
export function fitsOnCard(text: string): boolean {
  const [first = '', ...rest] = text.split('\n');
  return [...first].length <= TITLE_MAX && [...rest.join('\n')].length <= SUBTITLE_MAX;
}

/** A button_interaction card: `text` (cut to fit) above the buttons. */
export function buttonCard(text: string, choices: readonly Choice[], taskId: string): Record<string, unknown> {
  const [first = '', ...rest] = text.split('\n');
  const sub = rest.join('\n').trim();
  const all = encodeChoices(choices.slice(0, BUTTONS_MAX));
  return {
    card_type: 'button_interaction',
    main_title: { title: cut(first, TITLE_MAX) },
    ...(sub ? { sub_title_text: cut(sub, SUBTITLE_MAX) } : {}),
    button_list: choices.slice(0, BUTTONS_MAX).map((c, i) => ({ text: cut(c.label, BUTTON_TEXT_MAX), style: i === 0 ? 1 : 2, key: buttonKey(i, all) })),
    task_id: taskId,
  };
}

/** A task id: unique per bot, `[0-9A-Za-z_\-@]`, ≤ 128 bytes. */
export function newTaskId(nowMs: number, random: () => number = Math.random): string {
  return `wwb_${nowMs.toString(36)}_${Math.floor(random() * 2 ** 40).toString(36)}`;
}

/** A press on one of our cards → the message its command would be, typed by the presser in that chat. */
export function pressToInbound(press: CardPress, receivedAt: number): InboundMessage | undefined {
  const k = readButtonKey(press.eventKey);
  if (!k) return undefined;
  const handle: CardPressHandle = { cardReqId: press.reqId, taskId: press.taskId, choices: k.choices, label: k.choice.label, receivedAt };
  return {
    platform: 'wecom',
    // Its own id: a press is a message of its own, recorded like a typed one, and deduped if WeCom redelivers it.
    msgId: `press:${press.msgId}`,
    chatId: press.chatId,
    userId: press.userId,
    text: k.choice.command,
    at: press.at,
    replyHandle: handle,
  };
}
