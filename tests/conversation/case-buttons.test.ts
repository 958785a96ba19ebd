import { describe, expect, it } from 'vitest';
import { buttons, ledger } from '../../src/strings.js';
import { makeChat } from '../support/make-deps.js';

// The ledger's buttons for leaders. Each stands for the command a leader would type, so what a press may do is what
// typing it may do: pressing is sending the button's command as the presser (the platform tests show a real press
// arriving as exactly that message).

const CLERK = 'zhangzhuang-clerk'; // 王磊, 张庄村
const LI = 'leader-li'; // 李镇长
const WANG = 'leader-wang'; // 王主任

describe('ledger buttons', () => {
  it('a new incident’s alert offers 包案 and 已化解; a cadre’s 包案 is refused, a leader’s takes the case for the presser', async () => {
    const chat = makeChat({ now: '2026-12-01T09:00:00+08:00' });
    const sent = await chat.send(CLERK, '张庄村即时报告：村民李某某今天上午到县信访局上访，村干部已赶往劝返');
    const alert = sent.find((m) => m.kind === 'alert');
    expect(alert?.chatId).toBe('leaders-chat');
    expect(alert?.choices).toEqual([
      { label: buttons.assignCase(1), command: buttons.assignCaseCommand(1) },
      { label: buttons.resolveCase(1), command: buttons.resolveCase(1) },
    ]);
    const press = async (userId: string, label: string) => chat.say(userId, alert!.choices!.find((c) => c.label === label)!.command);

    expect((await press(CLERK, buttons.assignCase(1)))[0]?.text).toBe(ledger.refusal('leader_only_assign', 1));
    expect((await chat.cases.get('青石镇', 1))?.leaderId).toBeUndefined();
    const [taken] = await press(LI, buttons.assignCase(1));
    expect(taken?.text).toBe(ledger.assignedNoDeadline({ no: 1, leader: '李镇长', owner: '张建国', stabilizer: '刘芳' }));
    expect(await chat.cases.get('青石镇', 1)).toMatchObject({ status: 'assigned', leaderId: LI });
    // The time limit follows, typed, as the reply asks.
    const [dated] = await chat.say(LI, '包案 案件1 我 12月20日前');
    expect(dated?.text).toBe(ledger.assigned({ no: 1, leader: '李镇长', owner: '张建国', stabilizer: '刘芳', deadline: '2026-12-20' }));
  });

  it('已化解 from the unit waits for the 包案领导, whose reply button 确认 only they may use', async () => {
    const chat = makeChat({ now: '2026-12-01T09:00:00+08:00' });
    const [reg] = await chat.say(CLERK, '登记：张庄村 王某某与李某某宅基地纠纷，涉及2户');
    expect(reg?.choices).toEqual([{ label: buttons.assignCase(1), command: buttons.assignCaseCommand(1) }]);
    await chat.say(LI, reg!.choices![0]!.command);
    const [claimed] = await chat.say(CLERK, buttons.resolveCase(1));
    expect(claimed?.text).toBe(ledger.claimed(1, 'resolved', '李镇长'));
    expect(claimed?.mentions).toContain(LI);
    expect(claimed?.choices).toEqual([{ label: buttons.confirmCase(1), command: buttons.confirmCase(1) }]);
    expect((await chat.say(WANG, claimed!.choices![0]!.command))[0]?.text).toBe(ledger.refusal('leader_only_confirm', 1, '李镇长'));
    expect((await chat.cases.get('青石镇', 1))?.status).toBe('claimed');
    expect((await chat.say(LI, claimed!.choices![0]!.command))[0]?.text).toBe(ledger.confirmed(1, 'resolved'));
    expect((await chat.cases.get('青石镇', 1))?.status).toBe('resolved');
  });

  it('a report receipt keeps its own buttons (确认 / 撤回), not the ledger’s', async () => {
    const chat = makeChat({ now: '2026-12-01T09:00:00+08:00' });
    const [receipt] = await chat.say(CLERK, '张庄村今日零报告');
    expect(receipt?.text).toContain('已登记');
    expect(receipt?.choices?.map((c) => c.label)).toEqual([buttons.confirm, buttons.undo]);
  });
});
