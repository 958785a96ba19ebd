import { describe, expect, it } from 'vitest';
import { conversation, ledger } from '../../src/strings.js';
import { makeChat } from '../support/make-deps.js';

// 台账 asked in the chat: the active cases, overdue first; a unit's member sees the unit's own.

const CLERK = 'zhangzhuang-clerk'; // 王磊, 张庄村
const OTHER = 'lijiawan-clerk'; // 李家湾村
const LI = 'leader-li'; // 李镇长

describe('台账 in the chat', () => {
  it('lists the active cases for a leader, overdue first, and only the unit’s own for its member', async () => {
    const chat = makeChat({ now: '2026-12-01T09:00:00+08:00' });
    expect((await chat.say(LI, '台账'))[0]?.text).toBe(ledger.list({ scope: '', overdueOnly: false, total: 0, overdue: 0, cases: [] }));
    await chat.say(CLERK, '登记：张庄村 王某某与李某某宅基地纠纷，涉及2户');
    await chat.say(OTHER, '登记：李家湾村 赵某某与钱某某排水沟纠纷');
    await chat.say(CLERK, '登记：张庄村 孙某某赡养纠纷');
    await chat.say(LI, '包案 案件2 李镇长 12月3日前');
    await chat.say(LI, '包案 案件3 李镇长 12月20日前');
    await chat.say(CLERK, '案件3 已化解');

    // Thursday 12月3日 has passed by Monday 12月7日: two working days (Friday, Monday) overdue.
    chat.clock.set('2026-12-07T10:00:00+08:00');
    const [all] = await chat.say(LI, '@机器人 台账');
    const text = all?.text ?? '';
    expect(text.split('\n')[0]).toBe('📁【台账】未办结3件（逾期1件）：');
    const lines = text.split('\n').filter((l) => l.startsWith('· '));
    expect(lines.map((l) => /案件(\d+)/.exec(l)?.[1])).toEqual(['2', '1', '3']);
    expect(lines[0]).toContain('［办理中］');
    expect(lines[0]).toContain('已逾期2个工作日');
    expect(lines[1]).toContain('［待包案］');
    expect(lines[2]).toContain('［待确认］');

    const [overdue] = await chat.say(LI, '哪些案件超期了？');
    expect(overdue?.text.split('\n')[0]).toBe('📁【台账】逾期未办结1件：');

    const [own] = await chat.say(CLERK, '台账');
    expect(own?.text.split('\n')[0]).toBe('📁【台账】张庄村未办结2件：');
    expect(own?.text).not.toContain('李家湾村');

    expect((await chat.say('stranger-01', '台账'))[0]?.text).toBe(ledger.refusal('not_rostered'));
  });

  it('张庄村历史 is the history of that unit, as 历史 张庄村 is; 王某某有上访历史 is not a command', async () => {
    const chat = makeChat({ now: '2026-12-01T09:00:00+08:00' });
    await chat.say(CLERK, '张庄村零报告');
    const [a] = await chat.say(LI, '历史 张庄村');
    const [b] = await chat.say(LI, '张庄村历史');
    expect(a?.text).toContain('张庄村');
    expect(b?.text).toBe(a?.text);
    const [c] = await chat.say(CLERK, '张庄村重点人员王某某有上访历史');
    expect(c?.text).not.toBe(a?.text);
    expect(c?.text).not.toBe(conversation.needUnit('历史 张庄村 12月2日'));
  });
});
