import { createContext, useContext, useMemo } from 'react';
import { activeLocale, t, type MessageId, type MessageValues } from './i18n';
import type { Locale } from './locales';

/**
 * The page's language. Set once at the root (src/main.tsx) after its catalog has
 * loaded; a change of language is a navigation to the other address (/fr/…).
 */
export const LocaleContext = createContext<Locale>('en');

export type Translate = (id: MessageId, values?: MessageValues) => string;

/** The translate function for components: `const t = useT(); t('app.language.label')`. */
export function useT(): Translate {
  const locale = useContext(LocaleContext);
  // A new function per language, so memoised children that take it re-render.
  return useMemo(() => {
    void locale;
    return (id: MessageId, values?: MessageValues) => t(id, values);
  }, [locale]);
}

/** The page's language, for components that format or choose by it. */
export function useLocale(): Locale {
  useContext(LocaleContext);
  return activeLocale();
}
