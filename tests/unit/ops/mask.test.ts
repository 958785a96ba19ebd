import { describe, expect, it } from 'vitest';
import { maskForLog, maskPII, maskUrlSecrets } from '../../../src/ops/mask.js';

// Synthetic numbers only (valid shapes, not real people).
describe('maskPII: 18-digit ID numbers', () => {
  it.each([
    ['plain', '110101199003074578', '110*************78'],
    ['upper X', '11010119900307451X', '110*************1X'],
    ['lower x', '11010119900307451x', '110*************1x'],
    ['bad checksum is still masked', '110101199003074579', '110*************79'],
    ['born 18xx', '110101188003074578', '110*************78'],
    ['inside Chinese text', '身份证号110101199003074578已核实', '身份证号110*************78已核实'],
    ['after a full-width colon', '身份证：110101199003074578。', '身份证：110*************78。'],
    ['between ASCII punctuation', '(110101199003074578),', '(110*************78),'],
    ['after letters', 'sfz110101199003074578', 'sfz110*************78'],
    ['grouped 6-8-4 with spaces', '110101 19900307 4578', '110*************78'],
    ['grouped with hyphens', '110101-19900307-457X', '110*************7X'],
    ['two in one line', '张三110101199003074578李四320102198512120011', '张三110*************78李四320*************11'],
  ])('%s', (_name, input, expected) => {
    expect(maskPII(input)).toBe(expected);
  });

  it('masks full-width digits and keeps the surrounding full-width text', () => {
    // １１０１０１１９９００３０７４５７Ｘ in full width
    const fw = '身份证：１１０１０１１９９００３０７４５７Ｘ，已登记';
    const out = maskPII(fw);
    expect(out).toBe('身份证：110*************7X，已登记');
    expect(out).not.toMatch(/[0-9０-９]{6,}/);
  });
});

describe('maskPII: 15-digit legacy ID numbers', () => {
  it.each([
    ['plain', '110101900307457', '110**********57'],
    ['in text', '老身份证110101900307457。', '老身份证110**********57。'],
  ])('%s', (_name, input, expected) => {
    expect(maskPII(input)).toBe(expected);
  });
});

describe('maskPII: mobile numbers', () => {
  it.each([
    ['plain', '13812345678', '138****5678'],
    ['hyphens', '138-1234-5678', '138****5678'],
    ['spaces', '138 1234 5678', '138****5678'],
    ['+86 with spaces', '+86 139 0000 1111', '139****1111'],
    ['+86 glued', '+8613900001111', '139****1111'],
    ['86- prefix', '86-13900001111', '139****1111'],
    ['in Chinese text', '联系电话13812345678请回电', '联系电话138****5678请回电'],
    ['after full-width punctuation', '电话：13812345678）', '电话：138****5678）'],
    ['full width', '电话１３８１２３４５６７８', '电话138****5678'],
    ['two numbers', '13812345678、15900001111', '138****5678、159****1111'],
    ['199 prefix', '19912345678', '199****5678'],
  ])('%s', (_name, input, expected) => {
    expect(maskPII(input)).toBe(expected);
  });
});

describe('maskPII: what must stay readable', () => {
  it.each([
    ['a date', '20261001'],
    ['an ISO date', '2026-10-01'],
    ['a date-time', '2026-10-01 08:30:00'],
    ['amounts', '涉案金额12000元，赔偿3500.50元'],
    ['counts', '3人上访，15户'],
    ['unix seconds', '1763926625'],
    ['unix milliseconds', '1763926625123'],
    ['a WeCom app MsgId (64-bit integer)', '4561255354251345929'],
    ['a WeCom smart-bot msgid', 'CAIQ16HMjQYY/NGagIOAgAMgq4KM0AI='],
    ['a uuid', '3f2b8c1e-9a4d-4e6f-8b2a-1c3d5e7f9a0b'],
    ['a landline-free 10-digit number', '1234567890'],
    ['an 11-digit number not starting 13-19', '12812345678'],
    ['19 digits', '1101011990030745781'],
    ['no digits', '零报告：本村今日无异常'],
    ['a port and host', '127.0.0.1:6379'],
  ])('%s', (_name, input) => {
    expect(maskPII(input)).toBe(input);
  });
});

describe('maskUrlSecrets / maskForLog', () => {
  it('masks webhook keys and access tokens in URLs', () => {
    expect(maskUrlSecrets('POST https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-7xxx failed')).toBe(
      'POST https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=[已脱敏] failed',
    );
    expect(maskUrlSecrets('https://oapi.dingtalk.com/robot/send?access_token=abc123&timestamp=1&sign=xyz%3D')).toBe(
      'https://oapi.dingtalk.com/robot/send?access_token=[已脱敏]&timestamp=1&sign=[已脱敏]',
    );
  });

  it('applies both maskers', () => {
    expect(maskForLog('send to 13812345678 via ?key=secretvalue')).toBe('send to 138****5678 via ?key=[已脱敏]');
  });
});
