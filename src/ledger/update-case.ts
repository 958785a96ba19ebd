import type { Case } from './case.js';
import type { CaseStore } from './case-store.js';

/**
 * Read, change, compare-and-set, until it sticks: two messages about one case at once both land, in some order.
 * `change` returns the next case, or a refusal (a string) that is handed back without writing anything.
 */
export async function updateCase<R extends string>(
  store: CaseStore,
  township: string,
  no: number,
  change: (c: Case) => Case | R,
): Promise<{ ok: true; case: Case } | { ok: false; reason: R | 'not_found' }> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const cur = await store.get(township, no);
    if (!cur) return { ok: false, reason: 'not_found' };
    const next = change(cur);
    if (typeof next === 'string') return { ok: false, reason: next };
    if (await store.replace(township, next, cur.versions.length)) return { ok: true, case: next };
  }
  throw new Error(`case ${no} kept changing; try again`);
}
