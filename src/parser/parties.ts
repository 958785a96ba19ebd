import { alt, DISPUTE_BETWEEN_WORDS, DISPUTE_PARTY_ROLES, KEY_PERSON_LABELS, KEY_PERSON_WORDS } from './lexicon.js';

// The parties of a dispute (王某某与李某某宅基地纠纷, 张某和李某因…发生争执, 当事人：陈某、易某) are named because the
// dispute is theirs, not because they are key persons: they are filed as key persons only when said to be (重点人员…)
// or when their own words tell a key person's state (情绪激动, 扬言上访: persons.ts asks that).

interface Named {
  index: number;
  end: number;
  party?: boolean;
  counterparty?: boolean;
}

// Names run together: 王某某与李某某, 王某、李某, 赵某和钱某某.
const JOINER = /^\s*(?:[、,和及与跟同]|以及)\s*$/;
const OTHER_SIDE = /[与跟同]/;
const ROLE_BEFORE = new RegExp(`(?:${alt(DISPUTE_PARTY_ROLES)})(?:为|是)?\\s*:?\\s*(?:村民|居民|群众|农户)?\\s*$`);
const LABEL_BEFORE = new RegExp(`(?:${alt(KEY_PERSON_LABELS)})\\s*:?\\s*$`);
// What follows the names, in their sentence: the dispute between them (not 无矛盾, 没有纠纷).
const BETWEEN = `(?<![无没未])(?<!没有)(?:${alt(DISPUTE_BETWEEN_WORDS)})`;
const BETWEEN_AFTER = new RegExp(`^[^;。\\n]{0,20}?${BETWEEN}`);
// Names only listed (王某、李某) are a dispute's sides when the dispute follows in the same clause (…两户宅基地纠纷),
// not in a later one (王某、李某在家稳定，因土地纠纷曾上访: key persons and their story).
const BETWEEN_NEAR = new RegExp(`^[^,;。\\n]{0,12}?${BETWEEN}`);
const PAIR_WORD = /[与和跟同]/;
const SENTENCE_BREAK = /[;。\n]/;
const KEY_PERSON_CONTEXT = new RegExp(alt(KEY_PERSON_WORDS));
const ITEM_OPEN = /(?:^|\n|[;。:])\s*(?:\d{1,2}\s*[.、)]|[①-⑳]|[一二三四五六七八九十]{1,2}[、.])?\s*$/;
// One name with the other side said after it or before it (王某某与邻居因…, 王某某因与…, …与李某某发生口角).
const WITH_AFTER = /^\s*(?:因为?|之前|曾)?[与和跟同]/;
const WITH_BEFORE = /[与和跟同]\s*(?:村民|居民|邻居|群众)?\s*$/;

/** Marks `party` on the names that are a dispute's parties (names sorted by index, as findNames gives them). */
export function markParties(text: string, names: Named[]): void {
  // Where the first key-person word is: a list's items follow its label (not a dispute list before 重点人员3人稳定).
  const kpAt = text.search(KEY_PERSON_CONTEXT);
  for (let i = 0; i < names.length; ) {
    let j = i;
    while (j + 1 < names.length && JOINER.test(text.slice(names[j]!.end, names[j + 1]!.index))) j++;
    const first = names[i]!;
    const last = names[j]!;
    const before = text.slice(Math.max(0, first.index - 12), first.index);
    const after = text.slice(last.end, last.end + 40);
    const paired = WITH_AFTER.test(after) || WITH_BEFORE.test(before) || PAIR_WORD.test(text.slice(first.end, last.index));
    // 重点人员3人：1.蒋某某因与邻居…纠纷多次上访: one name opening a key-person list's item is that item's key person;
    // 排查纠纷2起（王某某与李某某…；张某与邻居…），重点人员3人稳定: an item before any key-person word is a dispute's.
    const listed = i === j && kpAt >= 0 && kpAt < first.index && ITEM_OPEN.test(before);
    if (ROLE_BEFORE.test(before) || (!listed && ((paired && BETWEEN_AFTER.test(after)) || (j > i && BETWEEN_NEAR.test(after))))) {
      for (let k = i; k <= j; k++) names[k]!.party = true;
      // 重点人员王某、李某因…纠纷: the label is the list's; 重点人员王某与李某…纠纷: the other side is not labelled.
      if (LABEL_BEFORE.test(before)) for (let k = i; k <= j && (k === i || !OTHER_SIDE.test(text.slice(names[k - 1]!.end, names[k]!.index))); k++) names[k]!.party = false;
    }
    // 蒋某某，因与邻居汤某某土地纠纷，多次到镇反映: the other side, named inside what is told of someone named before it;
    // the clauses after it are that person's story.
    const prev = names[i - 1];
    if (first.party && i === j && prev && WITH_BEFORE.test(before) && !SENTENCE_BREAK.test(text.slice(prev.end, first.index))) first.counterparty = true;
    i = j + 1;
  }
}
