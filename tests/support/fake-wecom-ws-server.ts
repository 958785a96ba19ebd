import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

// A fake WeCom long-connection server (智能机器人长连接, doc 101463) on loopback: a real `ws` WebSocketServer speaking the
// documented frames. It checks what WeCom checks, as far as the documents say: the subscribe credentials, one live
// subscription per bot (a newer one gets the older `disconnected_event` and closes it), replies only with a req_id it
// issued for a message callback on that connection (846605 otherwise), no `text` replies, pushes only to chats that
// wrote to the bot (93006 otherwise), card updates only with a card click's req_id. Every frame is answered
// `{ headers: { req_id }, errcode, errmsg }`. The official SDK drives it in wecom-long-sdk.test.ts.
//
// Besides answering as WeCom would, it notes in `violations` every way a frame of the bot's departs from the
// documented shape (shared reference §2–§7, the SDK's frames): top-level keys other than cmd/headers/body, a
// req_id that is not a non-empty string, a heartbeat with a body, a subscribe whose body is not bot_id + secret
// (scene and plug_version allowed), `text` anywhere but a welcome, content over 20480 bytes, a chat_type other
// than 0/1/2, a stream that never finishes. A client that WeCom would accept leaves it empty.

// biome-ignore lint/suspicious/noExplicitAny: frames are JSON of many shapes
export type Frame = { cmd?: string; headers: { req_id: string }; body?: any; errcode?: number; errmsg?: string };

export interface Peer {
  ws: WebSocket;
  /** Frames the bot sent on this connection, in order. */
  received: Frame[];
  subscribed: boolean;
  closed: boolean;
  /** req_ids of message callbacks sent on this connection (replies must use one). */
  callbacks: Set<string>;
  /** req_ids of card clicks sent on this connection (card updates must use one). */
  clicks: Set<string>;
  /** req_ids of enter_chat events (a welcome must use one). */
  entries: Set<string>;
}

/** What WeCom would refuse in a button card (doc 101032), or undefined. */
// biome-ignore lint/suspicious/noExplicitAny: a card is JSON
function cardProblem(card: any): string | undefined {
  if (card?.card_type !== 'button_interaction') return 'card_type';
  if (typeof card.task_id !== 'string' || !/^[0-9A-Za-z_\-@]{1,128}$/.test(card.task_id)) return 'task_id';
  if (typeof card.main_title?.title !== 'string' || [...card.main_title.title].length > 26) return 'main_title.title';
  const list = card.button_list;
  if (!Array.isArray(list) || list.length < 1 || list.length > 6) return 'button_list';
  const keys = list.map((b: { key?: unknown }) => b.key);
  if (keys.some((k: unknown) => typeof k !== 'string' || Buffer.byteLength(k) > 1024) || new Set(keys).size !== keys.length) return 'button key';
  if (list.some((b: { text?: unknown }) => typeof b.text !== 'string' || [...b.text].length > 10)) return 'button text';
  return undefined;
}

export class FakeWecomWsServer {
  botId = 'aibFakeBot01';
  secret = 'fake-bot-secret';
  /** Answer pings (false: let them go unanswered, to test the dead-connection rule). */
  answerPings = true;
  /** Answers carry the cmd they answer (WeCom's answers have none; a client must match them by req_id alone). */
  echoCmdInAnswers = false;
  /** Every answer sent, in order. */
  readonly answers: Frame[] = [];
  /** How the bot's frames depart from the documented shape (empty for a faithful client). */
  readonly violations: string[] = [];
  /** Stream replies whose last frame had finish: false, by req_id and stream id. */
  readonly openStreams = new Set<string>();
  /** The next subscribe answers this error instead. */
  failSubscribe: { errcode: number; errmsg: string } | undefined;
  readonly peers: Peer[] = [];
  /** Chats that wrote to the bot (a push needs one). */
  readonly knownChats = new Set<string>();
  private wss!: WebSocketServer;
  url = '';

  async start(): Promise<this> {
    this.wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await new Promise<void>((r) => this.wss.once('listening', () => r()));
    this.url = `ws://127.0.0.1:${(this.wss.address() as AddressInfo).port}`;
    this.wss.on('connection', (ws) => {
      const peer: Peer = { ws, received: [], subscribed: false, closed: false, callbacks: new Set(), clicks: new Set(), entries: new Set() };
      this.peers.push(peer);
      ws.on('close', () => {
        peer.closed = true;
        peer.subscribed = false;
      });
      ws.on('message', (data) => this.onFrame(peer, JSON.parse(data.toString()) as Frame));
    });
    return this;
  }

  async stop(): Promise<void> {
    for (const c of this.wss.clients) c.terminate();
    await new Promise<void>((r) => this.wss.close(() => r()));
  }

