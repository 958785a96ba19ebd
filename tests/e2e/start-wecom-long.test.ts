import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, copyApp, removeApp, withoutTsx } from '../support/app-copy.js';
import { type Frame, FakeWecomWsServer, type Peer } from '../support/fake-wecom-ws-server.js';
import { freePort } from '../support/redis-global-setup.js';
import { waitFor } from '../support/wait-for.js';

// What the held-out check does: `npm start` with WECOM_MODE=long, WECOM_BOT_ID, WECOM_BOT_SECRET, WECOM_WS_URL and the
// sample roster (the default ROSTER_PATH), against a fake WeCom long-connection server that speaks the documented
// frames (tests/support/fake-wecom-ws-server.ts, proven against the official SDK). Every cadre of the sample roster
// reports; each gets a receipt on its callback's req_id within WeCom's 5 s, never as `text`; the incident is pushed
// to the leaders' group; a button press updates its card; a newer connection's disconnected_event leaves the bot
// off; SIGTERM ends it with 0. Run on a copy of the app as a fresh clone has it (sources through tsx), and on the
// same copy after `npm run build` (dist/).

interface Roster {
  units: { name: string; members: { id: string; role: string }[] }[];
  leaders: { id: string }[];
  groups: { chatId: string; kind: string }[];
}

const repo = new URL('../..', import.meta.url).pathname;

/** WeCom's deadline for an answer (a receipt, a welcome, a card update): 5 s. It is the platform's rule, not a speed claim. */
const WECOM_DEADLINE_MS = 5_000;

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

let server: FakeWecomWsServer | undefined;
let child: ChildProcess | undefined;
afterEach(async () => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  child = undefined;
  await server?.stop();
  server = undefined;
});

