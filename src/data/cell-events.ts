// Cell dismantlings counted one way everywhere: `arrested` is people arrested
// in Morocco, arrests in other countries of a joint operation are listed by
// country, and a follow-up operation adds arrests but is not a new cell.
import { formatQualified } from './qualifiers';
import type { CellEvent } from './schema';

/** A follow-up operation belongs to an earlier cell: it is not counted as a dismantling. */
export const isNewCell = (event: CellEvent): boolean => event.followUpOf === undefined;

/** People arrested abroad in the same joint operation, all countries together. */
export const arrestedAbroadTotal = (event: CellEvent): number =>
  (event.arrestedAbroad ?? []).reduce((sum, a) => sum + a.count, 0);

/** "Spain: 6; Spain (Ceuta): 3" (qualifiers kept), for tables and CSV; '' when none. */
export const arrestedAbroadText = (event: CellEvent): string =>
  (event.arrestedAbroad ?? []).map((a) => `${a.country}: ${formatQualified(a.count, a.qualifier)}`).join('; ');

/**
 * Where the operation's arrests were made, in words: "3 in Morocco; 6 in Spain",
 * "about 12 in Morocco". null when the number arrested in Morocco is not stated
 * and none abroad is given.
 */
export function arrestsByCountry(event: CellEvent): string | null {
  const parts: string[] = [];
  if (event.arrested !== null) parts.push(`${formatQualified(event.arrested, event.arrestedQualifier)} in Morocco`);
  for (const a of event.arrestedAbroad ?? []) parts.push(`${formatQualified(a.count, a.qualifier)} in ${a.country}`);
  if (parts.length === 0) return null;
  if (event.arrested === null) parts.unshift('number in Morocco not stated');
  return parts.join('; ');
}

export interface CellTotals {
  /** Dismantlings, follow-ups left out. */
  cells: number;
  followUps: number;
  /** Arrested in Morocco at the operations, follow-ups included. */
  arrested: number;
  laterArrests: number;
  abroad: number;
  /** Operations whose number arrested in Morocco is not stated. */
  unstated: number;
}

export function cellTotals(events: readonly CellEvent[]): CellTotals {
  const totals: CellTotals = { cells: 0, followUps: 0, arrested: 0, laterArrests: 0, abroad: 0, unstated: 0 };
  for (const e of events) {
    if (isNewCell(e)) totals.cells += 1;
    else totals.followUps += 1;
    if (e.arrested === null) totals.unstated += 1;
    else totals.arrested += e.arrested;
    totals.laterArrests += e.laterArrests ?? 0;
    totals.abroad += arrestedAbroadTotal(e);
  }
  return totals;
}