  /** Connections open now. */
  open(): Peer[] {
    return this.peers.filter((p) => !p.closed);
  }
  /** The connection holding the bot's subscription. */
  live(): Peer | undefined {
    return this.peers.find((p) => p.subscribed && !p.closed);
  }
  /** Every frame of one cmd, on every connection. */
  frames(cmd: string): Frame[] {
    return this.peers.flatMap((p) => p.received.filter((f) => f.cmd === cmd));
  }

  /** Answers a frame of the bot; true when it was accepted (errcode 0). */
  private answer(peer: Peer, reqId: string, errcode = 0, errmsg = 'ok', cmd?: string): boolean {
    const a: Frame = { ...(this.echoCmdInAnswers && cmd ? { cmd } : {}), headers: { req_id: reqId }, errcode, errmsg };
    this.answers.push(a);
    peer.ws.send(JSON.stringify(a));
    return errcode === 0;
  }

  /** Notes how a frame of the bot departs from the documented shape. */
  private check(f: Frame): void {
    const v = (what: string): void => void this.violations.push(`${f.cmd ?? '(no cmd)'}: ${what}`);
    for (const k of Object.keys(f)) if (!['cmd', 'headers', 'body'].includes(k)) v(`unexpected top-level key ${k}`);
    if (typeof f.cmd !== 'string' || !f.cmd) v('no cmd');
    if (typeof f.headers?.req_id !== 'string' || !f.headers.req_id) v('no req_id');
    else if (Object.keys(f.headers).length !== 1) v(`headers other than req_id: ${Object.keys(f.headers).join(',')}`);
    const body = f.body;
    if (f.cmd === 'ping') {
      if (body !== undefined) v('a heartbeat carries no body');
      return;
    }
    if (typeof body !== 'object' || body === null) {
      v('no body');
      return;
    }
    if (f.cmd === 'aibot_subscribe') {
      const extra = Object.keys(body).filter((k) => !['bot_id', 'secret', 'scene', 'plug_version'].includes(k));
      if (extra.length) v(`subscribe body keys ${extra.join(',')}`);
      return;
    }
    if (body.msgtype === 'text' && f.cmd !== 'aibot_respond_welcome_msg') v('text (refused outside a welcome)');
    for (const part of [body.markdown, body.stream]) if (typeof part?.content === 'string' && Buffer.byteLength(part.content) > 20_480) v('content over 20480 bytes');
    if (body.chat_type !== undefined && ![0, 1, 2].includes(body.chat_type)) v(`chat_type ${body.chat_type}`);
    if (f.cmd === 'aibot_send_msg' && (typeof body.chatid !== 'string' || !body.chatid)) v('push without chatid');
    if (body.msgtype === 'stream') {
      const key = `${f.headers?.req_id}/${body.stream?.id}`;
      if (body.stream?.finish === true) this.openStreams.delete(key);
      else this.openStreams.add(key);
    }
  }

  private onFrame(peer: Peer, f: Frame): boolean {
    peer.received.push(f);
    this.check(f);
    const reqId = f.headers?.req_id ?? '';
    const answer = (p: Peer, r: string, errcode?: number, errmsg?: string) => this.answer(p, r, errcode, errmsg, f.cmd);
    switch (f.cmd) {
      case 'aibot_subscribe': {
        if (this.failSubscribe) {
          const e = this.failSubscribe;
          this.failSubscribe = undefined;
          return answer(peer, reqId, e.errcode, e.errmsg);
        }
        if (f.body?.bot_id !== this.botId || f.body?.secret !== this.secret) return answer(peer, reqId, 853000, 'signature is incorrect, please check if the bot secret is correct');
        if (peer.subscribed) return answer(peer, reqId, 45009, 'api freq out of limit');
        // One connection per bot: the older one is told, then closed.
        for (const old of this.peers.filter((p) => p !== peer && p.subscribed && !p.closed)) this.kick(old);
        peer.subscribed = true;
        return answer(peer, reqId);
      }
      case 'ping':
        if (!peer.subscribed) return answer(peer, reqId, 40001, 'not subscribed');
        return this.answerPings ? answer(peer, reqId) : false;
      case 'aibot_respond_msg': {
        if (!peer.callbacks.has(reqId)) return answer(peer, reqId, 846605, 'invalid req_id');
        const t = f.body?.msgtype;
        if (t === 'text' || !['markdown', 'stream', 'template_card'].includes(t)) return answer(peer, reqId, 40008, 'invalid message type');
        if (t === 'stream' && typeof f.body?.stream?.id !== 'string') return answer(peer, reqId, 40058, 'stream.id missing');
        if (t === 'template_card' && cardProblem(f.body.template_card)) return answer(peer, reqId, 40058, cardProblem(f.body.template_card)!);
        return answer(peer, reqId);
      }
      case 'aibot_respond_welcome_msg':
        if (!peer.entries.has(reqId)) return answer(peer, reqId, 846605, 'invalid req_id');
        if (f.body?.msgtype !== 'text' && f.body?.msgtype !== 'template_card') return answer(peer, reqId, 40008, 'invalid message type');
        if (f.body.msgtype === 'template_card' && cardProblem(f.body.template_card)) return answer(peer, reqId, 40058, cardProblem(f.body.template_card)!);
        return answer(peer, reqId);
      case 'aibot_respond_update_msg':
        if (!peer.clicks.has(reqId)) return answer(peer, reqId, 846605, 'invalid req_id');
        if (f.body?.response_type !== 'update_template_card') return answer(peer, reqId, 40058, 'response_type must be update_template_card');
        if (cardProblem(f.body.template_card)) return answer(peer, reqId, 40058, cardProblem(f.body.template_card)!);
        return answer(peer, reqId);
      case 'aibot_send_msg': {
        if (!peer.subscribed) return answer(peer, reqId, 40001, 'not subscribed');
        if (!this.knownChats.has(String(f.body?.chatid))) return answer(peer, reqId, 93006, 'invalid chatid');
        if (f.body?.msgtype === 'text') return answer(peer, reqId, 40008, 'invalid message type');
        return answer(peer, reqId);
      }
      default:
        return answer(peer, reqId, 40008, `unknown cmd ${f.cmd}`);
    }
  }

