import { describe, expect, it } from 'vitest';
import { AppMessageSchema, parseFlatXml, SmartBotMessageSchema } from '../../../src/platforms/wecom/schema.js';
import { stripLeadingMention, translate } from '../../../src/platforms/wecom/translate.js';

const NOW = new Date('2026-11-23T07:00:00Z');

describe('stripLeadingMention', () => {
  it.each([
    ['@维稳助手 张庄村今日零报告', '张庄村今日零报告'],
    ['@维稳助手\u2005张庄村今日零报告', '张庄村今日零报告'],
    ['  @RobotA hello robot', 'hello robot'],
    ['@维稳助手', ''],
    ['张庄村今日零报告', '张庄村今日零报告'],
    ['张庄村 @维稳助手 零报告', '张庄村 @维稳助手 零报告'],
  ])('%j → %j', (input, expected) => {
    expect(stripLeadingMention(input)).toBe(expected);
  });
});

describe('translate (smart bot)', () => {
  const base = { msgid: 'CAIQ16HMjQYY/NGagIOAgAMgq4KM0AI=', aibotid: 'AIBOT', chatid: 'wrkGroup', chattype: 'group', from: { userid: 'zhangsan' }, response_url: 'https://qyapi.weixin.qq.com/cgi-bin/aibot/response?response_code=X' };

  it('translates a group text message', () => {
    const msg = SmartBotMessageSchema.parse({ ...base, msgtype: 'text', text: { content: '@维稳助手 零报告' } });
    expect(translate(msg, NOW)).toEqual({
      platform: 'wecom',
      msgId: base.msgid,
      chatId: 'wrkGroup',
      userId: 'zhangsan',
      text: '零报告',
      at: NOW,
      replyHandle: { responseUrl: base.response_url },
    });
  });

  it('uses create_time when WeCom gives one', () => {
    const msg = SmartBotMessageSchema.parse({ ...base, create_time: 1763881200, msgtype: 'text', text: { content: 'x' } });
    expect(translate(msg, NOW)?.at.toISOString()).toBe('2025-11-23T07:00:00.000Z');
  });

  it('takes a voice message by its transcript', () => {
    const msg = SmartBotMessageSchema.parse({ ...base, chattype: 'single', chatid: undefined, msgtype: 'voice', voice: { content: '张庄村今日零报告' } });
    expect(translate(msg, NOW)).toMatchObject({ chatId: `single:${base.from.userid}`, text: '张庄村今日零报告' });
  });

  it('ignores images, events, voice without a transcript and unknown types', () => {
    for (const extra of [{ msgtype: 'image', image: { url: 'u' } }, { msgtype: 'event', event: { eventtype: 'enter_chat' } }, { msgtype: 'voice', voice: {} }]) {
      expect(translate(SmartBotMessageSchema.parse({ ...base, ...extra }), NOW)).toBeUndefined();
    }
  });

  it('rejects a text message without text, and a numeric msgid (JSON.parse already lost its digits)', () => {
    expect(SmartBotMessageSchema.safeParse({ ...base, msgtype: 'text' }).success).toBe(false);
    expect(SmartBotMessageSchema.safeParse({ ...base, msgid: 4561255354251346000, msgtype: 'text', text: { content: 'x' } }).success).toBe(false);
  });
});

describe('self-built app XML', () => {
  it('parses flat XML with CDATA and entities, keeping the 64-bit MsgId as a string', () => {
    const xml =
      '<xml><ToUserName><![CDATA[wwcorp]]></ToUserName><FromUserName><![CDATA[LiSi]]></FromUserName><CreateTime>1763881200</CreateTime><MsgType><![CDATA[text]]></MsgType><Content>a &lt;b&gt; &amp; 零报告</Content><MsgId>4561255354251345929</MsgId><AgentID>1000002</AgentID></xml>';
    const fields = parseFlatXml(xml);
    expect(fields?.Content).toBe('a <b> & 零报告');
    const msg = AppMessageSchema.parse(fields);
    expect(translate(msg, NOW)).toMatchObject({ msgId: 'app:LiSi:1763881200:4561255354251345929', chatId: 'single:LiSi', userId: 'LiSi', text: 'a <b> & 零报告' });
  });

  it('keeps an element with children as its raw inner text (模板卡片事件推送’s SelectedItems), the rest as fields', () => {
    const xml =
      '<xml><ToUserName><![CDATA[wwcorp]]></ToUserName><FromUserName><![CDATA[LiSi]]></FromUserName><CreateTime>1763881200</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[template_card_event]]></Event><EventKey><![CDATA[wwb1:0:abc]]></EventKey><TaskId><![CDATA[task1]]></TaskId><CardType><![CDATA[button_interaction]]></CardType><ResponseCode><![CDATA[RC1]]></ResponseCode><AgentID>1</AgentID><SelectedItems><SelectedItem><QuestionKey><![CDATA[q1]]></QuestionKey><OptionIds><OptionId><![CDATA[o1]]></OptionId><OptionId><![CDATA[o2]]></OptionId></OptionIds></SelectedItem></SelectedItems></xml>';
    const fields = parseFlatXml(xml);
    expect(AppMessageSchema.parse(fields)).toMatchObject({ Event: 'template_card_event', EventKey: 'wwb1:0:abc', TaskId: 'task1', ResponseCode: 'RC1' });
    expect(fields?.SelectedItems).toContain('<OptionId><![CDATA[o2]]></OptionId>');
    expect(parseFlatXml('<xml><A><B>1</B></A></xml>')).toEqual({ A: '<B>1</B>' });
  });

  it('returns undefined for text that is not flat WeCom XML', () => {
    expect(parseFlatXml('<xml><A><B>1</B></xml>')).toBeUndefined();
    expect(parseFlatXml('{"encrypt":"x"}')).toBeUndefined();
    expect(parseFlatXml('<xml><Encrypt>')).toBeUndefined();
  });

  it('ignores app events', () => {
    const msg = AppMessageSchema.parse({ ToUserName: 'wwcorp', FromUserName: 'LiSi', CreateTime: '1', MsgType: 'event', Event: 'enter_agent' });
    expect(translate(msg, NOW)).toBeUndefined();
  });
});
