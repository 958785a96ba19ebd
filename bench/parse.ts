// npm run bench:parse — parser throughput on one core over a generated 100,000-message corpus, and the whole
// CLI's wall time on 10,000 lines. Figures are printed with ratios against baselines measured in the same run
// (a bare `includes('零报告')` scan and JSON.parse+stringify of the same lines), so they compare across machines.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseMessage } from '../src/parser/parse-message.js';
import type { UnitName } from '../src/parser/schema.js';

const UNITS: UnitName[] = [
  ...['张庄', '李家湾', '王庄', '河西', '柳林', '石桥', '南关', '北岭', '桃园', '青石', '杨柳', '高桥'].map((s) => ({ name: `${s}村`, aliases: [s] })),
  ...['东坡', '新华', '西街', '城南'].map((s) => ({ name: `${s}社区`, aliases: [s] })),
];
const CN = ['零', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '二十一'];
const SURN = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗';

// A small deterministic PRNG so every run measures the same corpus.
let seed = 42;
const rnd = (n: number) => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
};
const pick = <T>(xs: readonly T[]): T => xs[rnd(xs.length)]!;
const num = () => (rnd(3) === 0 ? pick(CN) : String(rnd(13)));
const unit = () => {
  const u = pick(UNITS);
  return rnd(4) === 0 ? u.aliases[0]! : u.name;
};
const day = () => pick(['今日', '今天', '昨日', `10月${1 + rnd(8)}日`, `10.${1 + rnd(8)}`, `１０月${'１２３４５６７８'[rnd(8)]}日`, '']);
const person = () => `${pick([...SURN])}某某`;

const TEMPLATES: (() => string)[] = [
  () => `${unit()}${day()}零报告`,
  () => `【零报告】${unit()}${day()}：无进京赴省到市上访，无集体访，无群体性事件。报告人：张建国 139${rnd(1e8)}`,
  () => `${unit()}今日零報告，無進京赴省到市上訪👍`,
  () => `@机器人 ${unit()}零报告 ${day()}`,
  () => `${unit()}${day()}日研判：排查矛盾纠纷${num()}起，化解${num()}起，新增信访${num()}件，重点人员${num()}人，均稳定，总体平稳。`,
  () => `【日研判】${unit()}\n1.排查矛盾纠纷${num()}起\n2.化解${num()}起\n3.重点人员${num()}人，有异常动向${num()}人\n4.研判结论：需关注`,
  () => `${unit()}重点人员动态：${person()}在家，稳定；${person()}外出务工，稳定；${person()}在本地，稳定。`,
  () => `${unit()}重点人员${person()}今日情绪激动，扬言要进京上访，已安排专人稳控，目前在家。`,
  () => `即时报告：${unit()}${num()}名村民因征地补偿问题到${pick(['镇政府', '县信访局', '市信访局', '省信访局'])}集体上访，已派人处置。`,
  () => `${unit()}今日零报告。另：村民${person()}今天到区信访局反映问题，已劝回。`,
  () => `更正：${unit()}${day()}零报告有误，村民${person()}去县信访局上访，已接回。`,
  () => pick(['收到', '好的👌', '收到，谢谢领导！', '@机器人 帮助', '@机器人 今天谁没报', '@机器人 统计', '@机器人 撤回', '[图片]']),
  () => `@所有人 国庆期间各村每天16:00前报送零报告，严禁迟报、漏报、瞒报。`,
  () => `今天的零报告晚点报，书记在县里开会`,
];

const corpus: { text: string; sentAt: Date; senderUnit: string | null }[] = [];
const lines: string[] = [];
for (let i = 0; i < 100_000; i++) {
  const text = pick(TEMPLATES)();
  const sentAt = new Date(Date.parse('2026-10-01T00:00:00Z') + rnd(8 * 86_400) * 1000);
  const senderUnit = rnd(10) === 0 ? null : pick(UNITS).name;
  corpus.push({ text, sentAt, senderUnit });
  lines.push(JSON.stringify({ id: `b${i}`, text, sentAt: sentAt.toISOString(), senderUnit }));
}

// Best of three runs after a warm-up, timed by this process's CPU time (user+system): on a shared machine the
// wall clock also counts other processes' turns, CPU time counts only ours. Wall time is printed alongside.
function time(label: string, fn: () => number): number {
  fn(); // warm-up (JIT, opencc trie, regex compilation)
  let best = Number.POSITIVE_INFINITY;
  let wall = 0;
  let sink = 0;
  for (let r = 0; r < 3; r++) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    sink = fn();
    const cpu = process.cpuUsage(c0);
    const ms = (cpu.user + cpu.system) / 1000;
    if (ms < best) [best, wall] = [ms, Number(process.hrtime.bigint() - t0) / 1e6];
  }
  const rate = (corpus.length / best) * 1000;
  console.log(
    `${label.padEnd(34)} ${best.toFixed(0).padStart(7)} ms cpu (${wall.toFixed(0)} ms wall)  ${Math.round(rate).toLocaleString('en-US').padStart(12)} msgs/s  (sink ${sink})`,
  );
  return rate;
}

console.log(`corpus: ${corpus.length.toLocaleString('en-US')} generated messages, ${UNITS.length} units`);
const includesRate = time('baseline: includes("零报告")', () => {
  let n = 0;
  for (const m of corpus) if (m.text.includes('零报告')) n++;
  return n;
});
const jsonRate = time('baseline: JSON.parse + stringify', () => {
  let n = 0;
  for (const l of lines) n += JSON.stringify(JSON.parse(l)).length;
  return n;
});
const parseRate = time('parseMessage', () => {
  let n = 0;
  for (const m of corpus) n += parseMessage(m, UNITS).reports.length;
  return n;
});
console.log(`parser: ${Math.round(parseRate).toLocaleString('en-US')} msgs/s on one core (target ≥ 50,000: ${parseRate >= 50_000 ? 'met' : 'NOT met'})`);
console.log(`ratio: parser is ${(includesRate / parseRate).toFixed(0)}× slower than a bare includes() scan, ${(jsonRate / parseRate).toFixed(1)}× slower than JSON.parse+stringify`);

// The whole CLI on 10,000 lines: process start (tsx), roster, streaming, output.
const dir = mkdtempSync(join(tmpdir(), 'bench-parse-'));
const unitsPath = join(dir, 'units.json');
writeFileSync(unitsPath, JSON.stringify(UNITS));
const input = `${lines.slice(0, 10_000).join('\n')}\n`;
const run = (n: string) => {
  const t0 = process.hrtime.bigint();
  const r = spawnSync('npx', ['tsx', 'src/cli.ts', 'parse', '--units', unitsPath], { input: n, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`cli exited ${r.status}: ${r.stderr}`);
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, out: r.stdout.split('\n').filter(Boolean).length };
};
const empty = run('');
const full = run(input);
console.log(`cli: ${full.ms.toFixed(0)} ms for ${full.out.toLocaleString('en-US')} lines (start-up alone, empty input: ${empty.ms.toFixed(0)} ms; parsing ≈ ${(full.ms - empty.ms).toFixed(0)} ms)`);
