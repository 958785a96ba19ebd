import { webConfigured } from '../src/config.js';
import { DASHBOARD_WORD } from '../src/parser/commands.js';
import { web } from '../src/strings.js';
import { signLoginToken } from '../src/web/login-link.js';
import { viewerOf } from '../src/web/viewer.js';
import type { Handler, HandlerContext } from './types.js';

const AT = /^(?:@\S+\s+)+/;
const said = (ctx: HandlerContext) => DASHBOARD_WORD.test(ctx.msg.text.trim().replace(AT, '').trim());

/**
 * 看板 — a personal login link to the web page: signed, short-lived, single use. Leaders get it in the leaders'
 * group only (it opens the whole township, and a units group would see it); a unit's head or team leader in any
 * group (it opens their unit only).
 */
export const dashboard: Handler = {
  name: 'dashboard',
  match: said,
  async handle(ctx) {
    const { config, clock, roster } = ctx.deps;
    if (!webConfigured(config)) return void (await ctx.reply(web.notConfigured()));
    const viewer = viewerOf(ctx.sender);
    const group = roster.group(ctx.msg.platform, ctx.msg.chatId);
    if (!viewer) return void (await ctx.reply(web.linkNotForYou()));
    if (viewer.scope.kind === 'township' && group && group.kind !== 'leaders') return void (await ctx.reply(web.linkInLeadersGroup()));
    const token = signLoginToken(config.WEB_SESSION_SECRET, viewer.id, clock.now(), config.WEB_LINK_MINUTES);
    const url = `${config.WEB_PUBLIC_URL.replace(/\/+$/, '')}/web/login?t=${token}`;
    await ctx.reply(web.link(url, config.WEB_LINK_MINUTES, viewer.scope.kind === 'unit' ? viewer.scope.unit : null), [viewer.id]);
    return false;
  },
};
