// The shared reading of a normalised message: a masked copy in which negated and retracted phrases are blanked
// (same length, so positions line up with the text), and its clauses with two flags that the rules need:
// “intention” (扬言要去…, 有上访苗头: not something that happened) and “cadre” (村干部已赶往县里: the response, not
// the event).

export interface Clause {
  start: number;
  end: number;
  intention: boolean;
  /** Where the first cue that comes before what it qualifies (扬言, 准备, 上次) is (Infinity: none). */
  intentAt: number;
  /** A cue that comes after what it qualifies (苗头, 想法, 多次): the whole clause is not an act. */
  postIntent: boolean;
  /** Where the first cue of the cadres' response is in the clause (Infinity: none). */
  cadreAt: number;
  sentence: number;
}

export interface Analysis {
  text: string;
  masked: string;
  clauses: Clause[];
  /** Per sentence: does it speak of petitioning at all (上访, 信访, 反映, 告状…)? */
  sentencePetition: boolean[];
}

// 异常情况：无 / 进京上访：0 (a form filled in with “none”); costly at every position, so behind its own cue.
const FORM_MASK = /[\u4e00-\u9fa5]{1,8}\s*[:\s|]\s*(?:(?:无|没有|暂无)(?=[,;。\s|]|$)|0(?![\d.]))/g;
const FORM_CUE = /[:\s|]\s*(?:(?:无|没有|暂无)(?=[,;。\s|]|$)|0(?![\d.]))/;
// Only these, joined by light words, before a negation that ends its clause: 上访问题还没有了结 stays a petition.
const NEG_THING = '(?:进京|赴京|赴省|到省|去省|到市|到区|到县|越级|上访|集体访|群体性事件|群体事件|拉横幅|横幅|堵门|堵路|聚集|异常)';
const MASKS: readonly RegExp[] = [
  FORM_MASK,
  // Before the negations that read forward, which would blank the 没有 it needs.
  // 集体访也没有 / 拉横幅堵门的都没有 (said after the thing, as people speak): up to the negation at a clause's end
  new RegExp(`${NEG_THING}(?:${NEG_THING}|[的也都均全还、和及访]|之类的?|等)*?(?:没有?|零|未发现|未发生|未出现)(?=$|[,;。!?\\n 、]|的|了)`, 'g'),
  // 无进京赴省到市上访、无集体访 / 严防进京上访 / 不是上访 / 不再上访 / 不是5人 / 不是在家
  // (a list joined by 、 stays negated to its end: 无进京上访、无赴省上访、无到市上访、无集体上访)
  /(?:无(?![法论奈])|没有|未发生|未发现|未出现|未接到|没接到|未收到|没收到|不发生|不出现|确保不|不准|不存在|杜绝|严防|防止|严禁|防范|避免|谨防|不是|不再|并非|并未|不属于|未有|没去|没到|没有去|没进|不(?=进京|赴京|赴省|到市|上访|越级|集体访|失联|失控))[^,;。!?\n 、:()]{0,20}(?:、[^,;。!?\n 、:()]{0,20})*/g,
  // 零上访、零集体访、零群体事件
  /零(?=上访|集体访|越级|进京|赴省|到市|群体|信访|事件|案件|发案|纠纷|矛盾|舆情)[^,;。!?\n 、”"]{0,8}/g,
  // 已表示不去县里了 / 不想去了
  /(?:不去|不到|不想去|不会去|不会再去|不再去|不想再去|不打算去|不在外)[^,;。!?\n ]{0,10}/g,
  // 中午报的村民上访一事经核实是去镇里办社保: a report withdrawn after checking
  /(?:中午|上午|下午|早上|刚才|之前)?报的[^,;。!?\n]{0,15}?(?=经核实)/g,
  // 已打消去省里的想法
  /打消[^,;。!?\n]{0,15}?(?:想法|念头|打算|顾虑)/g,
  // 未外出 / 没有离开: 未 alone is not a negation cue (出门未归 is the opposite), only before these verbs.
  /未(?:外出|离开|离家|出门|进京|赴京|上访|去|到)[^,;。!?\n ]{0,10}/g,
  // 从北京返回 / 已从区信访局劝返回家: where someone came back from is not where they are heading
  /从[^,;。!?\n]{0,15}?(?:返回|回来|回到|劝返|接回|回家|回村)/g,
  // 上午报的“情绪激动”有误 / 原报1起有误
  /[“"‘'][^”"’'\n]{0,20}[”"’'](?:有误|错误|不对|不准确|报错了?)/g,
  /(?:原报|原来报|之前报|上午报|昨天报|刚才报)[^,;。!?\n)]{0,20}?(?:有误|错误|不对)/g,
];

