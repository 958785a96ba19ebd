// npm run bench:parse — parser throughput: the median wall-clock messages/s over realistic messages of 60–300
// characters, freshly generated for every round (a new seed each run, no message reused, so no cache of the
// parser's sees a message twice). Printed with its ratio to a baseline measured in the same run on the same
// messages (JSON.parse + stringify of their input lines), so figures compare across machines. Target ≥ 30,000/s.
import { parseMessage } from '../src/parser/parse-message.js';
import { type Msg, messageMaker, UNITS } from './parse-corpus.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const PER_ROUND = Number(process.env.BENCH_MESSAGES ?? 20_000);
const corpus = messageMaker(Date.now() ^ (process.pid << 8));

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
function rate(ms: Msg[], fn: (m: Msg) => number): number {
  let sink = 0;
  const t0 = process.hrtime.bigint();
  for (const m of ms) sink += fn(m);
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  if (sink < 0) console.log(sink);
  return ms.length / s;
}

// Warm-up on its own corpus (JIT, the converter's trie, regex compilation), then fresh messages every round.
const warm = corpus(5_000);
rate(warm, (m) => parseMessage(m, UNITS).reports.length);
const parser: number[] = [];
const baseline: number[] = [];
let chars = 0;
for (let r = 0; r < ROUNDS; r++) {
  const ms = corpus(PER_ROUND);
  for (const m of ms) chars += m.text.length;
  baseline.push(rate(ms, (m) => JSON.stringify(JSON.parse(m.line)).length));
  parser.push(rate(ms, (m) => parseMessage(m, UNITS).reports.length));
}
const p = median(parser);
const b = median(baseline);
const f = (x: number) => Math.round(x).toLocaleString('en-US');
console.log(`corpus: ${ROUNDS} rounds × ${f(PER_ROUND)} fresh messages, ${(chars / (ROUNDS * PER_ROUND)).toFixed(0)} characters on average (60–300), ${UNITS.length} units`);
console.log(`baseline (JSON.parse + stringify of the input line): median ${f(b)} msgs/s (rounds: ${baseline.map(f).join(', ')})`);
console.log(`parseMessage: median ${f(p)} msgs/s wall clock (rounds: ${parser.map(f).join(', ')})`);
console.log(`ratio: the parser runs at ${(p / b).toFixed(3)}× the baseline's rate (${(b / p).toFixed(1)}× slower)`);
console.log(`target ≥ 30,000 msgs/s: ${p >= 30_000 ? 'met' : 'NOT met'}`);
