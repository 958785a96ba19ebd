import Router from '@koa/router';
import type { Context } from 'koa';
import getRawBody from 'raw-body';
import type { Clock } from '../../clock.js';
import type { Config } from '../../config.js';
import type { Inbox } from '../../core/inbox.js';
import { AppError, ErrorCode } from '../../errors.js';
import type { Logger } from '../../logger.js';
import type { Metrics } from '../../ops/metrics.js';
import type { RosterIndex } from '../../roster.js';
import { RobotMessageSchema } from './schema.js';
import { type DingtalkVerdict, verifyDingtalkCallback } from './sign.js';
import { translateDingtalk } from './translate.js';

export interface DingtalkRoutesOptions {
  config: Config;
  inbox: Inbox;
  logger: Logger;
  metrics: Metrics;
  clock: Clock;
  /**
   * With a roster, only roster members (or leaders) writing in a roster group, or one-to-one, are accepted: DingTalk
   * signs only the timestamp, so a captured header pair must not let anyone else speak for a village head.
   */
  roster?: RosterIndex;
  /**
   * Claims an id once across instances (main.ts: the store's claimOnce). With it, a timestamp+sign pair is accepted
   * with one message id only: the same pair with another body within the hour is a forgery (401).
   */
  claimOnce?: (id: string, ttlSeconds: number) => Promise<boolean>;
}

/** A signed timestamp is valid one hour either side of our clock: its pair is remembered a little longer. */
const PAIR_TTL_SECONDS = 2 * 3600 + 60;

/** `{"msgtype":"empty"}` acknowledges without posting anything to the chat; replies go through sessionWebhook. */
const EMPTY_ACK = Object.freeze({ msgtype: 'empty' });

const SIGN_HINTS: Record<Exclude<DingtalkVerdict, 'ok'>, { code: ErrorCode; hint: string }> = {
  missing: {
    code: ErrorCode.SignatureInvalid,
    hint: 'DingTalk sends "timestamp" and "sign" headers; check that the reverse proxy forwards them and that the request comes from DingTalk',
  },
  bad_timestamp: { code: ErrorCode.SignatureInvalid, hint: 'the "timestamp" header must be 13 digits of milliseconds; the request is probably not from DingTalk' },
  expired: {
    code: ErrorCode.TimestampExpired,
    hint: 'the timestamp is more than one hour from our clock: check the server clock (NTP), or this is a replayed request',
  },
  mismatch: {
    code: ErrorCode.SignatureInvalid,
    hint: 'check that DINGTALK_APP_SECRET is the Client Secret of the same app (开发者后台 → 凭证与基础信息) whose robot posts here',
  },
};

/**
 * `POST /dingtalk/callback`: the enterprise robot's HTTP mode (消息接收模式 = HTTP).
 * https://open.dingtalk.com/document/orgapp/receive-message
 * A flat list of early returns: raw body → verify → parse → validate → translate → dedupe → acknowledge.
 * Dispatch to the handlers happens inside the Inbox after this response.
 */