// Every mask above needs one of these characters; most messages have none.
const MASK_CUE = /[无没未不杜严防避谨并打从“"‘'暂0误错零]/;
const INTENTION = /以为|误以为|怀疑|上次|上回|去年|上个月|扬言|说要|说是要|要去|要到|要进|要赴|想去|想到|打算|准备|声称|表示要|威胁|曾经|曾多次|曾到|曾去|以前|此前|如果|一旦|如有|若有/g;
// These may also stand after what they qualify (有进京可能, 有去省里的打算), so they hold for the whole clause.
const POST_INTENTION = /苗头|倾向|意向|动向|想法|念头|多次|可能|计划|意图|企图|打算|准备/g;
const CADRE = /派人|派出|安排|赶往|赶去|赶过去|追去|接访|陪同|跟随|开会|值班(?!室)|看护|盯守|民警|派出所|已报告|已通知|通知|汇报|协调|做工作|稳控|包保|处置/g;
// 告 alone (要告村干部) but not 报告/通告/警告…
const PETITION_CONTEXT = /访|反映|讨工钱|讨要|要说法|讨说法|闹(?![钟市心])|反应(?=[^,;。]{0,12}(?:问题|事情|的事))|告状|(?<![报公广警预转宣通布忠劝控])告(?![诉知别])|诉求|说法|讨薪|讨要|找领导|要求见|投诉|维权|请愿|聚集|围堵|静坐|横幅/g;
// People typing on a phone often use a space for a comma: “杨家坪村零报告 重点人员蒋某某去县里上访了 已派人去接”.
const CLAUSE_END = /[,;。!?\n:]|(?<=[\u4e00-\u9fa5]) (?=[\u4e00-\u9fa5])/g;
const SENTENCE_END = /[;。!?\n]/;

const blank = (s: string) => '_'.repeat(s.length);

function positions(re: RegExp, s: string): number[] {
  const out: number[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) out.push(m.index);
  return out;
}

function inside(ps: readonly number[], s: number, e: number): boolean {
  for (const p of ps) if (p >= s && p < e) return true;
  return false;
}

function firstInside(ps: readonly number[], s: number, e: number): number {
  for (const p of ps) if (p >= s && p < e) return p;
  return Number.POSITIVE_INFINITY;
}

function addClause(clauses: Clause[], petition: boolean[], start: number, end: number, sentence: number, intent: number[], post: number[], cadre: number[], pet: number[]) {
  if (end <= start) return;
  const intentAt = firstInside(intent, start, end);
  const postIntent = inside(post, start, end);
  clauses.push({ start, end, intention: intentAt !== Number.POSITIVE_INFINITY || postIntent, intentAt, postIntent, cadreAt: firstInside(cadre, start, end), sentence });
  if (inside(pet, start, end)) petition[sentence] = true;
}

export function analyse(text: string): Analysis {
  let masked = text;
  if (MASK_CUE.test(text)) {
    for (const re of MASKS) if (re !== FORM_MASK || FORM_CUE.test(text)) masked = masked.replace(re, blank);
  }
  const clauses: Clause[] = [];
  const sentencePetition: boolean[] = [false];
  let start = 0;
  let sentence = 0;
  CLAUSE_END.lastIndex = 0;
  // One scan per cue over the whole text, then each clause asks whether a cue falls inside it.
  const intentAt = positions(INTENTION, masked);
  const postAt = positions(POST_INTENTION, masked);
  const cadreAt = positions(CADRE, masked);
  const petitionAt = positions(PETITION_CONTEXT, masked);
  for (let m = CLAUSE_END.exec(masked); m !== null; m = CLAUSE_END.exec(masked)) {
    addClause(clauses, sentencePetition, start, m.index, sentence, intentAt, postAt, cadreAt, petitionAt);
    start = m.index + 1;
    if (SENTENCE_END.test(m[0])) {
      sentence++;
      sentencePetition.push(false);
    }
  }
  addClause(clauses, sentencePetition, start, masked.length, sentence, intentAt, postAt, cadreAt, petitionAt);
  return { text, masked, clauses, sentencePetition };
}

/**
 * Whether position i tells the cadres' response rather than the event: a response cue comes before it in its clause
 * (“已派人去县里” → yes; “去县里上访了，已派人去接” or, unpunctuated, “去县里上访了已派人去接” → no).
 */
export function inResponse(a: Analysis, i: number): boolean {
  const c = clauseAt(a, i);
  return c !== undefined && c.cadreAt <= i;
}

/** Whether position i is only intended or past, not what happened: an intention cue before it in its clause. */
export function intendedAt(a: Analysis, i: number): boolean {
  const c = clauseAt(a, i);
  return c !== undefined && (c.postIntent || c.intentAt <= i);
}

export function clauseAt(a: Analysis, index: number): Clause | undefined {
  for (const c of a.clauses) if (index >= c.start && index < c.end) return c;
  return undefined;
}
