// Cell dismantlings counted one way everywhere: `arrested` is people arrested
// in Morocco, arrests in other countries of a joint operation are listed by
// country, and a follow-up operation adds arrests but is not a new cell.
import { t } from '../i18n/i18n';
import { formatQualified, QUALIFIER_WORDS_EN, qualifierWordEn, readQualifier } from './qualifiers';
import type { ArrestAbroad, CellEvent } from './schema';

/** A follow-up operation belongs to an earlier cell: it is not counted as a dismantling. */
export const isNewCell = (event: CellEvent): boolean => event.followUpOf === undefined;

/** People arrested abroad in the same joint operation, all countries together. */
export const arrestedAbroadTotal = (event: CellEvent): number =>
  (event.arrestedAbroad ?? []).reduce((sum, a) => sum + a.count, 0);

/**
 * "Spain: 6; Spain (Ceuta): about 3" (qualifiers kept), for tables and CSV; '' when
 * none. Always English words and plain digits, so parseArrestedAbroad reads it back.
 */
export const arrestedAbroadText = (event: CellEvent): string =>
  (event.arrestedAbroad ?? [])
    .map((a) => `${a.country}: ${a.qualifier ? `${qualifierWordEn(a.qualifier)} ` : ''}${a.count.toLocaleString('en-GB')}`)
    .join('; ');

const QUALIFIER_TEXT = [...Object.values(QUALIFIER_WORDS_EN), ...Object.keys(QUALIFIER_WORDS_EN)].join('|');
const ABROAD_ENTRY = new RegExp(
  `^(.+?)\\s*:\\s*(?:(${QUALIFIER_TEXT})\\s+)?(\\d{1,3}(?:,\\d{3})+|\\d+)$`,
  'i',
);

/**
 * arrestedAbroadText read back: "Spain: 6; Spain (Ceuta): about 3" -> the list,
 * exactly as written from it; '' -> []. A country name containing ";" cannot be
 * written this way (none in the bundle does). An entry that is not "Country: N"
 * gives the error message instead.
 */
export function parseArrestedAbroad(
  text: string,
): { ok: true; value: ArrestAbroad[] } | { ok: false; message: string } {
  const value: ArrestAbroad[] = [];
  for (const entry of text
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '')) {
    const match = ABROAD_ENTRY.exec(entry);
    if (!match)
      return {
        ok: false,
        message: t('data.cellEvents.abroadNotParsed', { entry }),
      };
    const qualifier = match[2] === undefined ? undefined : (readQualifier(match[2]) ?? undefined);
    const count = Number(match[3]!.replace(/,/g, ''));
    value.push(
      qualifier === undefined ? { country: match[1]!, count } : { country: match[1]!, count, qualifier },
    );
  }
  return { ok: true, value };
}

/**
 * Where the operation's arrests were made, in words: "3 in Morocco; 6 in Spain",
 * "about 12 in Morocco". null when the number arrested in Morocco is not stated
 * and none abroad is given.
 */
export function arrestsByCountry(event: CellEvent): string | null {
  const parts: string[] = [];
  if (event.arrested !== null) {
    parts.push(t('data.cellEvents.arrestsInMorocco', { count: formatQualified(event.arrested, event.arrestedQualifier) }));
  }
  for (const a of event.arrestedAbroad ?? []) {
    parts.push(t('data.cellEvents.arrestsIn', { count: formatQualified(a.count, a.qualifier), country: a.country }));
  }
  if (parts.length === 0) return null;
  if (event.arrested === null) parts.unshift(t('data.cellEvents.moroccoNotStated'));
  return parts.join(t('data.list.semicolon'));
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
