import { analyse } from './analysis.js';
import {
  CALM_WORDS,
  COUNT_FIELDS,
  DISPUTE_WORDS,
  ELSEWHERE_MARKERS,
  HEARSAY_MARKERS,
  MISSING_WORDS,
  MODAL_AFTER,
  MODAL_BEFORE,
  NEGATORS,
  NONE_ANSWERS,
  PAST_MARKERS,
  PETITION_ACTS,
  PLAIN_DISTRESS_WORDS,
  SAME_AS_BEFORE,
  WARNING_MARKERS,
  ZERO_REPORT_WORDS,
} from './lexicon.js';
import { shanghaiDate } from '../dates.js';
import { dayMentions, findDate } from './dates.js';
import { normalizeText } from './normalize.js';
import { parseMessage } from './parse-message.js';
import type { ParseInput, ParseResult, Report, UnitName } from './schema.js';

// `parse --explain`: for each report, the clauses of the normalised text that bear on it, with their facts (scope,
// modality, negation) and the lexicon entries found in them. It re-reads the message with the same normaliser and
// clause analysis the parser uses; it is a reading aid for someone fixing a phrasing, not a second parser.

const FAMILIES: Record<string, readonly string[]> = {
  ZERO_REPORT_WORDS,
  CALM_WORDS,
  NONE_ANSWERS: NONE_ANSWERS.filter((w) => w.length > 1),
  SAME_AS_BEFORE,
  PETITION_ACTS,
  DISPUTE_WORDS,
  MISSING_WORDS,
  PLAIN_DISTRESS_WORDS,
  NEGATORS,
  MODAL_BEFORE,
  MODAL_AFTER,
  PAST_MARKERS,
  HEARSAY_MARKERS,
  ELSEWHERE_MARKERS,
  WARNING_MARKERS,
  ...Object.fromEntries(Object.entries(COUNT_FIELDS).map(([k, v]) => [`COUNT_FIELDS.${k}`, v])),
};
const FOR_KIND: Record<Report['kind'], readonly string[]> = {
  zero_report: ['ZERO_REPORT_WORDS', 'CALM_WORDS', 'NONE_ANSWERS', 'NEGATORS'],
  daily_assessment: ['COUNT_FIELDS.disputesFound', 'COUNT_FIELDS.disputesResolved', 'COUNT_FIELDS.petitions', 'COUNT_FIELDS.keyPersons', 'DISPUTE_WORDS'],
  key_person: ['MISSING_WORDS', 'PLAIN_DISTRESS_WORDS', 'MODAL_BEFORE', 'MODAL_AFTER'],
  incident: ['PETITION_ACTS', 'DISPUTE_WORDS', 'MISSING_WORDS'],
  command: [],
  chatter: [],
};

export interface ExplainedClause {
  text: string;
  /** Whose and when (own: the unit's news of the day; past, hearsay, elsewhere, warning: blanked for the stages). */
  scope: string;
  /** A threat, plan or guess (扬言, 准备, 可能): a risk, not an act. */
  modal: boolean;
  /** The parts blanked as negated (无进京上访, 集体访：无), as the stages see them. */
  negated: string[];
  lexicon: { family: string; word: string }[];
}

export interface Explanation {
  normalized: string;
  signatures: string[];
  reports: { report: Report; clauses: ExplainedClause[] }[];
  unsure?: ParseResult['unsure'];
}

function hits(text: string): { family: string; word: string }[] {
  const out: { family: string; word: string }[] = [];
  for (const [family, words] of Object.entries(FAMILIES)) {
    const found = words.filter((w) => text.includes(w));
    // The longest words only: 零报告 rather than 零报 too.
    for (const w of found) if (!found.some((x) => x !== w && x.includes(w))) out.push({ family, word: w });
  }
  return out;
}

export function explainMessage(input: ParseInput, units: readonly UnitName[]): Explanation {
  const result = parseMessage(input, units);
  const norm = normalizeText(input.text);
  const sentDay = shanghaiDate(input.sentAt);
  const a = analyse(norm.text, { mentions: dayMentions(norm.text, sentDay), reportDay: findDate(norm.text, sentDay).date });
  const clauses: ExplainedClause[] = a.clauses.map((c) => {
    const text = a.text.slice(c.start, c.end);
    const masked = a.masked.slice(c.start, c.end);
    const negated: string[] = [];
    if (c.scope === 'own') for (const m of masked.matchAll(/_+/g)) negated.push(text.slice(m.index, m.index + m[0].length));
    return { text, scope: c.scope, modal: c.intention, negated, lexicon: hits(text) };
  });
  const reports = result.reports.map((report) => {
    const families = new Set(FOR_KIND[report.kind]);
    let mine = clauses.filter((c) => c.lexicon.some((h) => families.has(h.family)));
    if (report.kind === 'key_person') mine = clauses.filter((c) => report.persons.some((p) => c.text.includes(p.name)) || c.lexicon.some((h) => families.has(h.family)));
    if (report.kind === 'incident' && report.summary) mine = clauses.filter((c) => report.summary!.replace(/[，：；！？（）]/g, (x) => ({ '，': ',', '：': ':', '；': ';', '！': '!', '？': '?', '（': '(', '）': ')' })[x] ?? x).includes(c.text));
    return { report, clauses: mine.length ? mine : clauses };
  });
  return { normalized: norm.text, signatures: norm.signatures ?? [], reports, ...(result.unsure ? { unsure: result.unsure } : {}) };
}
