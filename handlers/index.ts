import type { Deps } from '../src/core/deps.js';
import type { InboundMessage } from '../src/core/message.js';
import { shanghaiDate } from '../src/dates.js';
import { parseMessage } from '../src/parser/parse-message.js';
import { askFormat } from './ask-format.js';
import { attachment } from './attachment.js';
import { caseAssign } from './case-assign.js';
import { caseClose } from './case-close.js';
import { caseExport } from './case-export.js';
import { caseList } from './case-list.js';
import { casePerson } from './case-person.js';
import { caseRanking } from './case-ranking.js';
import { caseProgress } from './case-progress.js';
import { caseRegister } from './case-register.js';
import { caseShow } from './case-show.js';
import { chatter } from './chatter.js';
import { confirm } from './confirm.js';
import { dashboard } from './dashboard.js';
import { excuse } from './excuse.js';
import { help } from './help.js';
import { instruction } from './instruction.js';
import { history } from './history.js';
import { leave } from './leave.js';
import { missing } from './missing.js';
import { answerNo, answerYes, askGuess } from './pending-question.js';
import { asPlainRequest } from './plain-request.js';
import { promisedLater } from './promised-later.js';
import { query } from './query.js';
import { question } from './question.js';
import { stats } from './stats.js';
import { submitReport } from './submit-report.js';
import { supervise } from './supervise.js';
import type { Handler, HandlerContext } from './types.js';
import { undo } from './undo.js';

/** The conversation, as a table: the first row that matches handles the message; the last row always matches. */
export const handlers: readonly Handler[] = [
  // 是/对: the answer to the bot's last question to this sender here (nothing else is said in one word like that).
  answerYes,
  answerNo,
  // The ledger's commands first: they have their own syntax (案件12, 登记：, 包案, 销号), and “确认 案件12” is not 确认.
  caseExport,
  dashboard,
  caseRegister,
  casePerson,
  caseRanking,
  caseList,
  caseAssign,
  caseProgress,
  caseClose,
  caseShow,
  help,
  missing,
  stats,
  confirm,
  undo,
  history,
  query,
  supervise,
  excuse,
  leave,
  submitReport,
  askGuess,
  // 研判表.xlsx, 见上面图片: before askFormat, whose “没看懂” would send the sender to the formats for nothing.
  attachment,
  // 晚点报: the report is still due, and by when.
  promisedLater,
  askFormat,
  // 南关村那个事让马成盯紧点: a leader's instruction about a unit; 督办 is offered.
  instruction,
  question,
  chatter,
];

/**
 * Builds the function the Inbox calls for every accepted message. With a `source` (the inbox's, per message), the
 * handlers send through the notifier's from(source), so a message handled again sends nothing twice.
 */
export function createDispatch(all: Deps, table: readonly Handler[] = handlers): (msg: InboundMessage, source?: string) => Promise<void> {
  return async (msg, source) => {
    const deps = source && all.notifier.from ? { ...all, notifier: all.notifier.from(source) } : all;
    const sender = deps.roster.sender(msg.platform, msg.userId);
    const senderUnit = sender.kind === 'member' ? sender.unit : null;
    const said = parseMessage({ text: msg.text, sentAt: msg.at, senderUnit }, deps.roster.unitNames);
    // 这个月越级上访排名 is handled as 越级排名 would be; the raw message kept for audit is what was said.
    const request = asPlainRequest(msg, said, sender, deps);
    const parsed = request ? parseMessage({ text: request.text, sentAt: msg.at, senderUnit }, deps.roster.unitNames) : said;
    const ctx: HandlerContext = {
      msg: request ?? msg,
      parsed,
      sender,
      deps,
      today: shanghaiDate(msg.at),
      raw: { msgId: msg.msgId, platform: msg.platform, chatId: msg.chatId, senderId: msg.userId, at: msg.at.toISOString(), text: msg.text },
      reply: (text, mentions, choices) =>
        deps.notifier.send({
          platform: msg.platform,
          chatId: msg.chatId,
          kind: 'reply',
          text,
          mentions: mentions ?? (sender.kind === 'unknown' ? [] : [sender.id]),
          replyTo: msg,
          ...(choices?.length ? { choices } : {}),
        }),
    };
    const handler = table.find((h) => h.match(ctx)) ?? chatter;
    deps.logger.debug({ handler: handler.name, msgId: msg.msgId, kinds: parsed.reports.map((r) => r.kind) }, 'dispatch');
    const storedRaw = await handler.handle(ctx);
    // Every inbound message is kept for audit, even chatter; report handlers keep it inside their atomic write.
    if (!storedRaw) await deps.store.applyMessage({ township: deps.roster.roster.township, raw: ctx.raw, put: [] });
  };
}
