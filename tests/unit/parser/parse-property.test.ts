import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../../src/parser/parse-message.js';
import { type ParseResult, ParseResultSchema } from '../../../src/parser/schema.js';
import { UNITS } from './helpers.js';

// 100,000 random and hostile strings in all: the parser never throws, always returns a valid result, and never
// gives a zero report next to something that happened to the same unit that day.

const VOCAB = [
  ...UNITS.flatMap((u) => [u.name, ...u.aliases]), '白沙村', '我村', '本社区',
  '零报告', '0报告', '零報告', '零报', '报零', '无', '無', '没有', '不是', '不再', '严防', '无进京赴省到市上访', '无集体访', '无群体性事件', '平安无事', '一切正常',
  '今日', '今天', '昨日', '昨天', '前天', '补报', '更正', '修改', '重新上报', '【更正】', '11月20日', '１１月２０日', '十一月二十日', '2026.11.20', '11.20', '二〇二六年',
  '日研判', '研判', '排查矛盾纠纷', '化解', '新增信访', '接待来访', '重点人员', '重点认员', '异常', '有异常动向', '均稳定', '无异常', '总体平稳', '需关注', '形势严峻', '稳定可控',
  '3', '３', '十二', '二十一', '两', '十余', '一家三口', '起', '件', '人', '名', '批',
  '王某某', '李某', '张建军', '村民', '居民', '等', '、', '和',
  '在家', '在村', '外出', '外地', '失联', '去向不明', '情绪激动', '情绪稳定', '扬言', '要去', '说要', '苗头', '打消', '从北京返回', '已劝返回家',
  '到县信访局', '赴省', '到市', '进京', '去北京', '到镇政府', '街道办', '区里', '上访', '上仿', '上方', '集体访', '联名', '聚集', '争执', '动了手', '县城', '县医院',
  '帮助', '格式', '模板', '谁没报', '未报', '统计', '汇总', '确认', '签字', '同意上报', '撤回', '作废',
  '@机器人 ', '@所有人 ', '🙏', '👍🏻', '✅', '[图片]', '？', '?', '吗', '请问', '各村', '要求', '通知',
  '，', ',', '。', '；', '：', ':', '（', '）', '(', ')', '“', '”', '\n', ' ', '\t', '1.', '①', '一、',
];

// Any UTF-16 code unit, lone surrogates and control characters included.
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n));
const hostileChar = fc.oneof(codeUnit, fc.constantFrom('\u0000', '\u0007', '\u001b', '\u200b', '\u200d', '\ufeff', '\ud800', '\udfff', '\u2028', '\r', '\n', '\\', '"', '%', '$&', '.*'));
const vocabText = fc.array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...VOCAB) }, { weight: 1, arbitrary: hostileChar }), { maxLength: 40 }).map((xs) => xs.join(''));
const anyText = fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }), fc.array(hostileChar, { maxLength: 200 }).map((xs) => xs.join('')));
const sentAt = fc.oneof(
  { weight: 10, arbitrary: fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }) },
  { weight: 1, arbitrary: fc.constant(new Date(Number.NaN)) },
);
const sender = fc.option(fc.constantFrom(...UNITS.map((u) => u.name), '不存在村', ''), { nil: null });

function check(text: string, at: Date, senderUnit: string | null): ParseResult {
  const r = parseMessage({ text, sentAt: at, senderUnit }, UNITS);
  ParseResultSchema.parse(r);
  // Per unit and day: a zero report may stand beside another unit's event (代报 lists, tables of units), never beside
  // its own; an event whose unit is unknown contradicts every zero report of its day.
  const happened = r.reports.filter(
    (x) =>
      x.kind === 'incident' ||
      (x.kind === 'key_person' && x.persons.some((p) => p.state === 'abnormal' || p.escalation !== null)) ||
      (x.kind === 'daily_assessment' && ((x.counts.disputesFound ?? 0) > 0 || (x.counts.keyPersonsAbnormal ?? 0) > 0)),
  );
  for (const z of r.reports) {
    if (z.kind !== 'zero_report') continue;
    const clash = happened.some((x) => 'date' in x && x.date === z.date && (x.unit === z.unit || x.unit === null));
    if (clash) throw new Error(`zero report next to an event: ${JSON.stringify(text)} → ${JSON.stringify(r.reports)}`);
  }
  return r;
}

describe('parseMessage on random and hostile input', () => {
  it('domain vocabulary in random order (60,000)', () => {
    fc.assert(
      fc.property(vocabText, sentAt, sender, (t, at, s) => {
        check(t, at, s);
      }),
      { numRuns: 60_000 },
    );
  }, 120_000);

  it('arbitrary strings: binary, lone surrogates, control characters (39,990)', () => {
    fc.assert(
      fc.property(anyText, sentAt, sender, (t, at, s) => {
        check(t, at, s);
      }),
      { numRuns: 39_990 },
    );
  }, 120_000);

  it.each([
    ['empty', ''],
    ['1 MB of 零报告', '零报告'.repeat(350_000)],
    ['1 MB of one character', 'a'.repeat(1 << 20)],
    ['1 MB of lone surrogates', '\ud800'.repeat(1 << 20)],
    ['control characters only', '\u0000\u0001\u0002\u001f\u007f'],
    ['a regex-hostile run', `${'无'.repeat(5000)}${'某'.repeat(5000)}${'1.'.repeat(5000)}`],
    ['a long nested list', '1.王某某：在家，稳定\n'.repeat(2000)],
    ['a non-string', 42 as unknown as string],
  ])('%s', (_label, text) => {
    const r = check(text, new Date('2026-11-20T08:00:00Z'), '杨树村');
    expect(r.reports.length + (r.unclear ? 1 : 0)).toBeGreaterThan(0);
  });

  it('a text over the limit says it was truncated', () => {
    expect(check(`杨树村零报告${'。'.repeat(5000)}`, new Date('2026-11-20T08:00:00Z'), '杨树村').warnings).toContain('truncated');
  });

  it('an invalid sentAt gives chatter rather than throwing', () => {
    expect(check('杨树村零报告', new Date(Number.NaN), '杨树村').reports).toEqual([{ kind: 'chatter' }]);
  });
});
