import { useLocation } from 'react-router-dom';
import { LOCALES, LOCALE_NAMES, isLocale, localizePath, type Locale } from '../i18n/locales';
import { rememberLocale } from '../i18n/remembered';
import { useLocale, useT } from '../i18n/use-t';
import { sitePath } from '../lib/same-origin';

/** The address of this view, with its state, in another language. */
export function useLocalizedHref(): (locale: Locale) => string {
  const location = useLocation();
  return (locale) => `${localizePath(sitePath(location.pathname), locale)}${location.search}${location.hash}`;
}

/**
 * Beside the theme menu. A language is another address (/fr/timeline), so choosing
 * one opens the same view, with the same filters, in that language, and remembers it.
 */
export function LanguagePicker() {
  const t = useT();
  const locale = useLocale();
  const hrefFor = useLocalizedHref();
  return (
    <label className="theme-picker language-picker">
      <span>{t('app.language.label')}</span>
      <select
        value={locale}
        onChange={(e) => {
          const next = e.target.value;
          if (!isLocale(next) || next === locale) return;
          rememberLocale(next);
          window.location.assign(hrefFor(next));
        }}
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LOCALE_NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}

/** hreflang addresses must be absolute (search engines ignore relative ones). */
const absolute = (href: string) => (typeof location === 'undefined' ? href : new URL(href, location.origin).href);

/**
 * hreflang alternates of this view (React puts them in <head>). A saved static page
 * carries its own (scripts/prerender.mjs), removed when the live view takes over.
 */
export function LanguageAlternates() {
  const hrefFor = useLocalizedHref();
  return (
    <>
      {LOCALES.map((l) => (
        <link key={l} rel="alternate" hrefLang={l} href={absolute(hrefFor(l))} />
      ))}
      <link rel="alternate" hrefLang="x-default" href={absolute(hrefFor('en'))} />
    </>
  );
}
