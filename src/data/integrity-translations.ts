// Issue 19: the editors' French and Arabic versions of a record's texts. Each key of
// record.translations.<lang> must name an English text field the record has and
// that the editors wrote; anything else is an error at its exact path.
import { t } from '../i18n/i18n';
import type { Bundle } from './schema';

interface Problem {
  path: string;
  message: string;
}

/** Per section, the record fields written by the editors that may be translated. */
export const TRANSLATABLE_FIELDS = {
  fighterSnapshots: ['dateNote', 'scope', 'note'],
  cellEvents: ['dateNote', 'laterArrestsNote', 'details', 'note'],
  cellCounts: ['note'],
  countermeasures: ['title', 'description', 'horizonReason'],
  contextEvents: ['dateNote', 'title', 'description'],
  detentionFigures: ['dateNote', 'scope', 'period', 'note'],
  regionalFigures: ['dateNote', 'note'],
  populations: ['note'],
} as const satisfies Partial<Record<keyof Bundle, readonly string[]>>;

export type TranslatableSection = keyof typeof TRANSLATABLE_FIELDS;
export const TRANSLATION_LANGUAGES = ['fr', 'ar'] as const;

type TranslatableRecord = Record<string, unknown> & {
  translations?: Partial<Record<(typeof TRANSLATION_LANGUAGES)[number], Record<string, string> | undefined>> | undefined;
};

export function checkTranslations(bundle: Bundle): Problem[] {
  const problems: Problem[] = [];
  for (const section of Object.keys(TRANSLATABLE_FIELDS) as TranslatableSection[]) {
    const fields: readonly string[] = TRANSLATABLE_FIELDS[section];
    const records = bundle[section] as readonly TranslatableRecord[];
    records.forEach((record, index) => {
      for (const lang of TRANSLATION_LANGUAGES) {
        for (const key of Object.keys(record.translations?.[lang] ?? {})) {
          const path = `${section}[${index}].translations.${lang}.${key}`;
          const english = record[key];
          if (Object.hasOwn(record, key) && typeof english === 'string' && english !== '' && !fields.includes(key)) {
            problems.push({ path, message: t('data.integrity.translationNotEditorText', { field: key, fields: fields.join(', ') }) });
          } else if (typeof english !== 'string' || english === '' || !fields.includes(key)) {
            problems.push({ path, message: t('data.integrity.translationNoEnglish', { field: key }) });
          }
        }
      }
    });
  }
  return problems;
}

/** How many translatable English texts the bundle has, and how many have a version in each language. */
export function translationCoverage(bundle: Bundle): { total: number; translated: Record<(typeof TRANSLATION_LANGUAGES)[number], number> } {
  const translated = { fr: 0, ar: 0 };
  let total = 0;
  for (const section of Object.keys(TRANSLATABLE_FIELDS) as TranslatableSection[]) {
    const fields: readonly string[] = TRANSLATABLE_FIELDS[section];
    for (const record of bundle[section] as readonly TranslatableRecord[]) {
      for (const field of fields) {
        const english = record[field];
        if (typeof english !== 'string' || english === '') continue;
        total += 1;
        for (const lang of TRANSLATION_LANGUAGES) if (record.translations?.[lang]?.[field]) translated[lang] += 1;
      }
    }
  }
  return { total, translated };
}
