import { describe, expect, it } from 'vitest';
import { parseRoster } from '../../../src/roster.js';
import { testRosterData } from '../../support/test-roster.js';
import { simulateDays } from '../../support/sim-run.js';

// 督办 on the virtual clock: the real job table fires at superviseAt (09:00) every day; the jobs decide by the work
// calendar. 2026: 国庆 1–7 October off, Saturday 10 October a 调休 working day, 3–4 and 11 October weekend days.

const roster = parseRoster(testRosterData({ periods: [] }));
const HEAD = 'zz-head';
const LI = 'leader-li';

async function run(messages: { at: string; senderId: string; text: string }[], until: string) {
  const { sent } = await simulateDays(roster, { from: '2026-09-28T08:00:00+08:00', until, messages });
  const day = (at: string) => at.slice(0, 10);
  return {
    supervise: sent.filter((l) => l.text.startsWith('🔴【督办】')),
    due: sent.filter((l) => l.text.startsWith('⏰【办结提醒】')),
    day,
  };
}

describe('督办 on the work calendar', () => {
  it('reminds on the working day before the deadline and on it; 【督办】 every working day overdue, skipping the holiday and the weekend, not the 调休 Saturday', async () => {
    const { supervise, due, day } = await run(
      [
        { at: '2026-09-28T10:00:00+08:00', senderId: 'zz-clerk', text: '登记：张庄村 王某某与李某某宅基地纠纷，涉及2户' },
        { at: '2026-09-28T10:05:00+08:00', senderId: LI, text: '包案 案件1 李镇长 9月30日前' },
      ],
      '2026-10-13T10:00:00+08:00',
    );
    // The 责任人 in the units' group, the 包案领导 in the leaders' group: each where they are, once.
    expect(due.map((l) => `${day(l.at)} ${l.chatId}`)).toEqual(['2026-09-29 units-chat', '2026-09-29 leaders-chat', '2026-09-30 units-chat', '2026-09-30 leaders-chat']);
    expect(due.filter((l) => l.chatId === 'units-chat').every((l) => l.mentions.join() === HEAD)).toBe(true);
    expect(due.filter((l) => l.chatId === 'leaders-chat').every((l) => l.mentions.join() === LI)).toBe(true);
    expect(supervise.map((l) => day(l.at))).toEqual(['2026-10-08', '2026-10-09', '2026-10-10', '2026-10-12', '2026-10-13']);
    expect(supervise.every((l) => l.chatId === 'leaders-chat' && l.at.endsWith('T09:00:00+08:00') && l.mentions.includes(LI))).toBe(true);
    expect(supervise.map((l) => /已逾期(\d+)个工作日/.exec(l.text)?.[1])).toEqual(['1', '2', '3', '4', '5']);
    expect(supervise[0]?.text).toContain('案件1 张庄村 王某某与李某某宅基地纠纷｜包案：李镇长｜责任人：张庄村书记｜时限：9月30日');
  });

  it('stops once the 包案领导 confirms the resolution', async () => {
    const { supervise } = await run(
      [
        { at: '2026-09-28T10:00:00+08:00', senderId: 'zz-clerk', text: '登记：张庄村 王某某与李某某宅基地纠纷' },
        { at: '2026-09-28T10:05:00+08:00', senderId: LI, text: '包案 案件1 李镇长 9月30日前' },
        { at: '2026-10-08T18:00:00+08:00', senderId: HEAD, text: '案件1 已化解' },
        { at: '2026-10-09T08:00:00+08:00', senderId: 'zz-clerk', text: '张庄村零报告' },
        { at: '2026-10-09T08:30:00+08:00', senderId: LI, text: '确认 案件1' },
      ],
      '2026-10-12T10:00:00+08:00',
    );
    // Overdue on 8 October; confirmed at 08:30 on the 9th, before that day's 督办.
    expect(supervise.map((l) => l.at.slice(0, 10))).toEqual(['2026-10-08']);
  });

  it('flags an open case whose key person is reported abnormal, before any deadline', async () => {
    const { supervise } = await run(
      [
        { at: '2026-09-28T10:00:00+08:00', senderId: 'zz-clerk', text: '登记：张庄村 王某某与李某某宅基地纠纷' },
        { at: '2026-09-28T10:05:00+08:00', senderId: LI, text: '包案 案件1 李镇长 10月30日前' },
        { at: '2026-09-28T15:00:00+08:00', senderId: 'zz-clerk', text: '张庄村重点人员王某某情绪激动，扬言要去县里上访' },
      ],
      '2026-09-29T10:00:00+08:00',
    );
    expect(supervise).toHaveLength(1);
    expect(supervise[0]?.text).toContain('重点人员异常的案件1件');
    expect(supervise[0]?.text).toContain('⚠️重点人员异常：王某某');
  });
});
