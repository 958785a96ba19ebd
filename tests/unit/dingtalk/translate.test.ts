import { describe, expect, it } from 'vitest';
import { RobotMessageSchema } from '../../../src/platforms/dingtalk/schema.js';
import { translateDingtalk } from '../../../src/platforms/dingtalk/translate.js';

const RECEIVED = new Date('2026-11-23T01:00:00Z');

function parse(over: Record<string, unknown>) {
  return RobotMessageSchema.parse({
    msgtype: 'text',
    text: { content: 'x' },
    msgId: 'msg-1',
    conversationId: 'cidG==',
    conversationType: '2',
    senderStaffId: 'staff-1',
    ...over,
  });
}

describe('translateDingtalk', () => {
  it.each([
    [' 张庄村今日零报告', '张庄村今日零报告'],
    ['\u2005张庄村今日零报告 ', '张庄村今日零报告'],
    ['@维稳助手 张庄村今日零报告', '张庄村今日零报告'],
    ['@维稳助手\u2005@张三 张庄村\n零报告', '张庄村\n零报告'],
    ['张庄村 @张三 核实', '张庄村 @张三 核实'],
  ])('text %j → %j', (content, text) => {
    expect(translateDingtalk(parse({ text: { content } }), RECEIVED)?.text).toBe(text);
  });

  it('drops messages with nothing left to read', () => {
    expect(translateDingtalk(parse({ text: { content: '  ' } }), RECEIVED)).toBeUndefined();
    expect(translateDingtalk(parse({ msgtype: 'picture', text: undefined, content: { downloadCode: 'd' } }), RECEIVED)).toBeUndefined();
    expect(translateDingtalk(parse({ msgtype: 'file', text: undefined, content: { fileName: 'a.xlsx' } }), RECEIVED)).toBeUndefined();
  });

  it('uses the speech recognition of an audio message (direct messages)', () => {
    const m = parse({ msgtype: 'audio', text: undefined, conversationType: '1', content: { recognition: '王村今日零报告', duration: 3 } });
    const t = translateDingtalk({ ...m, sessionWebhook: 'https://oapi.dingtalk.com/robot/sendBySession?session=d', sessionWebhookExpiredTime: 1 }, RECEIVED);
    expect(t?.text).toBe('王村今日零报告');
    expect(t?.replyHandle).toMatchObject({ direct: true });
  });

  it('falls back to senderId when senderStaffId is empty (unpublished app), and to the receive time without createAt', () => {
    const m = translateDingtalk(parse({ senderStaffId: '', senderId: '$:LWCP_v1:$enc' }), RECEIVED)!;
    expect(m.userId).toBe('$:LWCP_v1:$enc');
    expect(m.at).toEqual(RECEIVED);
    expect(m.replyHandle).toBeUndefined();
  });

  it('rejects a text message without content and a known type with a broken body', () => {
    expect(RobotMessageSchema.safeParse({ msgtype: 'text', msgId: 'a', conversationId: 'c', conversationType: '2', senderStaffId: 's' }).success).toBe(false);
    expect(RobotMessageSchema.safeParse({ msgtype: 'richText', content: {}, msgId: 'a', conversationId: 'c', conversationType: '2', senderStaffId: 's' }).success).toBe(false);
  });

  it('keeps unknown fields and unknown message types valid', () => {
    const r = RobotMessageSchema.safeParse({ msgtype: 'unknownMsgType', msgId: 'a', conversationId: 'c', conversationType: '2', senderId: 's', newField: 1 });
    expect(r.success).toBe(true);
  });
});
