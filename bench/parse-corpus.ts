// The messages of npm run bench:parse, made from a seed: realistic 60–300-character messages as cadres write them.
// Shared with bench/parse-diff.ts, which parses a fixed-seed set of them to prove a change to the parser keeps every
// output.
import type { UnitName } from '../src/parser/schema.js';

export const UNITS: UnitName[] = [
  ...['张庄', '李家湾', '王庄', '河西', '柳林', '石桥', '南关', '北岭', '桃园', '青石', '杨柳', '高桥', '上河坝', '马家寨', '三岔口'].map((s) => ({ name: `${s}村`, aliases: [s] })),
  ...['东坡', '新华', '西街', '城南', '金桥'].map((s) => ({ name: `${s}社区`, aliases: [s] })),
];

export interface Msg {
  text: string;
  sentAt: Date;
  senderUnit: string | null;
  line: string;
}

const CN = ['一', '两', '三', '四', '五', '六', '七', '八', '九', '十', '十二'];
const SURN = [...'王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕'];
const GIVEN = [...'建国立新秀英春生德华明辉志强海燕桂兰玉梅家旺素芬振华'];

/** A message maker from a seed (a linear congruential generator: the same seed, the same messages). */
export function messageMaker(seed: number) {
  let s = seed >>> 0;
  const rnd = (n: number) => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return (s >>> 8) % n;
  };
  const pick = <T>(xs: readonly T[]): T => xs[rnd(xs.length)]!;
  const num = () => (rnd(3) === 0 ? pick(CN) : String(rnd(15)));
  const name = () => (rnd(2) ? `${pick(SURN)}某某` : `${pick(SURN)}${pick(GIVEN)}${rnd(2) ? pick(GIVEN) : ''}`);
  const unit = () => {
    const u = pick(UNITS);
    return rnd(4) === 0 ? u.aliases[0]! : u.name;
  };
  const day = () => pick(['今日', '今天', '昨日', `${1 + rnd(12)}月${1 + rnd(28)}日`, `${1 + rnd(12)}.${1 + rnd(28)}`, '']);
  const phone = () => `1${3 + rnd(6)}${String(rnd(1e9)).padStart(9, '0')}`;

  // Clauses as cadres write them; a message is a head and clauses until it is 60–300 characters long.
  const HEADS: (() => string)[] = [
    () => `${unit()}${day()}零报告：`,
    () => `【日研判】${unit()}${day()}\n`,
    () => `${unit()}${day()}重点人员动态：`,
    () => `即时报告：${unit()}`,
    () => `更正：${unit()}${day()}`,
    () => `@机器人 ${unit()}${day()}`,
    () => `${unit()}　今日经排查　`,
  ];
  const CLAUSES: (() => string)[] = [
    () => '无进京赴省到市上访，无集体访，无群体性事件。',
    () => `排查矛盾纠纷${num()}起，化解${num()}起，新增信访${num()}件。`,
    () => `重点人员${num()}人，均稳定，总体平稳。`,
    () => `${name()}在家，情绪稳定；`,
    () => `${name()}外出务工，稳定；`,
    () => `重点人员${name()}今天情绪激动，扬言要去${pick(['县里', '市里', '省里', '北京'])}上访，已安排专人稳控。`,
    () => `村民${name()}等${num()}人因${pick(['征地补偿', '拖欠工资', '宅基地', '环境污染'])}问题到${pick(['镇政府', '县信访局', '市信访局'])}反映，已派人劝返。`,
    () => `上月赴京上访的${name()}已息诉罢访，目前在家。`,
    () => `听说隔壁镇昨天有十几个人去市里集体访了。`,
    () => `矛盾纠纷排查数：${rnd(5)}件\n调处化解数：${rnd(5)}件\n`,
    () => `进京：0 赴省：0 到市：0 集体访：0\n`,
    () => `报告人：${name()} 联系电话：${phone()}`,
    () => `村支书：${name()}（签字）`,
    () => '然后那个就是今天村里都挺好的没啥情况啊',
    () => `${pick(['两户', '邻里', '兄弟'])}因${pick(['排水沟', '地界', '赡养'])}发生纠纷，已调解。`,
    () => `排查\t${rnd(5)}\t化解\t${rnd(5)}\t重点人员\t${rnd(9)}\n`,
  ];
  function message(): string {
    let t = pick(HEADS)();
    const target = 60 + rnd(241);
    while (t.length < target) t += pick(CLAUSES)();
    return t.length > 300 ? t.slice(0, 300) : t;
  }

  /** n distinct messages, each with a day of sending in two months and a sender (none for one in ten). */
  return function corpus(n: number): Msg[] {
    const out: Msg[] = [];
    const seen = new Set<string>();
    while (out.length < n) {
      const text = message();
      if (seen.has(text)) continue;
      seen.add(text);
      const sentAt = new Date(Date.parse('2026-10-01T00:00:00Z') + rnd(60 * 86_400) * 1000);
      const senderUnit = rnd(10) === 0 ? null : pick(UNITS).name;
      out.push({ text, sentAt, senderUnit, line: JSON.stringify({ id: `b${out.length}`, text, sentAt: sentAt.toISOString(), senderUnit }) });
    }
    return out;
  };
}
