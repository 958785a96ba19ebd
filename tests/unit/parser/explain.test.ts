import { describe, expect, it } from 'vitest';
import { explainMessage } from '../../../src/parser/explain.js';
import { SENT, UNITS } from './helpers.js';

const explain = (text: string) => explainMessage({ text, sentAt: new Date(SENT), senderUnit: '杨树村' }, UNITS);

describe('parse --explain', () => {
  it('shows the clause and lexicon entry behind a zero report, the signature set aside and the past clause’s scope', () => {
    const e = explain('杨树村今日零报告，上月赴京上访的郭某某已息诉罢访。村支书：贺某（签字）');
    expect(e.signatures).toEqual(['村支书:贺某(签字)']);
    expect(e.reports).toHaveLength(1);
    const [r] = e.reports;
    expect(r?.report.kind).toBe('zero_report');
    expect(r?.clauses.map((c) => c.text)).toEqual(['杨树村今日零报告']);
    expect(r?.clauses[0]?.lexicon).toContainEqual({ family: 'ZERO_REPORT_WORDS', word: '零报告' });
  });

  it('marks a threat as modal and shows what a form negated', () => {
    const e = explain('杨树村重点人员王某某扬言要去北京。二、集体访、联名信：无');
    const person = e.reports.find((r) => r.report.kind === 'key_person');
    expect(person?.clauses[0]).toMatchObject({ modal: true, scope: 'own' });
    expect(person?.clauses[0]?.lexicon).toContainEqual({ family: 'MODAL_BEFORE', word: '扬言' });
  });

  it('carries what the parser was not sure of', () => {
    expect(explain('同上').unsure).toEqual({ reason: 'same_as_before', guess: { kind: 'zero_report', unit: '杨树村', date: '2026-11-20' } });
  });
});

describe('parse --explain: the lexicon entries that fired', () => {
  it('lists every family found in the message, read from the lexicon module itself', () => {
    const e = explain('凤凰社区有几个业主说明天要组织人去区里 牵头的是潘某某');
    expect(e.lexicon).toContainEqual({ family: 'LEADER_WORDS', word: '牵头的是' });
    expect(e.lexicon).toContainEqual({ family: 'MODAL_BEFORE', word: '要组织' });
    const person = e.reports.find((r) => r.report.kind === 'key_person');
    expect(person?.clauses.some((c) => c.lexicon.some((h) => h.family === 'LEADER_WORDS'))).toBe(true);
  });
});
