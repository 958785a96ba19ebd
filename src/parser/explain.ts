import { shanghaiDate } from '../dates.js';
import { analyse } from './analysis.js';
import { dayMentions, findDate } from './dates.js';
import * as LEXICON from './lexicon.js';
import { normalizeText, typosKept } from './normalize.js';
import { parseMessage } from './parse-message.js';
import type { ParseInput, ParseResult, Report, UnitName } from './schema.js';

// `parse --explain`: for each report, the clauses of the normalised text that bear on it, with their facts (scope,
// modality, negation) and the lexicon entries found in them; and every lexicon entry the message holds. It re-reads
// the message with the same normaliser and clause analysis the parser uses; it is a reading aid for someone fixing a
// phrasing, not a second parser.

// Every word family of the lexicon, by its exported name (a new family shows here without a change to this file).
const FAMILIES: Record<string, readonly string[]> = {};
for (const [name, value] of Object.entries(LEXICON)) {
  if (Array.isArray(value) && value.every((w) => typeof w === 'string')) FAMILIES[name] = name === 'NONE_ANSWERS' ? value.filter((w: string) => w.length > 1) : value;
}
for (const [k, v] of Object.entries(LEXICON.COUNT_FIELDS)) FAMILIES[`COUNT_FIELDS.${k}`] = v;
for (const [k, v] of Object.entries(LEXICON.PETITION_CHANNELS)) FAMILIES[`PETITION_CHANNELS.${k}`] = v;
// One-character words (报, 无, 村, ?) fire everywhere: listed for the fast path, not worth a line in a trace.
for (const [name, words] of Object.entries(FAMILIES)) FAMILIES[name] = words.filter((w) => w.length > 1 || !/^[报无村某打争闹堵赴访?吗谁户家人在未没待]$/.test(w));
const FOR_KIND: Record<Report['kind'], readonly string[]> = {
  zero_report: ['ZERO_REPORT_WORDS', 'CALM_WORDS', 'NONE_ANSWERS', 'NEGATORS'],
  daily_assessment: [
    'COUNT_FIELDS.disputesFound',
    'COUNT_FIELDS.disputesResolved',
    'COUNT_FIELDS.petitions',
    'COUNT_FIELDS.keyPersons',
    'PETITION_TOTALS',
    'PETITION_CHANNELS.letter',
    'PETITION_CHANNELS.visit',
    'PETITION_CHANNELS.online',
    'PETITION_CHANNELS.phone',
    'CUMULATIVE_WORDS',
    'PERIOD_WORDS',
    'SETTLING_VERBS',
    'NOT_DONE_BEFORE',
    'ABNORMAL_COUNT_WORDS',
    'DISPUTE_WORDS',
    'KEY_PERSON_WORDS',
  ],
  key_person: ['MISSING_WORDS', 'PLAIN_DISTRESS_WORDS', 'MODAL_BEFORE', 'MODAL_AFTER', 'PERSON_ABNORMAL_WORDS', 'PERSON_STABLE_WORDS', 'LEADER_WORDS', 'GO_AGAIN_WORDS', 'GRIEVANCE_WORDS', 'HOME_WORDS', 'HOME_AGAIN_WORDS', 'AWAY_WORDS', 'VISIT_WORDS', 'ON_THE_WAY_WORDS', 'PROVINCE_NAMES', 'CITY_NAMES'],
  incident: ['PETITION_ACTS', 'PETITION_KINDS', 'PETITION_HEADINGS', 'DISPUTE_WORDS', 'MISSING_WORDS', 'FLARE_WORDS', 'GROUP_WORDS', 'CROWD_WORDS', 'COLLECTIVE_WORDS'],
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
  /** Every lexicon entry found in the normalised message, family by family (the longest words only). */
  lexicon: { family: string; word: string }[];
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
  const norm = normalizeText(input.text, typosKept(units));
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
  return { normalized: norm.text, lexicon: hits(norm.text), signatures: norm.signatures ?? [], reports, ...(result.unsure ? { unsure: result.unsure } : {}) };
}
