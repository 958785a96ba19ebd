import { randomBytes, timingSafeEqual } from 'node:crypto';
import { decrypt, encrypt, getSignature } from '@wecom/crypto';
import { AppError, ErrorCode } from '../../errors.js';

// WeCom callback crypto, pure (no I/O, no clock unless passed in).
// Scheme: https://developer.work.weixin.qq.com/document/path/91144 (加解密方案说明)
// Smart bot: https://developer.work.weixin.qq.com/document/path/101033 (回调和回复的加解密方案)
//
// Rules, in the order a callback must pass them:
//  1. msg_signature = sha1(sort([token, timestamp, nonce, encrypt]).join('')), compared in constant time. It covers
//     the encrypted FIELD (echostr on GET, Encrypt/encrypt on POST), never the raw body.
//  2. The field must be base64 (WeCom percent-encodes it; a '+' turned into ' ' by a decoder changes it and fails 1).
//  3. AES-256-CBC with key = base64(EncodingAESKey + '='), IV = key[0..16], PKCS#7 padded to 32 bytes. A wrong but
//     well-formed key does NOT throw in @wecom/crypto: it returns garbage. That is why rule 1 comes first and why
//     callers JSON.parse the result inside try.
//  4. Plaintext = random(16) ‖ len(4, BE) ‖ msg ‖ receiveId; receiveId must equal ours: '' for a smart bot, the
//     corpid for a self-built app (the official libraries answer -40005 on a mismatch).

/** The secrets one callback endpoint uses. */
export interface WecomKeys {
  token: string;
  /** The 43-character EncodingAESKey. */
  aesKey: string;
  /** '' for a smart bot (智能机器人), the corpid for a self-built app. */
  receiveId: string;
}

export interface SignedQuery {
  msg_signature: string;
  timestamp: string;
  nonce: string;
}

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** Rule 1: true when `msgSignature` is the signature of the other four values. */
export function verifySignature(token: string, timestamp: string, nonce: string, encrypted: string, msgSignature: string): boolean {
  const expected = Buffer.from(getSignature(token, timestamp, nonce, encrypted));
  const given = Buffer.from(String(msgSignature));
  return expected.length === given.length && timingSafeEqual(expected, given);
}

export type Decrypted = { ok: true; message: string; random: Buffer } | { ok: false; reason: 'not_base64' | 'decrypt' | 'receive_id' };

/** Rules 2–4, for a field whose signature has already been checked. Never throws. */
export function decryptEnvelope(aesKey: string, receiveId: string, encrypted: string): Decrypted {
  if (encrypted.length % 4 !== 0 || !BASE64.test(encrypted)) return { ok: false, reason: 'not_base64' };
  let r: { message: string; id: string; random: Buffer };
  try {
    r = decrypt(aesKey, encrypted);
  } catch {
    return { ok: false, reason: 'decrypt' };
  }
  if (r.id !== receiveId) return { ok: false, reason: 'receive_id' };
  return { ok: true, message: r.message, random: r.random };
}

/** Rules 1–4 in one call; throws an AppError naming the rule that failed. Returns the plaintext. */
export function openEnvelope(keys: WecomKeys, q: SignedQuery, encrypted: string): string {
  if (!verifySignature(keys.token, q.timestamp, q.nonce, encrypted, q.msg_signature))
    throw new AppError(ErrorCode.SignatureInvalid, 'WeCom msg_signature does not match', { hint: 'check WECOM_TOKEN matches 接收消息服务器配置' });
  const d = decryptEnvelope(keys.aesKey, keys.receiveId, encrypted);
  if (d.ok) return d.message;
  if (d.reason === 'receive_id')
    throw new AppError(ErrorCode.ReceiveIdMismatch, 'WeCom receiveid mismatch (-40005)', { hint: "smart bot: WECOM_RECEIVE_ID must be empty; self-built app: the corpid" });
  throw new AppError(ErrorCode.DecryptFailed, 'WeCom payload cannot be decrypted (-40007)', { hint: 'check WECOM_ENCODING_AES_KEY matches 接收消息服务器配置' });
}

/** Encrypts a message for `keys.receiveId` (the inverse of rules 2–4). `random` is 16 bytes; tests pass a fixed one. */
export function sealMessage(keys: Pick<WecomKeys, 'aesKey' | 'receiveId'>, message: string, random: Buffer = randomBytes(16)): string {
  return encrypt(keys.aesKey, message, keys.receiveId, random);
}

/** An encrypted passive reply of the smart bot, `{encrypt, msgsignature, timestamp, nonce}` (document/path/101033). */
export function sealJsonReply(keys: WecomKeys, body: unknown, nonce: string, timestamp: string, random?: Buffer) {
  const enc = sealMessage(keys, JSON.stringify(body), random);
  return { encrypt: enc, msgsignature: getSignature(keys.token, timestamp, nonce, enc), timestamp, nonce };
}

/** An encrypted passive reply of a self-built app, as XML (document/path/91144). */
export function sealXmlReply(keys: WecomKeys, xml: string, nonce: string, timestamp: string, random?: Buffer): string {
  const enc = sealMessage(keys, xml, random);
  const sig = getSignature(keys.token, timestamp, nonce, enc);
  return `<xml><Encrypt><![CDATA[${enc}]]></Encrypt><MsgSignature><![CDATA[${sig}]]></MsgSignature><TimeStamp>${timestamp}</TimeStamp><Nonce><![CDATA[${nonce}]]></Nonce></xml>`;
}

/** The signature of a field, for tests and for sealing: re-exported so callers need not import @wecom/crypto. */
export const signatureOf = getSignature;
