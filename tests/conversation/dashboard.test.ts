import { describe, expect, it } from 'vitest';
import { ledger, web } from '../../src/strings.js';
import { makeChat, sampleRoster } from '../support/make-deps.js';
import { startWebApp } from '../support/web-app.js';

describe('看板 in the chat', () => {
  it('says the page is not set up when WEB_PUBLIC_URL and WEB_SESSION_SECRET are missing', async () => {
    const chat = makeChat();
    expect((await chat.say('leader-li', '看板'))[0]?.text).toBe(web.notConfigured());
  });

  it('gives a leader a personal link in the leaders’ group only, a unit head one for their unit, and nobody else one', async () => {
    const app = await startWebApp({ roster: sampleRoster(), now: '2026-10-03T09:00:00+08:00' });
    try {
      const leader = (await app.say('leader-li', '@机器人 看板', 'leaders-chat'))[0];
      expect(leader?.text).toMatch(/^📊 看板登录链接（仅限本人，10分钟内有效，只能用一次）：http:\/\/127\.0\.0\.1\/web\/login\?t=v1\./);
      expect(leader?.mentions).toEqual(['leader-li']);
      expect((await app.say('leader-li', '看板', 'units-chat'))[0]?.text).toBe(web.linkInLeadersGroup());
      expect((await app.say('zhangzhuang-head', '看板', 'units-chat'))[0]?.text).toMatch(/^📊 张庄村的看板登录链接/);
      expect((await app.say('zhangzhuang-clerk', '看板', 'units-chat'))[0]?.text).toBe(web.linkNotForYou());
      // 导出台账 points to the 台账 page, where the workbooks are downloaded.
      expect((await app.say('leader-li', '导出台账', 'leaders-chat'))[0]?.text).toBe(ledger.exportLink('http://127.0.0.1/web/ledger'));
      // Two links are two different single-use links.
      const [a, b] = [await app.link('leader-li', 'leaders-chat'), await app.link('leader-li', 'leaders-chat')];
      expect(a).not.toBe(b);
    } finally {
      await app.close();
    }
  });
});
