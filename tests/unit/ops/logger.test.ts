import { describe, expect, it } from 'vitest';
import { AppError, ErrorCode, PlatformApiError } from '../../../src/errors.js';
import { createLogger, REDACTED, TEXT_OMITTED } from '../../../src/logger.js';

const ID = '110101199003074578';
const ID_FW = '１１０１０１１９９００３０７４５７Ｘ';
const ID15 = '110101900307457';
const MOBILE = '13812345678';
const SECRET = 'Zm9vYmFyc2VjcmV0dmFsdWUxMjM';

/** Digit runs that would reveal an ID or a mobile number: any 11+ digits in a row, ASCII or full width. */
const CLEAR_PII = /[0-9０-９]{11,}|1[3-9]\d[- ]\d{4}[- ]\d{4}/;

function capture(level = 'info') {
  const lines: string[] = [];
  const logger = createLogger({ level, destination: { write: (s: string) => void lines.push(s) } });
  const parsed = () => lines.map((l) => JSON.parse(l) as Record<string, unknown>);
  return { logger, lines, parsed };
}

function expectNoPII(lines: string[]) {
  expect(lines.length).toBeGreaterThan(0);
  for (const line of lines) {
    // pino's own epoch-millisecond "time" is the one long digit run allowed.
    const l = line.replace(/"time":\d+/, '"time":0');
    expect(l).not.toMatch(CLEAR_PII);
    expect(l).not.toContain(ID);
    expect(l).not.toContain(MOBILE);
    expect(l).not.toContain(SECRET);
    // Every line stays one valid JSON document after masking.
    expect(() => JSON.parse(line)).not.toThrow();
  }
}

describe('createLogger masks PII everywhere in a line', () => {
  it('in the message, printf arguments and numbers', () => {
    const { logger, lines, parsed } = capture();
    logger.info(`身份证${ID}，电话${MOBILE}`);
    logger.info('sender %s phone %s', ID, '138-1234-5678');
    logger.info('numeric %d', 13812345678);
    logger.warn(`旧证${ID15} 全角${ID_FW}`);
    expectNoPII(lines);
    expect(parsed()[0]?.msg).toBe('身份证110*************78，电话138****5678');
    expect(parsed()[1]?.msg).toBe('sender 110*************78 phone 138****5678');
  });

  it('in object fields, nested objects, arrays, Maps and numeric fields', () => {
    const { logger, lines, parsed } = capture();
    logger.info({ unit: '张庄村', note: `联系 ${MOBILE}`, nested: { deeper: { persons: [{ idNo: ID }, { phone: `+86 139 0000 1111` }] } }, asNumber: 13812345678, map: new Map([['k', ID]]) }, 'stored');
    expectNoPII(lines);
    const l = parsed()[0] as { unit: string; asNumber: unknown };
    expect(l.unit).toBe('张庄村');
    expect(l.asNumber).toBe('138****5678');
  });

  it('in child bindings', () => {
    const { logger, lines } = capture();
    logger.child({ sender: MOBILE }).info('hello');
    logger.child({ a: 1 }).child({ grand: ID }).info('hello');
    expectNoPII(lines);
    expect(lines[0]).toContain('138****5678');
    expect(lines[1]).toContain('110*************78');
  });

  it('in errors: message, stack, own fields and cause, keeping the error type', () => {
    const { logger, lines, parsed } = capture();
    const cause = new Error(`lookup of ${MOBILE} failed`);
    const err = new AppError(ErrorCode.PayloadInvalid, `bad id ${ID}`, { hint: `check ${MOBILE}`, cause });
    logger.error({ err }, 'request failed');
    logger.error(new PlatformApiError('wecom', 40001, `invalid credential for ${MOBILE}`));
    expectNoPII(lines);
    const first = parsed()[0] as { err: { type: string; message: string; stack: string; code: string } };
    expect(first.err.type).toBe('AppError');
    expect(first.err.code).toBe('PAYLOAD_INVALID');
    expect(first.err.message).toContain('bad id 110*************78');
    expect(first.err.message).toContain('lookup of 138****5678 failed');
    expect(first.err.stack).toContain('bad id 110*************78');
    const second = parsed()[1] as { err: { type: string; errcode: number }; msg: string };
    expect(second.err.type).toBe('PlatformApiError');
    expect(second.err.errcode).toBe(40001);
    expect(second.msg).toContain('138****5678');
  });

  it('survives circular objects', () => {
    const { logger, lines } = capture();
    const a: Record<string, unknown> = { phone: MOBILE };
    a.self = a;
    logger.info(a, 'circular');
    expectNoPII(lines);
  });
});

describe('createLogger keeps secrets out', () => {
  it('redacts secret-named fields at any depth and secrets in URLs', () => {
    const { logger, lines, parsed } = capture();
    logger.info({ token: SECRET, config: { WECOM_ENCODING_AES_KEY: SECRET, DINGTALK_APP_SECRET: SECRET, PORT: 3000 }, a: { b: { c: { appSecret: SECRET } } } }, 'start');
    logger.info({ headers: { authorization: `Bearer ${SECRET}`, sign: SECRET } }, 'req');
    logger.warn(`POST https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=${SECRET} failed`);
    logger.warn({ url: `https://oapi.dingtalk.com/robot/send?access_token=${SECRET}` }, 'send failed');
    expectNoPII(lines);
    const [start, req] = parsed() as [{ token: string; config: { PORT: number; DINGTALK_APP_SECRET: string } }, { headers: { authorization: string } }];
    expect(start.token).toBe(REDACTED);
    expect(start.config.DINGTALK_APP_SECRET).toBe(REDACTED);
    expect(start.config.PORT).toBe(3000);
    expect(req.headers.authorization).toBe(REDACTED);
  });
});

describe('createLogger keeps message texts to debug', () => {
  const text = '张庄村零报告：重点人员王某某今日在家';

  it('omits text fields above debug, at any depth', () => {
    const { logger, lines, parsed } = capture('debug');
    logger.info({ msgId: 'm1', text, raw: { text } }, 'received');
    logger.warn({ message: { content: text } }, 'odd');
    // ioredis attaches the failed command, whose arguments can hold a report's JSON.
    logger.error({ err: Object.assign(new Error('ERR script failed'), { command: { name: 'evalsha', args: ['sha', '1', JSON.stringify({ text })] } }) }, 'store failed');
    for (const l of lines) expect(l).not.toContain('王某某');
    const [info] = parsed() as [{ msgId: string; text: string; raw: string }];
    expect(info.msgId).toBe('m1');
    expect(info.text).toBe(TEXT_OMITTED);
  });

  it('keeps text fields at debug, masked', () => {
    const { logger, parsed } = capture('debug');
    logger.debug({ text: `${text}，电话${MOBILE}` }, 'received');
    expect((parsed()[0] as { text: string }).text).toBe(`${text}，电话138****5678`);
  });

  it('writes no debug lines at the default info level', () => {
    const { logger, lines } = capture();
    logger.debug({ text }, 'received');
    expect(lines).toEqual([]);
  });
});
