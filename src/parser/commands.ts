import type { CommandName } from './schema.js';

// Instructions to the bot. A command word at the very start (帮助, 确认…, 撤回…) makes the whole message a
// command, even if it names a report (“确认 张庄村今日报告属实”, “作废刚才那条零报告”). A command phrase
// elsewhere (零报告格式是什么？, 今天谁没报) counts only in a short message that holds no report.

const LEAD = /^[\s,.:;!?、。【】[\]()]*/;
const STRONG: readonly [CommandName, RegExp][] = [
  ['help', /^(?:帮助|help|使用说明|菜单|功能|指令|命令)(?![\u4e00-\u9fa5]{4})/i],
  ['missing', /^(?:查询未报|查未报|未报名单|未报|谁没报|谁还没报|缺报|哪些(?:村|单位|社区)?(?:还)?没报)/],
  ['stats', /^(?:统计|汇总|本周情况|本月情况|查询统计|情况汇总|数据统计)/],
  ['confirm', /^(?:确认(?!收到|已收到|收悉)|签字|同意上报|审核通过|审签|审核同意)/],
  ['undo', /^(?:撤回|作废|撤销|删除(?:刚才|上一条|那条|这条))/],
];
const WEAK: readonly [CommandName, RegExp][] = [
  ['help', /帮助|格式|模板|怎么报|如何报|怎么填|怎么写|怎么发|报送要求|使用方法|样式|范本/],
  ['missing', /(?:谁|哪些|哪个|哪几)[^,。]{0,8}(?:没|未)有?(?:报|交|发|上报)|(?:未报|没报|未上报|漏报)的?[^,。]{0,8}(?:有哪|是哪|名单|列表|情况|单位|谁)|(?:查|看|列)[^,。]{0,6}(?:未报|没报|未交|没交)|(?:未报|没报|没交|未交)的?\s*$/],
  ['stats', /统计|汇总|本周情况|本月情况|上报情况|报送情况|报告情况/],
  ['confirm', /同意上报|确认无误|签字确认|确认上报|确认(?:一下)?(?:今天|今日|本村|我村|我们|本社区)?的?(?:报告|上报|零报告|日研判)/],
  ['undo', /撤回|作废|撤销/],
];

// What the chat app itself posts into the group (“邹丽撤回了一条消息”).
const SYSTEM_NOTICE = /撤回了(?:一条)?消息|加入了群聊|退出了群聊|修改群名/;

/** A command named at the start of the message. */
export function strongCommand(text: string): CommandName | null {
  const t = text.replace(LEAD, '');
  for (const [name, re] of STRONG) if (re.test(t)) return name;
  return null;
}

/** A command phrase anywhere; the caller uses it only for short messages without reports. */
export function weakCommand(text: string): CommandName | null {
  if (text.length > 60 || SYSTEM_NOTICE.test(text)) return null;
  for (const [name, re] of WEAK) if (re.test(text)) return name;
  return null;
}
