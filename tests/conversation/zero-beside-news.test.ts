import { describe, expect, it } from 'vitest';
import { parseWarningText } from '../../src/strings.js';
import { makeChat } from '../support/make-deps.js';

// A message that reports anything never yields a zero report, whichever unit's news it is: a 片区 summary of one
// unit's zero report and another unit's incident files the incident, and the receipt asks the quiet unit to send its
// zero report alone (it is not counted as reported until it does).

describe('one unit\'s zero report beside another unit\'s news, in one message', () => {
  it('files the news, not the zero report, and says so; the zero report sent alone then counts', async () => {
    const chat = makeChat({ now: '2026-10-02T15:10:00+08:00' });
    const out = await chat.send('zhangzhuang-clerk', '张庄村零报告；王庄村有3名村民到镇里反映灌溉问题，已接待');
    const reply = out.find((m) => m.kind === 'reply')?.text ?? '';
    expect(reply).toContain(parseWarningText('zero_beside_news'));
    expect(out.some((m) => m.kind === 'alert')).toBe(true);
    const day = await chat.store.getDay('青石镇', '2026-10-02');
    expect(day.get('张庄村')?.zero).toBeUndefined();
    expect(day.get('王庄村')?.incidents).toHaveLength(1);
    await chat.say('zhangzhuang-clerk', '张庄村零报告');
    expect((await chat.store.getDay('青石镇', '2026-10-02')).get('张庄村')?.zero).toBeDefined();
  });
});
