// The app's one i18n instance (Lingui's core, about 2.6 KB gzip with its React binding).
// English is in the first load; French and Arabic catalogs are separate chunks,
// fetched only when a page in that language opens.
import { i18n, type Messages } from '@lingui/core';
import { messages as en } from './catalogs/en/index';
import { DEFAULT_LOCALE, INTL_LOCALE, dirOf, type Locale } from './locales';
import { setFormatLocale } from '../lib/format-locale';

/** Every message id the English catalog defines: `t()` accepts only these. */
export type MessageId = keyof typeof en;
export type MessageValues = Record<string, string | number | null | undefined>;

const loaders: Record<Exclude<Locale, 'en'>, () => Promise<{ messages: Record<string, unknown> }>> = {
  fr: () => import('./catalogs/fr/index'),
  ar: () => import('./catalogs/ar/index'),
};

let active: Locale = DEFAULT_LOCALE;
const loaded = new Set<Locale>([DEFAULT_LOCALE]);

i18n.load(DEFAULT_LOCALE, en as unknown as Messages);
i18n.activate(DEFAULT_LOCALE, [INTL_LOCALE[DEFAULT_LOCALE]]);

/**
 * Loads a language's catalog (once) and makes it the active one. A message the
 * catalog lacks falls back to English; the completeness test keeps that from shipping.
 */
export async function activateLocale(locale: Locale, doc: Document | null = typeof document === 'undefined' ? null : document): Promise<void> {
  if (locale !== 'en' && !loaded.has(locale)) {
    const { messages } = await loaders[locale]();
    i18n.load(locale, { ...(en as unknown as Messages), ...(messages as Messages) });
    loaded.add(locale);
  }
  i18n.activate(locale, [INTL_LOCALE[locale]]);
  active = locale;
  setFormatLocale(locale);
  if (doc) {
    doc.documentElement.lang = locale;
    doc.documentElement.dir = dirOf(locale);
  }
}

/** The language the interface is in now. */
export function activeLocale(): Locale {
  return active;
}

/**
 * A message in the active language. For code outside React (summaries, exports, CSV
 * headers); components use `useT()`, which re-renders when the language changes.
 */
export function t(id: MessageId, values?: MessageValues): string {
  return i18n._(id, values);
}

export { i18n };