  private newReqId(): string {
    return randomBytes(12).toString('base64url');
  }

  /** Sends a text message callback to the live connection, as `userid` in `chatid` (a group) or one-to-one. */
  sendText(o: { userid: string; content: string; chatid?: string; msgid?: string; peer?: Peer }): string {
    const peer = o.peer ?? this.live();
    if (!peer) throw new Error('no live connection');
    const reqId = this.newReqId();
    peer.callbacks.add(reqId);
    if (o.chatid) this.knownChats.add(o.chatid);
    this.knownChats.add(o.userid);
    const body = {
      msgid: o.msgid ?? randomBytes(8).toString('hex'),
      aibotid: this.botId,
      ...(o.chatid ? { chatid: o.chatid, chattype: 'group' } : { chattype: 'single' }),
      from: { userid: o.userid },
      msgtype: 'text',
      text: { content: o.chatid ? `@维稳助手\u2005${o.content}` : o.content },
    };
    peer.ws.send(JSON.stringify({ cmd: 'aibot_msg_callback', headers: { req_id: reqId }, body }));
    return reqId;
  }

  /** A button press on a template card (event 101027: detail nested under `template_card_event`). */
  click(o: { userid: string; eventKey: string; taskId: string; chatid?: string; peer?: Peer; sdkShape?: boolean }): string {
    const peer = o.peer ?? this.live();
    if (!peer) throw new Error('no live connection');
    const reqId = this.newReqId();
    peer.clicks.add(reqId);
    const body = {
      msgid: randomBytes(8).toString('hex'),
      create_time: Math.floor(Date.now() / 1000),
      aibotid: this.botId,
      ...(o.chatid ? { chatid: o.chatid, chattype: 'group' } : { chattype: 'single' }),
      from: { userid: o.userid },
      msgtype: 'event',
      // `sdkShape`: the detail directly under `event`, as the official SDK's typing has it, instead of doc 101027's nesting.
      event: o.sdkShape
        ? { eventtype: 'template_card_event', event_key: o.eventKey, task_id: o.taskId }
        : { eventtype: 'template_card_event', template_card_event: { card_type: 'button_interaction', event_key: o.eventKey, task_id: o.taskId } },
    };
    peer.ws.send(JSON.stringify({ cmd: 'aibot_event_callback', headers: { req_id: reqId }, body }));
    return reqId;
  }

  /** A user opens the bot's one-to-one chat (first time that day): the bot may welcome them within 5 s. */
  enterChat(userid: string, peer = this.live()): string {
    if (!peer) throw new Error('no live connection');
    const reqId = this.newReqId();
    peer.entries.add(reqId);
    const body = { msgid: randomBytes(8).toString('hex'), create_time: Math.floor(Date.now() / 1000), aibotid: this.botId, chattype: 'single', from: { userid }, msgtype: 'event', event: { eventtype: 'enter_chat' } };
    peer.ws.send(JSON.stringify({ cmd: 'aibot_event_callback', headers: { req_id: reqId }, body }));
    return reqId;
  }

  /** WeCom's handover: `disconnected_event` to this connection, then close. */
  kick(peer: Peer): void {
    peer.subscribed = false;
    const body = { msgid: randomBytes(8).toString('hex'), create_time: Math.floor(Date.now() / 1000), aibotid: this.botId, msgtype: 'event', event: { eventtype: 'disconnected_event' } };
    peer.ws.send(JSON.stringify({ cmd: 'aibot_event_callback', headers: { req_id: this.newReqId() }, body }));
    setTimeout(() => peer.ws.close(1000, 'replaced'), 20);
  }
}
