// The editors' French and Arabic versions of a record's texts (issue 19) as CSV
// columns, so the data package and its re-import keep them: "title_fr",
// "description_ar"… after the record's own columns.
import type { CsvValue } from '../lib/csv';
import { TRANSLATION_LANGUAGES } from './integrity-translations';

type Lang = (typeof TRANSLATION_LANGUAGES)[number];
type Translated = { translations?: Partial<Record<Lang, Record<string, string> | undefined>> | undefined };

/** [record field, CSV column] pairs. */
export type TranslatedFields = readonly (readonly [string, string])[];

export const MEASURE_TRANSLATED: TranslatedFields = [
  ['title', 'title'],
  ['description', 'description'],
  ['horizonReason', 'horizon_reason'],
];
export const EVENT_TRANSLATED: TranslatedFields = [
  ['dateNote', 'date_note'],
  ['laterArrestsNote', 'later_arrests_note'],
  ['details', 'details'],
  ['note', 'note'],
];
export const STATEMENT_TRANSLATED: TranslatedFields = [
  ['dateNote', 'date_note'],
  ['scope', 'scope'],
  ['note', 'note'],
];
export const COUNT_TRANSLATED: TranslatedFields = [['note', 'note']];
export const DETENTION_TRANSLATED: TranslatedFields = [
  ['dateNote', 'date_note'],
  ['scope', 'scope'],
  ['period', 'period'],
  ['note', 'note'],
];
export const REGIONAL_TRANSLATED: TranslatedFields = [
  ['dateNote', 'date_note'],
  ['note', 'note'],
];
export const POPULATION_TRANSLATED: TranslatedFields = [['note', 'note']];
export const CONTEXT_TRANSLATED: TranslatedFields = [
  ['dateNote', 'date_note'],
  ['title', 'title'],
  ['description', 'description'],
];

export const translationHeader = (fields: TranslatedFields): string[] =>
  TRANSLATION_LANGUAGES.flatMap((lang) => fields.map(([, column]) => `${column}_${lang}`));

export const translationCells = (record: Translated, fields: TranslatedFields): CsvValue[] =>
  TRANSLATION_LANGUAGES.flatMap((lang) => fields.map(([field]) => record.translations?.[lang]?.[field]));

/** The translations a row's columns hold; undefined when it has none. */
export function readTranslations(
  text: (column: string) => string | undefined,
  fields: TranslatedFields,
): Partial<Record<Lang, Record<string, string>>> | undefined {
  const out: Partial<Record<Lang, Record<string, string>>> = {};
  for (const lang of TRANSLATION_LANGUAGES) {
    for (const [field, column] of fields) {
      const value = text(`${column}_${lang}`);
      if (value !== undefined && value !== '') (out[lang] ??= {})[field] = value;
    }
  }
  return Object.keys(out).length === 0 ? undefined : out;
}
