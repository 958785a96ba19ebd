// A small hand-countable scenario for the ledger's figures and workbooks, through the real chat (sample roster).
import { makeChat } from './make-deps.js';

/**
 * 1–2 December 2026 (Tue, Wed), 青石镇 sample roster:
 * - 案件1 张庄村 dispute registered 12-01, 包案 李镇长 by 12-03, claimed 12-02 09:00, confirmed 12-02 10:00;
 * - 案件2 河西村 incident (到县上访) 12-01, 包案 王主任 by 12-02, still open;
 * - 张庄村 日研判 12-01 (排查2, 化解1), signed by head and team leader; 河西村's incident is its report that day;
 *   李家湾村 零报告 after the deadline (迟报); every other unit-day missing.
 */
export async function ledgerScenario() {
  const chat = makeChat({ now: '2026-12-01T09:00:00+08:00' });
  const at = async (time: string, who: string, text: string) => {
    chat.clock.set(`2026-12-${time}+08:00`);
    await chat.say(who, text);
  };
  await at('01T09:00:00', 'zhangzhuang-clerk', '登记：张庄村 王某某与李某某宅基地纠纷，涉及2户');
  await at('01T09:10:00', 'leader-li', '包案 案件1 李镇长 12月3日前');
  await at('01T10:00:00', 'hexi-clerk', '河西村即时报告：村民赵某某到县信访局上访，已劝返');
  await at('01T10:30:00', 'leader-wang', '包案 案件2 王主任 12月2日前');
  await at('01T15:00:00', 'zhangzhuang-clerk', '张庄村日研判：排查矛盾纠纷2起，化解1起，重点人员3人均稳定，总体平稳');
  await at('01T15:20:00', 'zhangzhuang-head', '确认');
  await at('01T15:30:00', 'zhangzhuang-team', '确认');
  await at('01T17:00:00', 'lijiawan-clerk', '李家湾村零报告');
  await at('02T09:00:00', 'zhangzhuang-head', '案件1 已化解');
  await at('02T10:00:00', 'leader-li', '确认 案件1');
  return chat;
}
