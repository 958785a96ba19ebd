import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AppError, ErrorCode } from '../../../src/errors.js';
import {
  decryptEnvelope,
  openEnvelope,
  sealJsonReply,
  sealMessage,
  sealXmlReply,
  signatureOf,
  verifySignature,
} from '../../../src/platforms/wecom/crypto.js';

// Official vectors from the WeCom team's sample code (sbzhu/weworkapi_python callback samples), as listed in
// shared/reference/wecom.md §4. They keep our wrapper from agreeing with itself on a bug.
const T1 = 'hJqcu3uJ9Tn2gXPmxx2w9kkCkCE2EPYo';
const K1 = '6qkdMrq68nTKduznJYO1A37W2oEgpkMUvkttRToqhUt';
const R1 = 'ww1436e0e65a779aee';

interface Vector {
  name: string;
  timestamp: string;
  nonce: string;
  sig: string;
  enc: string;
  plain: string | { sha256: string };
  random: string;
}

const VECTORS: Vector[] = [
  {
    name: 'V1 GET echostr',
    timestamp: '1476416373',
    nonce: '47744683',
    sig: '012bc692d0a58dd4b10f8dfe5c4ac00ae211ebeb',
    enc: 'fsi1xnbH4yQh0+PJxcOdhhK6TDXkjMyhEPA7xB2TGz6b+g7xyAbEkRxN/3cNXW9qdqjnoVzEtpbhnFyq6SVHyA==',
    plain: '1288432023552776189',
    random: '8908d0ff052afda0',
  },
  {
    name: 'V2 XML POST',
    timestamp: '1476422779',
    nonce: '1597212914',
    sig: '0c3914025cb4b4d68103f6bfc8db550f79dcf48e',
    enc: 'Kl7kjoSf6DMD1zh7rtrHjFaDapSCkaOnwu3bqLc5tAybhhMl9pFeK8NslNPVdMwmBQTNoW4mY7AIjeLvEl3NyeTkAgGzBhzTtRLNshw2AEew+kkYcD+Fq72Kt00fT0WnN87hGrW8SqGc+NcT3mu87Ha3dz1pSDi6GaUA6A0sqfde0VJPQbZ9U+3JWcoD4Z5jaU0y9GSh010wsHF8KZD24YhmZH4ch4Ka7ilEbjbfvhKkNL65HHL0J6EYJIZUC2pFrdkJ7MhmEbU2qARR4iQHE7wy24qy0cRX3Mfp6iELcDNfSsPGjUQVDGxQDCWjayJOpcwocugux082f49HKYg84EpHSGXAyh+/oxwaWbvL6aSDPOYuPDGOCI8jmnKiypE+',
    plain:
      '<xml><ToUserName>ww1436e0e65a779aee</ToUserName><FromUserName>ChenJiaShun</FromUserName><CreateTime>1476422779</CreateTime><MsgType>text</MsgType><Content>你好</Content><MsgId>1456453720</MsgId><AgentID>1000002</AgentID></xml>',
    random: '694ce5a83ae07fe3',
  },
  {
    name: 'V3 JSON POST',
    timestamp: '1409659813',
    nonce: '1372623149',
    sig: 'e3647471e395139e2308c1fa963f2d648a00b90e',
    enc: 'cjhLUX7UU4yCSelv1vz7T0zT8huF51bAMVWriNvO1FMegHrQZNrtvRxbwf0fUPsFvwqR0U0fgiJNEA5Y30F2MoI2S7vv3EjVQ68C0cjw9frBoUE2Hj0BvFp9h3u6Vbsg4lc1C8AtHdaN8orKuNKkLRLuYEL52R1J3v8olJGZRLnRdVKIivixmX/eQpzgeExtp20jI1HxRP1AAZ6xZoILdqDPO549LO4WeG+685JRUTdiwcY5fjZlqeMxuT4PpMn1X9OWsS7NRj06Wa5E3Tvg4twjWp39KPfOdRte6P1T4JU=',
    // The sample's own sRespData: 176 bytes and not valid JSON, so it is checked by hash.
    plain: { sha256: '680760588eeb9e41f81f409fde5fb6555cc92b3fb602845597e8d04ddca46711' },
    random: 'dDVXRx6kn1gOT43Q',
  },
];

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');
const flipLast = (s: string) => s.replace(/.$/, (c) => (c === '0' ? '1' : '0'));

