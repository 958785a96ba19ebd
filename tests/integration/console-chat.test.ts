import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createDispatch } from '../../handlers/index.js';
import { createInbox } from '../../src/core/inbox.js';
import { startConsoleChat } from '../../src/platforms/console/console-chat.js';
import { createConsoleClient } from '../../src/platforms/console/console-client.js';
import { createNotifier } from '../../src/platforms/notifier.js';
import { conversation } from '../../src/strings.js';
import { makeDeps } from '../support/make-deps.js';

describe('console chat', () => {
  it('takes typed lines as a roster member through the same inbox, handlers and store as a platform', async () => {
    const { deps, store } = makeDeps({ now: '2026-10-02T15:00:00+08:00' });
    const out: string[] = [];
    const notifier = createNotifier({ clients: [], logger: deps.logger, metrics: deps.metrics, fallback: createConsoleClient({ roster: deps.roster, write: (s) => out.push(s) }) });
    const d = { ...deps, notifier };
    const inbox = createInbox({ store, logger: d.logger, metrics: d.metrics, dedupeTtlSeconds: 60, dispatch: createDispatch(d) });
    const input = new PassThrough();
    let closed = false;
    startConsoleChat({ roster: d.roster, inbox, clock: d.clock, input, write: (s) => out.push(s), onClose: () => (closed = true) });

    input.write('/as 北岭村\n');
    input.write('北岭村今日零报告\n');
    input.write('/as 不存在的人\n');
    input.write('/quit\n');
    await new Promise((r) => setTimeout(r, 50));
    await inbox.drain();

    const text = out.join('');
    expect(text).toContain('已切换：北岭村 赵小梅（报送员）');
    expect(text).toContain(conversation.receipt({ lines: [{ kind: 'zero_report', unit: '北岭村', date: '2026-10-02', detail: '' }], correction: false, proxy: false, unrostered: false, late: false, warnings: [], alerted: false }));
    expect(text).toContain('@赵小梅');
    expect(text).toContain('名册中找不到“不存在的人”');
    expect(closed).toBe(true);
    expect((await store.getDay('青石镇', '2026-10-02')).get('北岭村')?.zero?.meta.platform).toBe('console');
  });
});
