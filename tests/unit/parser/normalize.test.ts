import { describe, expect, it } from 'vitest';
import { MAX_PARSE_CHARS, normalizeText } from '../../../src/parser/normalize.js';

describe('normalizeText', () => {
  it.each([
    ['full-width digits and punctuation', '马坊村１１月２０日零报告，无上访。', '马坊村11月20日零报告,无上访。'],
    ['Traditional characters', '馬坊村今日零報告，無進京上訪', '马坊村今日零报告,无进京上访'],
    ['emoji and skin tones', '🙏马坊村零报告👍🏻✅', '马坊村零报告'],
    ['a bot mention glued to the text', '@机器人马坊零报告', '马坊零报告'],
    ['a person mention followed by a space', '@李主任 收到', '收到'],
    ['media placeholders', '[图片][强]', ''],
    ['typos of 纠纷 / 人员 / 上访', '排查矛盾纠份2起，重点认员3人，到县上仿', '排查矛盾纠纷2起,重点人员3人,到县上访'],
    ['上方 after a place only', '无进京上方，见上方通知', '无进京上访,见上方通知'],
    ['〇 as a numeral', '二〇二六年', '二零二六年'],
    ['control characters and CRLF', 'a\u0000b\r\nc\u200b', 'ab\nc'],
  ])('%s', (_label, raw, want) => {
    expect(normalizeText(raw).text).toBe(want);
  });

  it('drops unpaired surrogates but keeps paired ones', () => {
    expect(normalizeText('零\uD800报告\uDC00').text).toBe('零报告');
  });

  it('cuts very long texts and says so', () => {
    const r = normalizeText('零'.repeat(MAX_PARSE_CHARS + 10));
    expect(r.truncated).toBe(true);
    expect(r.text.length).toBe(MAX_PARSE_CHARS);
  });
});