describe.each(VECTORS)('official vector $name', (v) => {
  it('accepts the official signature and rejects a tampered one', () => {
    expect(signatureOf(T1, v.timestamp, v.nonce, v.enc)).toBe(v.sig);
    expect(verifySignature(T1, v.timestamp, v.nonce, v.enc, v.sig)).toBe(true);
    expect(verifySignature(T1, v.timestamp, v.nonce, v.enc, flipLast(v.sig))).toBe(false);
    expect(verifySignature(T1, v.timestamp, v.nonce, v.enc, v.sig.slice(0, -1))).toBe(false);
  });

  it("rejects the field when a decoder turned '+' into ' '", () => {
    expect(v.enc).toContain('+');
    const mangled = v.enc.replaceAll('+', ' ');
    expect(verifySignature(T1, v.timestamp, v.nonce, mangled, v.sig)).toBe(false);
    expect(decryptEnvelope(K1, R1, mangled)).toEqual({ ok: false, reason: 'not_base64' });
  });

  it('decrypts to the expected plaintext and receive id, and re-encrypts exactly with the recovered random', () => {
    const d = decryptEnvelope(K1, R1, v.enc);
    if (!d.ok) throw new Error(`decrypt failed: ${d.reason}`);
    if (typeof v.plain === 'string') expect(d.message).toBe(v.plain);
    else expect(sha256(d.message)).toBe(v.plain.sha256);
    expect(d.random.toString('latin1')).toBe(v.random);
    expect(sealMessage({ aesKey: K1, receiveId: R1 }, d.message, Buffer.from(v.random, 'latin1'))).toBe(v.enc);
  });

  it('rejects a wrong receive id (-40005)', () => {
    expect(decryptEnvelope(K1, '', v.enc)).toEqual({ ok: false, reason: 'receive_id' });
    expect(decryptEnvelope(K1, 'ww0000000000000000', v.enc)).toEqual({ ok: false, reason: 'receive_id' });
  });
});

describe('openEnvelope', () => {
  const v1 = VECTORS[0]!;
  const q = { msg_signature: v1.sig, timestamp: v1.timestamp, nonce: v1.nonce };
  const code = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      return e instanceof AppError ? e.code : 'other';
    }
    return 'none';
  };

  it('opens V1 with the official keys', () => {
    expect(openEnvelope({ token: T1, aesKey: K1, receiveId: R1 }, q, v1.enc)).toBe('1288432023552776189');
  });

  it('names the rule that failed', () => {
    expect(code(() => openEnvelope({ token: 'wrong', aesKey: K1, receiveId: R1 }, q, v1.enc))).toBe(ErrorCode.SignatureInvalid);
    expect(code(() => openEnvelope({ token: T1, aesKey: K1, receiveId: R1 }, { ...q, nonce: '1' }, v1.enc))).toBe(ErrorCode.SignatureInvalid);
    expect(code(() => openEnvelope({ token: T1, aesKey: K1, receiveId: '' }, q, v1.enc))).toBe(ErrorCode.ReceiveIdMismatch);
  });
});

describe('smart bot (receiveid "")', () => {
  // No official vector uses receiveid ''; a round trip with throwaway keys covers it.
  const keys = { token: 'throwawayToken123', aesKey: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG', receiveId: '' };

  it('seals a JSON reply that opens to the same object', () => {
    const body = { msgtype: 'stream', stream: { id: 's1', finish: true, content: '已收到 张庄村 零报告' } };
    const reply = sealJsonReply(keys, body, 'nonce42', '1763900000');
    expect(reply.timestamp).toBe('1763900000');
    expect(reply.nonce).toBe('nonce42');
    const opened = openEnvelope(keys, { msg_signature: reply.msgsignature, timestamp: reply.timestamp, nonce: reply.nonce }, reply.encrypt);
    expect(JSON.parse(opened)).toEqual(body);
  });

  it('a corpid-sealed payload fails the smart bot receive-id check', () => {
    const enc = sealMessage({ aesKey: keys.aesKey, receiveId: 'wwcorp' }, '{"msgid":"x"}');
    expect(decryptEnvelope(keys.aesKey, '', enc)).toEqual({ ok: false, reason: 'receive_id' });
  });

  it('seals an XML reply for a self-built app', () => {
    const app = { ...keys, receiveId: R1 };
    const xml = sealXmlReply(app, '<xml><Content>好</Content></xml>', 'n1', '1700000000');
    const enc = /<Encrypt><!\[CDATA\[(.+?)\]\]><\/Encrypt>/.exec(xml)?.[1] ?? '';
    const sig = /<MsgSignature><!\[CDATA\[(.+?)\]\]>/.exec(xml)?.[1] ?? '';
    expect(openEnvelope(app, { msg_signature: sig, timestamp: '1700000000', nonce: 'n1' }, enc)).toBe('<xml><Content>好</Content></xml>');
  });
});
