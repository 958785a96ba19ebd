// Every user-facing Chinese string lives here, as named functions. Handlers, jobs and tests use these, so
// rewording a reply changes one line and no test. Keep replies short: they are read on phones in busy groups.
import type { ParseWarningCode } from './parser/schema.js';

// ——— parser warnings (CLI output and receipts) ———
const PARSE_WARNINGS: Record<ParseWarningCode, string> = {
  self_contradiction: '消息写了“零报告”，但又报告了情况；已按实际情况登记，未登记零报告。',
  unknown_unit: '消息中的村（社区）不在名册中，请核对名称。',
  future_date: '报告日期晚于发送日期，请核对日期。',
  no_unit: '未能识别是哪个村（社区）的报告，请在消息中写明村（社区）名称。',
  truncated: '消息过长，只解析了前面部分。',
};
export function parseWarningText(code: ParseWarningCode): string {
  return PARSE_WARNINGS[code];
}

// ——— conversation (handlers/) ———

// ——— scheduled messages (jobs/) ———

// ——— platform and server notices ———
