import { alt, DENIED_ACT_WORDS, FUTURE_DAY_WORDS, NAMED_DAY, GO_ALONG_PLANS, KIN_WORDS, LATER_AGAIN_WORDS, NOT_YET_ACTED_WORDS, TAKE_ALONG_PLANS } from './lexicon.js';
import type { Incident, Report } from './schema.js';

// Whether a message tells what happened or what may happen. The leaders act differently on `到县上访，6人` than on
// `扬言到市上访（风险）` or `可能进京上访（未核实）`, so an alert must never turn a threat into an act.
// The words are part of the parser's lexicon; a reported act beside a threat (昨天扬言，今天已到县) is an act. A search
// under way (可能去市里了，正在找) is the cadres' act, not the person's.

export type Modality = 'act' | 'threat' | 'plan' | 'rumour';

const ACT = /已(?:经)?(?:到|去|赴)|到了|去了|正在(?!核实|了解|调查|排查|稳控|做工作|做思想工作|劝|找|寻找|查找|搜寻|联系|打听)|已劝返|已接回|劝返|接回|截访|到达|聚集在|围堵|堵门|拉横幅/;
// (不给答复就回来上访, 不解决就去北京: what the person will do if something is not done.)
// (嚷嚷要上北京, 吵着要去省里: a going shouted, not yet done; not 到场部吵着要地, a scene's demand.)
const THREAT = /扬言|威胁|声称|叫嚷|(?:嚷嚷|嚷着|吵着|喊着|闹着)要?(?=去|到|上|进|赴)|放话|扬称|要挟|扬要|口头表示要|表示要|不[^,;。]{1,10}?就[^,;。]{0,8}?(?:回来|去|到|赴|进|上访|告)/;
const RUMOUR = /听说|据说|传言|传闻|有人说|可能|疑似|未核实|待核实|正在核实|不确定|或将|也许|不排除|据反映/;
// (坐火车去北京了，说是要去上访: gone, said with 了 after the place, beside a plan of what to do there; not wanted, said or
// guessed: 要去北京了, 可能去市里了, which the other cues read first.)
// (去县城闺女家了: a visit to kin, no going to petition.)
const GONE = new RegExp(`(?<!要|想|说|准备|打算|就|可能|也许|或许|估计|好像|大概|怕是|疑似)(?:去|到|跑到|跑去)(?![^,;。了要想说]{0,6}?(?:${alt(KIN_WORDS.filter((k) => k.length > 1))}|闺女|姑娘|亲戚)家)[^,;。了要想说]{1,8}了(?![吗么没])`);
// (说明天要带几个人去县里反映: a day to come before the going; 要带人去: taking people along, still to happen; not the
// cadres' own next step: 我明天再去劝. 联名写信到县里，还没行动: said not done yet. 不解决他就初六去北京: a day after a
// condition's 就, 想3号再去县里 one after 想 or 要. 初八以后再去县里: again, later. 商量初八后联名去省里: talked over.)
const PLAN = new RegExp(`准备|打算|计划|想去|想要去|欲|拟|要[“"]?去(?!年)|要上(?=北京|京|省|市|县|区|镇|乡)|将去|商量(?:着|好)?[^,;。]{0,10}?(?:去|到|赴|进京)|组织.{0,6}(?:上访|进京|赴省)|(?<!我|我们|村里|村干部|干部)(?:${alt(FUTURE_DAY_WORDS)})[^,;。]{0,8}?(?:去|到|赴|进京|上(?:北京|京|省|市|县|区))|(?:${alt(TAKE_ALONG_PLANS)})[^,;。]{0,8}?(?:去|到|赴)|(?:${alt(GO_ALONG_PLANS)})[^,;。]{1,12}?(?:去|到|赴)|(?:说|讲|喊)[^,;。]{0,4}?${NAMED_DAY}(?:要|就|还要|再)?(?:一起|一块)?(?:去|到|赴|上|进)|(?:就|想|要)${NAMED_DAY}(?:再|又|一起|一块)?(?:去|到|赴|进)|${alt(NOT_YET_ACTED_WORDS)}|(?:${alt(LATER_AGAIN_WORDS)})(?:去|到|赴|进|来)`);

/** The modality of a clause or message (a parser result without its own modality is read with this). */
export function modalityOf(text: string): Modality {
  if (ACT.test(text)) return 'act';
  if (THREAT.test(text)) return 'threat';
  if (RUMOUR.test(text)) return 'rumour';
  if (GONE.test(text)) return 'act';
  if (PLAN.test(text)) return 'plan';
  return 'act';
}

/** Where the first threat or plan word of `text` stands (扬言, 要去, 明天…去), or -1. */
export function planCueAt(text: string): number {
  const t = THREAT.exec(text)?.index ?? -1;
  const p = PLAN.exec(text)?.index ?? -1;
  return t < 0 ? p : p < 0 ? t : Math.min(t, p);
}

/**
 * The reports with the modality of each petition told of set, from the message's text: a person's from the clause that
 * names them, an incident's from its summary. Done once here, so the receipt, the alert, the digest, the 看板 and a
 * 查询 days later all say 扬言 where the message said it.
 */
export function markModality(reports: Report[], text: string): Report[] {
  return reports.map((r) => {
    if (r.kind === 'incident') {
      const m = modalityOf(r.summary ?? text);
      return m === 'act' ? r : { ...r, modality: m };
    }
    if (r.kind !== 'key_person' || !r.persons.some((p) => p.escalation)) return r;
    return {
      ...r,
      persons: r.persons.map((p) => {
        const m = p.escalation ? modalityOf(clauseOf(text, p.name)) : 'act';
        return m === 'act' ? p : { ...p, modality: m };
      }),
    };
  });
}

/** An incident's modality: kept with it, or read from its summary when it was stored before modality was kept. */
export function incidentModality(r: { modality?: Incident['modality'] | undefined; summary?: string | undefined }): Modality {
  return r.modality ?? modalityOf(r.summary ?? '');
}

/** The clause of `text` that names `name` (a person), else the whole text. */
export function clauseOf(text: string, name: string): string {
  const at = text.indexOf(name);
  if (at < 0) return text;
  const stops = /[。；;！!？?\n]/g;
  let start = 0;
  let end = text.length;
  for (const m of text.matchAll(stops)) {
    if (m.index < at) start = m.index + 1;
    else if (m.index >= at + name.length) {
      end = m.index;
      break;
    }
  }
  return text.slice(start, end);
}

const DENIED = new RegExp(alt(DENIED_ACT_WORDS));
/** The text says that what was told before did not happen (不是去市信访局, 没有去县里, 系误传). */
export function deniesAct(text: string): boolean {
  return DENIED.test(text);
}
