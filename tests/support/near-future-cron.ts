// A seconds-precision node-cron expression for a wall-clock second a little ahead, read in Asia/Shanghai, so a
// test sees node-cron fire for real without waiting for a whole minute.
const pad = (n: number) => String(n).padStart(2, '0');

export function nearFutureCron(secondsAhead = 2): { cron: string; at: Date } {
  const at = new Date(Math.ceil(Date.now() / 1000) * 1000 + secondsAhead * 1000);
  const sh = new Date(at.getTime() + 8 * 3_600_000); // Shanghai wall time, read through the UTC getters
  return { cron: `${sh.getUTCSeconds()} ${sh.getUTCMinutes()} ${sh.getUTCHours()} ${sh.getUTCDate()} ${sh.getUTCMonth() + 1} *`, at };
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** Waits until `done()` or the time limit; returns whether it became true (the test asserts on that). */
export async function waitFor(done: () => boolean, limitMs = 10_000): Promise<boolean> {
  const until = Date.now() + limitMs;
  while (!done() && Date.now() < until) await sleep(25);
  return done();
}

export { pad };
