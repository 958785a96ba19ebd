import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

// A fake WeCom long-connection server (智能机器人长连接, doc 101463) on loopback: a real `ws` WebSocketServer speaking the
// documented frames. It checks what WeCom checks, as far as the documents say: the subscribe credentials, one live
// subscription per bot (a newer one gets the older `disconnected_event` and closes it), replies only with a req_id it
// issued for a message callback on that connection (846605 otherwise), no `text` replies, pushes only to chats that
// wrote to the bot (93006 otherwise), card updates only with a card click's req_id. Every frame is answered
// `{ headers: { req_id }, errcode, errmsg }`. The official SDK drives it in wecom-long-sdk.test.ts.

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
  private answer(peer: Peer, reqId: string, errcode = 0, errmsg = 'ok'): boolean {
    peer.ws.send(JSON.stringify({ headers: { req_id: reqId }, errcode, errmsg }));
    return errcode === 0;
  }

  private onFrame(peer: Peer, f: Frame): boolean {
    peer.received.push(f);
    const reqId = f.headers?.req_id ?? '';
    switch (f.cmd) {
      case 'aibot_subscribe': {
        if (this.failSubscribe) {
          const e = this.failSubscribe;
          this.failSubscribe = undefined;
          return this.answer(peer, reqId, e.errcode, e.errmsg);
        }
        if (f.body?.bot_id !== this.botId || f.body?.secret !== this.secret) return this.answer(peer, reqId, 853000, 'signature is incorrect, please check if the bot secret is correct');
        if (peer.subscribed) return this.answer(peer, reqId, 45009, 'api freq out of limit');
        // One connection per bot: the older one is told, then closed.
        for (const old of this.peers.filter((p) => p !== peer && p.subscribed && !p.closed)) this.kick(old);
        peer.subscribed = true;
        return this.answer(peer, reqId);
      }
      case 'ping':
        if (!peer.subscribed) return this.answer(peer, reqId, 40001, 'not subscribed');
        return this.answerPings ? this.answer(peer, reqId) : false;
      case 'aibot_respond_msg': {
        if (!peer.callbacks.has(reqId)) return this.answer(peer, reqId, 846605, 'invalid req_id');
        const t = f.body?.msgtype;
        if (t === 'text' || !['markdown', 'stream', 'template_card'].includes(t)) return this.answer(peer, reqId, 40008, 'invalid message type');
        if (t === 'stream' && typeof f.body?.stream?.id !== 'string') return this.answer(peer, reqId, 40058, 'stream.id missing');
        if (t === 'template_card' && cardProblem(f.body.template_card)) return this.answer(peer, reqId, 40058, cardProblem(f.body.template_card)!);
        return this.answer(peer, reqId);
      }
      case 'aibot_respond_welcome_msg':
        if (!peer.entries.has(reqId)) return this.answer(peer, reqId, 846605, 'invalid req_id');
        if (f.body?.msgtype !== 'text' && f.body?.msgtype !== 'template_card') return this.answer(peer, reqId, 40008, 'invalid message type');
        return this.answer(peer, reqId);
      case 'aibot_respond_update_msg':
        if (!peer.clicks.has(reqId)) return this.answer(peer, reqId, 846605, 'invalid req_id');
        if (f.body?.response_type !== 'update_template_card') return this.answer(peer, reqId, 40058, 'response_type must be update_template_card');
        if (cardProblem(f.body.template_card)) return this.answer(peer, reqId, 40058, cardProblem(f.body.template_card)!);
        return this.answer(peer, reqId);
      case 'aibot_send_msg': {
        if (!peer.subscribed) return this.answer(peer, reqId, 40001, 'not subscribed');
        if (!this.knownChats.has(String(f.body?.chatid))) return this.answer(peer, reqId, 93006, 'invalid chatid');
        if (f.body?.msgtype === 'text') return this.answer(peer, reqId, 40008, 'invalid message type');
        return this.answer(peer, reqId);
      }
      default:
        return this.answer(peer, reqId, 40008, `unknown cmd ${f.cmd}`);
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
  click(o: { userid: string; eventKey: string; taskId: string; chatid?: string; peer?: Peer }): string {
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
      event: { eventtype: 'template_card_event', template_card_event: { card_type: 'button_interaction', event_key: o.eventKey, task_id: o.taskId } },
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
