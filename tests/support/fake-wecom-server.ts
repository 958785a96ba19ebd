import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

// A fake WeCom API on loopback: a real HTTP server that records every request and answers like WeCom
// (gettoken, webhook/send, appchat/send, message/send, message/update_template_card, aibot/response), with errors
// on demand.

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  /** Parsed JSON body, or undefined for GET. */
  // biome-ignore lint/suspicious/noExplicitAny: tests read recorded JSON bodies of many shapes
  body: any;
}

interface Scripted {
  errcode: number;
  errmsg: string;
  httpStatus: number;
}

export interface FakeWecom {
  /** Base URL, e.g. http://127.0.0.1:PORT, for WECOM_API_BASE. */
  url: string;
  requests: RecordedRequest[];
  /** Requests to one path, e.g. '/cgi-bin/webhook/send'. */
  to(path: string): RecordedRequest[];
  /** The next `times` requests to `path` answer this error instead of success. */
  failNext(path: string, errcode: number, errmsg: string, times?: number, httpStatus?: number): void;
  /** The next app API call answers 42001 (access_token expired) once. */
  expireTokenOnce(): void;
  /** The next `n` webhook sends answer 45009 (api freq out of limit). */
  rateLimit(n: number): void;
  /** Forgets recorded requests and scripted errors (issued tokens stay valid). */
  reset(): void;
  /** How many tokens gettoken has issued. */
  tokensIssued(): number;
  close(): Promise<void>;
}

const TOKEN_PATHS = ['/cgi-bin/appchat/send', '/cgi-bin/message/send', '/cgi-bin/message/update_template_card'];

export async function startFakeWecomServer(): Promise<FakeWecom> {
  const requests: RecordedRequest[] = [];
  const scripts = new Map<string, Scripted[]>();
  const validTokens = new Set<string>();
  const usedResponseCodes = new Set<string>();
  let issued = 0;
  let expireOnce = false;

  const readBody = (req: IncomingMessage) =>
    new Promise<string>((resolve, reject) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      req.on('error', reject);
    });

  const server: Server = createServer(async (req, res) => {
    const u = new URL(req.url ?? '/', 'http://127.0.0.1');
    const text = await readBody(req);
    const rec: RecordedRequest = { method: req.method ?? 'GET', path: u.pathname, query: Object.fromEntries(u.searchParams), body: text ? JSON.parse(text) : undefined };
    requests.push(rec);
    const answer = (obj: object, status = 200) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(obj));
    };
    const scripted = scripts.get(u.pathname)?.shift();
    if (scripted) return answer({ errcode: scripted.errcode, errmsg: scripted.errmsg }, scripted.httpStatus);

    if (u.pathname === '/cgi-bin/gettoken') {
      if (rec.query.corpid !== 'wwcorp' || rec.query.corpsecret !== 'app-secret') return answer({ errcode: 40001, errmsg: 'invalid credential' });
      const t = `token-${++issued}`;
      validTokens.add(t);
      return answer({ errcode: 0, errmsg: 'ok', access_token: t, expires_in: 7200 });
    }
    if (TOKEN_PATHS.includes(u.pathname)) {
      const t = rec.query.access_token ?? '';
      if (expireOnce && validTokens.has(t)) {
        expireOnce = false;
        validTokens.delete(t);
        return answer({ errcode: 42001, errmsg: 'access_token expired' });
      }
      if (!validTokens.has(t)) return answer({ errcode: 40014, errmsg: 'invalid access_token' });
      if (u.pathname === '/cgi-bin/message/update_template_card') {
        // A response_code updates a card once.
        const code = String(rec.body?.response_code ?? '');
        if (!code || usedResponseCodes.has(`app:${code}`)) return answer({ errcode: 40000, errmsg: 'invalid response_code' });
        usedResponseCodes.add(`app:${code}`);
      }
      return answer({ errcode: 0, errmsg: 'ok' });
    }
    if (u.pathname === '/cgi-bin/webhook/send') {
      if (!rec.query.key || rec.query.key.startsWith('http')) return answer({ errcode: 93000, errmsg: 'invalid webhook url' });
      const c = rec.body?.markdown?.content ?? rec.body?.text?.content ?? '';
      const max = rec.body?.msgtype === 'markdown' ? 4096 : 2048;
      if (Buffer.byteLength(c, 'utf8') > max) return answer({ errcode: 40058, errmsg: `content exceed max length ${max}` });
      return answer({ errcode: 0, errmsg: 'ok' });
    }
    if (u.pathname === '/cgi-bin/aibot/response') {
      // Usable once per response_code.
      const code = rec.query.response_code ?? '';
      if (usedResponseCodes.has(code)) return answer({ errcode: 40000, errmsg: 'response_code used' });
      usedResponseCodes.add(code);
      return answer({ errcode: 0, errmsg: 'ok' });
    }
    answer({ errcode: 404, errmsg: 'not found' }, 404);
  });
  server.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const failNext = (path: string, errcode: number, errmsg: string, times = 1, httpStatus = 200) => {
    const q = scripts.get(path) ?? [];
    for (let i = 0; i < times; i++) q.push({ errcode, errmsg, httpStatus });
    scripts.set(path, q);
  };
  return {
    url,
    requests,
    to: (path) => requests.filter((r) => r.path === path),
    failNext,
    expireTokenOnce: () => {
      expireOnce = true;
    },
    rateLimit: (n) => failNext('/cgi-bin/webhook/send', 45009, 'api freq out of limit', n),
    reset: () => {
      requests.length = 0;
      scripts.clear();
      expireOnce = false;
    },
    tokensIssued: () => issued,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
