// The reader's chosen language, remembered in this browser. An English address
// (every address that existed before French and Arabic) opened by a reader who
// chose French goes to its French twin; embeds and /present are left as linked,
// because their address is chosen by whoever placed them in a page or a deck.
import { DEFAULT_LOCALE, isLocale, localeFromPath, localizePath, type Locale } from './locales';

export const LANGUAGE_KEY = 'lang';

export function rememberedLocale(storage: Pick<Storage, 'getItem'> | null = safeStorage()): Locale | null {
  try {
    const value = storage?.getItem(LANGUAGE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

export function rememberLocale(locale: Locale, storage: Pick<Storage, 'setItem'> | null = safeStorage()): void {
  try {
    storage?.setItem(LANGUAGE_KEY, locale);
  } catch {
    // Private mode or a full quota: the choice lasts for this page only.
  }
}

/** Where a reader with a remembered language should be sent from this address, or null to stay. */
export function rememberedRedirect(pathname: string, search: string, hash: string, remembered: Locale | null): string | null {
  if (!remembered || remembered === DEFAULT_LOCALE) return null;
  if (localeFromPath(pathname) !== DEFAULT_LOCALE) return null;
  if (/^\/(embed|present)(\/|$)/.test(pathname)) return null;
  return `${localizePath(pathname, remembered)}${search}${hash}`;
}

function safeStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
