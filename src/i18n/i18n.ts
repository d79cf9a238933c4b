// The app's one i18n instance (Lingui's core: about 2.6 KB gzip; react-intl measured
// 13.9-18.4 KB the same way). Catalogs are split by language and by area of the app:
// the shell's areas (app, charts, data) load with the page's language; each view's
// area loads with the view's own code (src/app/router.tsx), so the first load of
// an English page carries neither French nor Arabic, nor the other views' words.
import { i18n, type Messages } from '@lingui/core';
import type { messages as englishCatalog } from './catalogs/en/index';
import { DEFAULT_LOCALE, INTL_LOCALE, dirOf, type Locale } from './locales';
import { setFormatLocale } from './format-locale';
// English shell areas are in the first load, so an English page renders without waiting for a catalog.
import enApp from './catalogs/en/app.json';
import enCharts from './catalogs/en/charts.json';
import enData from './catalogs/en/data.json';

/** Every message id the English catalog defines: `t()` accepts only these. */
export type MessageId = keyof typeof englishCatalog;
export type MessageValues = Record<string, string | number | null | undefined>;

/** The catalog files of each language (src/i18n/catalogs/<lang>/<area>.json). */
export const AREAS = [
  'app',
  'charts',
  'data',
  'overview',
  'fighters',
  'timeline',
  'countermeasures',
  'sources',
  'own-data',
  'present-embed',
] as const;
export type Area = (typeof AREAS)[number];
/** Areas every page uses: the header and footer, chart frames, the bundle's labels. */
export const SHELL_AREAS: readonly Area[] = ['app', 'charts', 'data'];

// Node scripts (validate-data, export-package) run this module without Vite: no glob there,
// and only the English shell areas imported above, which are all their messages need.
const files: Record<string, () => Promise<Messages>> =
  // Vite replaces import.meta.env and expands the glob at build; plain Node has neither.
  import.meta.env ? import.meta.glob<Messages>('./catalogs/*/*.json', { import: 'default' }) : {};

let active: Locale = DEFAULT_LOCALE;
const loaded = new Set<string>(['en/app', 'en/charts', 'en/data']);

function loader(locale: Locale, area: Area): () => Promise<Messages> {
  const load = files[`./catalogs/${locale}/${area}.json`];
  if (!load) throw new Error(`No catalog ${locale}/${area}.json`);
  return load;
}

/** Loads areas of a language's catalog that are not loaded yet. */
export async function loadAreas(areas: readonly Area[], locale: Locale = active): Promise<void> {
  const missing = areas.filter((area) => !loaded.has(`${locale}/${area}`));
  if (missing.length === 0) return;
  const catalogs = await Promise.all(missing.map((area) => loader(locale, area)()));
  i18n.load(locale, Object.assign({}, ...catalogs) as Messages);
  for (const area of missing) loaded.add(`${locale}/${area}`);
}

/** Loads every area (tests, and views that show charts of every area: /present and embeds). */
export function loadAllAreas(locale: Locale = active): Promise<void> {
  return loadAreas(AREAS, locale);
}

/** Makes a language the active one, with its shell areas loaded. Sets <html lang dir>. */
export async function activateLocale(locale: Locale, doc: Document | null = typeof document === 'undefined' ? null : document): Promise<void> {
  // Unit tests render any view without its route: every area, in every language they use.
  await loadAreas(import.meta.env.MODE === 'test' ? AREAS : SHELL_AREAS, locale);
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
  return i18n._(id, active === 'ar' && values ? isolateLatin(values) : values);
}

/**
 * A value set apart from the sentence around it in Arabic (FSI ... PDI), whatever its
 * letters: a column name or a cell as written ("date", "2017-13", "douze"). Without it
 * an Arabic sentence reorders them: "2017-13" after Arabic words reads "13-2017".
 * Other languages get the text unchanged.
 */
export function isolate(text: string): string {
  return active === 'ar' && !text.startsWith('\u2068') ? `\u2068${text}\u2069` : text;
}

const ARABIC_LETTER = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;

/**
 * In Arabic, a value written in Latin letters (a source's or speaker's name, "Interior
 * Ministry (Laftit, Nov 2017)") is set between Unicode isolates (FSI ... PDI), so its
 * own parentheses and punctuation stay with it instead of being reordered by the
 * surrounding right-to-left text.
 */
function isolateLatin(values: MessageValues): MessageValues {
  const out: MessageValues = {};
  for (const [key, value] of Object.entries(values)) {
    // Lower-case identifiers ("domain", "per-million") are select keys, never shown: left as they are.
    // A value with Arabic letters in it is already an Arabic sentence (a problem said by row, a
    // record's Arabic text): an isolate would take its direction from a first Latin word and
    // lay the whole sentence out left to right.
    const shown =
      typeof value === 'string' && /[A-Za-z]/.test(value) && !ARABIC_LETTER.test(value) && !/^[a-z0-9][a-z0-9_-]*$/.test(value);
    out[key] = shown ? isolate(value) : value;
  }
  return out;
}

i18n.load(DEFAULT_LOCALE, { ...enApp, ...enCharts, ...enData } as unknown as Messages);
i18n.activate(DEFAULT_LOCALE, [INTL_LOCALE[DEFAULT_LOCALE]]);

export { i18n };