export function dingtalkRoutes(o: DingtalkRoutesOptions): Router {
  const secret = o.config.DINGTALK_APP_SECRET;
  if (!secret) {
    throw new AppError(ErrorCode.ConfigInvalid, 'dingtalkRoutes needs DINGTALK_APP_SECRET', {
      hint: '钉钉开发者后台 → 应用开发 → 企业内部应用 → 凭证与基础信息 → Client Secret',
    });
  }
  const limit = o.config.BODY_LIMIT_KB * 1024;
  const log = o.logger.child({ platform: 'dingtalk', route: 'callback' });
  const router = new Router();

  const refuse = (ctx: Context, status: number, code: ErrorCode, reason: string, hint: string, extra: Record<string, unknown> = {}) => {
    o.metrics.rejected.inc({ platform: 'dingtalk', reason });
    // One line, the reason and what to check; never the signature headers or the body (they may be replayed).
    log.warn({ status, code, reason, hint, ...extra }, `dingtalk callback refused: ${reason}`);
    ctx.status = status;
    ctx.body = code;
  };

  router.post('/dingtalk/callback', async (ctx) => {
    const stopTimer = o.metrics.webhookLatency.startTimer({ platform: 'dingtalk' });

    // 1. The raw body, size-limited before anything else looks at it.
    let raw: string;
    try {
      raw = await getRawBody(ctx.req, { limit, encoding: 'utf8', length: ctx.get('content-length') || undefined });
    } catch (err) {
      const status = (err as { status?: number }).status;
      if (status === 413) return refuse(ctx, 413, ErrorCode.BodyTooLarge, 'body_too_large', `bodies over BODY_LIMIT_KB=${o.config.BODY_LIMIT_KB} KiB are refused`);
      return refuse(ctx, 400, ErrorCode.PayloadInvalid, 'body_unreadable', 'the request body could not be read (aborted or bad encoding)');
    }

    // 2. timestamp + sign, one-hour window, constant-time compare.
    const now = o.clock.now().getTime();
    const ts = ctx.get('timestamp') || undefined;
    const verdict = verifyDingtalkCallback(ts, ctx.get('sign') || undefined, secret, now);
    if (verdict !== 'ok') {
      const { code, hint } = SIGN_HINTS[verdict];
      // The skew in minutes helps find a wrong clock without revealing the header itself.
      const extra = verdict === 'expired' ? { skewMinutes: Math.round((now - Number(ts)) / 60_000) } : {};
      return refuse(ctx, 401, code, `signature_${verdict}`, hint, extra);
    }

    // 3. JSON.
    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch {
      return refuse(ctx, 400, ErrorCode.PayloadInvalid, 'malformed_json', 'the body is not JSON');
    }

    // 4. Schema.
    const parsed = RobotMessageSchema.safeParse(body);
    if (!parsed.success) {
      const paths = parsed.error.issues.slice(0, 5).map((i) => i.path.join('.') || '(root)');
      return refuse(ctx, 400, ErrorCode.PayloadInvalid, 'schema_invalid', 'the body is not a DingTalk robot message (is this the event-subscription URL?)', { paths });
    }

    // 5. Translate; pictures, files and empty texts are acknowledged and dropped.
    const msg = translateDingtalk(parsed.data, o.clock.now());
    if (!msg) {
      log.debug({ msgtype: parsed.data.msgtype }, 'dingtalk message without text ignored');
      ctx.body = EMPTY_ACK;
      stopTimer();
      return;
    }

    // 5b. DingTalk signs only the timestamp, not the body: bind what we can to the captured pair.
    const robotCode = o.config.DINGTALK_ROBOT_CODE ?? o.config.DINGTALK_APP_KEY;
    if (robotCode && parsed.data.robotCode !== robotCode)
      return refuse(ctx, 401, ErrorCode.SignatureInvalid, 'robot_code_mismatch', 'the message is for another robot: check DINGTALK_ROBOT_CODE (defaults to DINGTALK_APP_KEY)');
    if (o.roster) {
      const direct = parsed.data.conversationType === '1';
      if ((!direct && !o.roster.group('dingtalk', msg.chatId)) || o.roster.sender('dingtalk', msg.userId).kind === 'unknown')
        return refuse(ctx, 401, ErrorCode.SignatureInvalid, 'sender_not_in_roster', 'in HTTP mode only roster members in roster groups are accepted: add the group (conversationId) and the member (dingtalkUserId) to roster.json, or use DINGTALK_MODE=stream');
    }
    if (o.claimOnce && ts) {
      const pair = `dingtalk-sign:${ts}:${ctx.get('sign')}`;
      // First use of the pair, or the same message again (a redelivery, dropped by the inbox): fine. The pair with
      // another message id: a forgery built on a captured pair.
      const [pairFirst, sameMsgFirst] = await Promise.all([o.claimOnce(pair, PAIR_TTL_SECONDS), o.claimOnce(`${pair}:${msg.msgId}`, PAIR_TTL_SECONDS)]);
      if (!pairFirst && sameMsgFirst) return refuse(ctx, 401, ErrorCode.SignatureInvalid, 'signature_reused', 'this timestamp+sign pair was already used for another message: a replayed or forged request');
    }

    // 6. Dedupe and hand over; a redelivery is acknowledged the same way and dropped by the Inbox.
    await o.inbox.accept(msg);

    // 7. Acknowledge at once.
    ctx.body = EMPTY_ACK;
    stopTimer();
  });

  return router;
}
