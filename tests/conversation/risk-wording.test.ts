import { describe, expect, it } from 'vitest';
import { buildMorningDigest } from '../../jobs/morning-digest.js';
import { readBoard } from '../../src/web/board.js';
import { modalityOf } from '../../src/parser/modality.js';
import { makeChat } from '../support/make-deps.js';

// A trip still to come (明天要带几个人去县里) is a risk wherever it is told: the cadre's receipt, the leaders' alert,
// the morning digest and the 看板 say 准备…（风险）, never that it happened.

describe('a plan to go is told as a plan everywhere', () => {
  it('receipt, alert, digest and board', async () => {
    const chat = makeChat({ now: '2026-12-10T11:00:00+08:00' });
    const out = await chat.send('liulin-clerk', '柳林村：村民邵某某上午来电说后天要带几户人去市里反映征地款的事，已上门做工作，情绪基本稳定');
    const reply = out.find((m) => m.kind === 'reply')?.text ?? '';
    const alert = out.find((m) => m.kind === 'alert')?.text ?? '';
    expect(reply).toContain('准备到市上访（风险）');
    expect(alert).toContain('准备到市上访（风险）');
    const digest = await buildMorningDigest(chat.deps, '2026-12-10');
    expect(digest).toContain('柳林村 准备到市上访（风险）');
    // The case it opened is titled as a plan too.
    expect((await chat.cases.list('青石镇'))[0]?.title).toMatch(/^准备到市上访（风险）：/);
    const board = await readBoard(chat.deps, '2026-12-10', chat.deps.roster.roster.units.map((u) => u.name));
    expect(JSON.stringify(board)).toContain('准备到市上访（风险）');
    expect(JSON.stringify(board)).not.toMatch(/"到市上访/);
  });

  it('a key person\'s threat stays a threat in the 查询, the digest and the 看板 (the report keeps its modality)', async () => {
    const chat = makeChat({ now: '2026-12-10T11:00:00+08:00' });
    const out = await chat.send('liulin-clerk', '柳林村重点人员邵某某情绪激动，放话说要去省里讨说法，目前在家，已安排人看着');
    expect(out.find((m) => m.kind === 'alert')?.text).toContain('扬言赴省上访（风险）');
    const [asked] = await chat.say('liulin-clerk', '查询 柳林村 今天');
    expect(asked?.text).toContain('邵某某（在家，异常，扬言赴省上访（风险））');
    const digest = await buildMorningDigest(chat.deps, '2026-12-10');
    expect(digest).toContain('扬言赴省上访（风险）');
    expect(digest).not.toMatch(/，赴省上访）/);
    const board = JSON.stringify(await readBoard(chat.deps, '2026-12-10', chat.deps.roster.roster.units.map((u) => u.name)));
    expect(board).toContain('扬言赴省上访（风险）');
    expect(board).not.toMatch(/，赴省上访）/);
  });

  it('one that happened stays an act', async () => {
    const chat = makeChat({ now: '2026-12-10T11:00:00+08:00' });
    const out = await chat.send('liulin-clerk', '柳林村村民邵某某今天上午带了几户人去市信访局反映征地款的事，村干部已赶去');
    expect(out.find((m) => m.kind === 'reply')?.text).toContain('即时报告：到市');
    expect(out.find((m) => m.kind === 'reply')?.text).not.toContain('风险');
  });

  it.each([
    ['刁某某讲下礼拜要去省里讨个说法', 'plan'],
    ['据说冉某某过几天要带人到县政府', 'rumour'],
    ['冉某某节后要去北京', 'plan'],
    ['冉某某明天要带两个人去县里', 'plan'],
    ['冉某某昨天带了两个人去县里', 'act'],
    ['冉某某今天已到县信访局，明天回来', 'act'],
    // The cadres at work (正在做工作, 正在劝) are no act of the person's; going there, said with 了, is.
    ['冉某某说初三要带屋里几个人去县里，我们正在做工作', 'plan'],
    ['冉某某扬言要去市里，包保干部正在劝', 'threat'],
    ['冉某某上午坐火车去北京了，说是要去上访', 'act'],
    ['冉某某说要去北京了', 'plan'],
    ['冉某某联系不上，家里人说可能去市里了，正在找', 'rumour'],
  ])('%s → %s', (text, m) => {
    expect(modalityOf(text)).toBe(m);
  });
});
