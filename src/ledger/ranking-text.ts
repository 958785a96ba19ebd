import type { Deps } from '../core/deps.js';
import type { IsoDate } from '../dates.js';
import { ledgerReport } from '../strings.js';
import { rankByPetitions } from './ranking.js';

/** The 通报 text of a range, from the ledger's incidents. */
export async function rankingText(deps: Deps, from: IsoDate, to: IsoDate): Promise<string> {
  const { roster } = deps.roster;
  const { rows, lastTwo } = rankByPetitions(await deps.cases.list(roster.township), roster.units.map((u) => u.name), from, to);
  return ledgerReport.ranking({ township: roster.township, from, to, rows, lastTwo });
}
