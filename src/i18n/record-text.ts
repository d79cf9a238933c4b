// Texts the editors wrote in the bundle (event summaries, measure descriptions,
// notes) may carry French and Arabic versions: record.translations.fr.summary.
// Where a version is missing the English text is shown, with `fallback` set so
// the view can mark it ("in English"). Source titles and quotations are never
// translated: they stay in the language they were published in.
import { activeLocale } from './i18n';
import type { Locale } from './locales';

export interface Translatable {
  translations?: Partial<Record<Exclude<Locale, 'en'>, Record<string, string | undefined> | undefined>> | undefined;
}

export interface RecordText {
  text: string;
  /** The language the text is in. */
  lang: Locale;
  /** True when the page's language has no version and English is shown instead. */
  fallback: boolean;
}

export function recordText<R extends Translatable>(record: R, field: keyof R & string, locale: Locale = activeLocale()): RecordText | null {
  const english = record[field];
  if (typeof english !== 'string' || english === '') return null;
  if (locale === 'en') return { text: english, lang: 'en', fallback: false };
  const translated = record.translations?.[locale]?.[field];
  return translated ? { text: translated, lang: locale, fallback: false } : { text: english, lang: 'en', fallback: true };
}
