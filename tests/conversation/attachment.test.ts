import { describe, expect, it } from 'vitest';
import { conversation } from '../../src/strings.js';
import { makeChat } from '../support/make-deps.js';

// A report in a file, a picture or a mailbox: the bot cannot read it, so it says so instead of keeping silent, and
// the unit is still missing until it is typed.

describe('a report the bot cannot open', () => {
  it.each(['[文件] 石桥村12月9日稳控日报.xls', '桃园村日研判表.docx', '研判表在上面截图里', '今天的排查表已上传到系统了', '零报告表格见附件'])('%s → asked to type it', async (text) => {
    const chat = makeChat({ now: '2026-12-09T09:00:00+08:00' });
    const [reply] = await chat.say('taoyuan-clerk', text);
    expect(reply?.text).toBe(conversation.attachedReport());
    expect((await chat.store.getDay('青石镇', '2026-12-09')).get('桃园村')).toBeUndefined();
  });

  it.each(['[图片]', '今天入户走访的照片发群里了', '[文件] 关于做好元旦期间信访维稳工作的通知.pdf'])('no report word: %s stays unanswered', async (text) => {
    const chat = makeChat({ now: '2026-12-09T09:00:00+08:00' });
    expect(await chat.say('taoyuan-clerk', text)).toEqual([]);
  });

  it('the office sharing a table is not asked to type it; a report said in the message is registered', async () => {
    const chat = makeChat({ now: '2026-12-09T09:00:00+08:00' });
    expect(await chat.say('zongzhi-zhao', '[文件] 12月9日各村研判汇总表.xlsx')).toEqual([]);
    expect((await chat.say('taoyuan-clerk', '桃园村零报告，签字版见附件'))[0]?.text).toContain('已登记：桃园村 12月9日 零报告');
  });
});