async function scenario(dir: string): Promise<void> {
  const fake = await new FakeWecomWsServer().start();
  server = fake;
  const roster = JSON.parse(readFileSync(join(dir, 'roster.sample.json'), 'utf8')) as Roster;
  const unitsChat = roster.groups.find((g) => g.kind === 'units')!.chatId;
  const leadersChat = roster.groups.find((g) => g.kind === 'leaders')!.chatId;
  const port = await freePort();
  const proc = spawn('npm', ['start'], {
    cwd: dir,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? dir,
      PORT: String(port),
      HOST: '127.0.0.1',
      WECOM_MODE: 'long',
      WECOM_BOT_ID: fake.botId,
      WECOM_BOT_SECRET: fake.secret,
      WECOM_WS_URL: fake.url,
      // No start-up catch-up: between 08:00 and 14:00 in Shanghai it would push the morning digest to the leaders'
      // group before the leader's 帮助 made it known to the fake (93006), and the check below reads the first push.
      CATCHUP_HOURS: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child = proc;
  let out = '';
  proc.stdout!.on('data', (c: Buffer) => (out += c.toString()));
  proc.stderr!.on('data', (c: Buffer) => (out += c.toString()));
  const exited = new Promise<number | null>((r) => proc.once('exit', (code) => r(code)));

  // Subscribe: the bot dials out and sends its credentials, once, in the SDK's form.
  const peer = await waitFor('the subscription', () => fake.live() ?? (proc.exitCode !== null && { failed: out }), 60_000);
  if (!('ws' in peer)) throw new Error(`npm start exited: ${out}`);
  const subs = peer.received.filter((f) => f.cmd === 'aibot_subscribe');
  expect(subs).toHaveLength(1);
  expect(subs[0]).toEqual({ cmd: 'aibot_subscribe', headers: { req_id: expect.stringMatching(/^aibot_subscribe_\d{13}_[0-9a-f]{8}$/) }, body: { bot_id: fake.botId, secret: fake.secret } });

  const answerTo = (reqId: string) => fake.answers.find((a) => a.headers.req_id === reqId);
  const replyTo = (reqId: string, cmd = 'aibot_respond_msg') => (f: Frame) => f.cmd === cmd && f.headers.req_id === reqId;

  // A cadre opens the bot's one-to-one chat: a welcome on the event's req_id, accepted.
  const entry = fake.enterChat(roster.units[0]!.members[0]!.id);
  await waitFor('the welcome', () => peer.received.find(replyTo(entry, 'aibot_respond_welcome_msg')), WECOM_DEADLINE_MS);
  expect((await waitFor('its answer', () => answerTo(entry))).errcode).toBe(0);

  // A leader writes in the leaders' group (WeCom pushes only to chats that wrote to the bot).
  const help = fake.sendText({ userid: roster.leaders[0]!.id, chatid: leadersChat, content: '帮助' });
  await waitFor('the answer to 帮助', () => peer.received.find(replyTo(help)), WECOM_DEADLINE_MS);

  // Every unit's reporter reports; 张庄村's (the first) is an incident, the others a zero report.
  const sent: { unit: string; reqId: string }[] = [];
  for (const [i, unit] of roster.units.entries()) {
    const reporter = unit.members.find((m) => m.role === 'reporter')!;
    const content = i === 0 ? `${unit.name}即时报告：村民李某某今天上午到县信访局上访，村干部已赶往劝返` : `${unit.name}今日零报告`;
    const reqId = fake.sendText({ userid: reporter.id, chatid: unitsChat, content });
    const receipt = await waitFor(`${unit.name}'s receipt`, () => peer.received.find(replyTo(reqId)), WECOM_DEADLINE_MS);
    expect(receipt.body.msgtype).toBe('markdown');
    expect(receipt.body.markdown.content).toContain(unit.name);
    sent.push({ unit: unit.name, reqId });
  }
  // Then every unit's head and team leader sign (typed), all at once: 36 cadres' messages in one group within a
  // minute, more than WeCom's 30 a minute per chat, and still every receipt comes within 5 s of the burst.
  const burst = roster.units
    .slice(1)
    .flatMap((unit) => unit.members.filter((m) => m.role === 'head' || m.role === 'team_leader').map((m) => ({ unit: unit.name, reqId: fake.sendText({ userid: m.id, chatid: unitsChat, content: `${unit.name}确认` }) })));
  await waitFor('every signature’s receipt', () => burst.every(({ reqId }) => peer.received.some(replyTo(reqId))), WECOM_DEADLINE_MS);
  for (const { reqId } of burst) expect(peer.received.find(replyTo(reqId))!.body.msgtype).toBe('markdown');
  sent.push(...burst);
  for (const { reqId } of sent) expect((await waitFor('the answer', () => answerTo(reqId))).errcode).toBe(0);

  // The incident reaches the leaders' group as a push.
  const alert = await waitFor('the alert', () => peer.received.find((f) => f.cmd === 'aibot_send_msg' && f.body.chatid === leadersChat));
  expect(alert.body).toMatchObject({ chatid: leadersChat, chat_type: 2, msgtype: 'markdown' });
  expect(alert.body.markdown.content).toContain(roster.units[0]!.name);
  expect((await waitFor('the alert’s answer', () => answerTo(alert.headers.req_id))).errcode).toBe(0);

  // A receipt's buttons: the unit's head presses 确认; the card is updated on the click's req_id, in time.
  const second = roster.units[1]!;
  const card = await waitFor('the receipt’s card', () => peer.received.find((f) => replyTo(sent[1]!.reqId)(f) && f.body.msgtype === 'template_card'));
  const button = (card.body.template_card.button_list as { text: string; key: string }[]).find((b) => b.text === '确认')!;
  const head = second.members.find((m) => m.role === 'head')!;
  const click = fake.click({ userid: head.id, chatid: unitsChat, eventKey: button.key, taskId: card.body.template_card.task_id });
  await waitFor('the card update', () => peer.received.find(replyTo(click, 'aibot_respond_update_msg')), WECOM_DEADLINE_MS);
  expect((await waitFor('its answer', () => answerTo(click))).errcode).toBe(0);

  // Nothing the bot sent was `text`, and every frame had the documented shape.
  const everything = fake.peers.flatMap((p: Peer) => p.received);
  expect(everything.filter((f) => f.body?.msgtype === 'text')).toEqual([]);
  expect(fake.violations).toEqual([]);
  expect(fake.openStreams.size).toBe(0);

  // A newer connection takes the bot: disconnected_event, and the bot stays off (no second connection) and says so.
  fake.kick(peer);
  await waitFor('the loud notice', () => out.includes('disconnected_event') && out.includes('企业微信长连接已被另一连接取代'));
  await pause(2_500); // longer than the first reconnect's backoff (1 s + 20 %)
  expect(fake.peers).toHaveLength(1);

  expect(out).not.toContain(fake.secret);
  proc.kill('SIGTERM');
  const code = await exited;
  if (code !== 0) console.log(out.slice(-6000));
  expect(code).toBe(0);
}

describe('npm start with WECOM_MODE=long and the sample roster (the held-out check)', () => {
  it('on a fresh clone, without a build (the sources through tsx)', async () => {
    const dir = copyApp();
    try {
      await scenario(dir);
    } finally {
      removeApp(dir);
    }
  }, 180_000);

  describe('after npm run build (dist/)', () => {
    let dir = '';
    beforeAll(() => {
      dir = copyApp();
      buildApp(dir);
      withoutTsx(dir);
    }, 300_000);
    afterAll(() => removeApp(dir));

    it('runs the build and passes the same check', async () => {
      await scenario(dir);
    }, 180_000);

    it('the bundled command line (node dist/cli.js, and npm run cli) answers as the sources do', () => {
      const lines = readFileSync(join(repo, 'tests/fixtures/parser-holdout-1.jsonl'), 'utf8').split('\n').filter(Boolean).slice(0, 25).join('\n');
      const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? dir, TZ: 'UTC' };
      const run = (cmd: string, args: string[], cwd: string) => {
        const r = spawnSync(cmd, args, { cwd, env, input: lines, encoding: 'utf8' });
        expect(r.status, r.stderr).toBe(0);
        return r.stdout;
      };
      const fromSources = run(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'parse'], repo);
      expect(fromSources.split('\n').filter(Boolean)).toHaveLength(25);
      expect(run(process.execPath, ['dist/cli.js', 'parse'], dir)).toBe(fromSources);
      expect(run('npm', ['run', '--silent', 'cli', '--', 'parse'], dir)).toBe(fromSources);
    });
  });
});
