/**
 * Polls `probe` every 10 ms until it returns something truthy, and returns that. The ceiling is generous on purpose:
 * it bounds only a failing wait, and a loaded 2-core CI machine can stall a passing one for seconds. Tests that assert
 * a deadline (a receipt within 5 s) pass their own `ms`.
 */
export async function waitFor<T>(what: string, probe: () => T | undefined | false, ms = 15_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = probe();
    if (v) return v;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
