// Completeness of the interface catalogs. Fails when a message used in the code is
// missing from a catalog, when a translation drops or renames a placeholder, or
// when a message is not valid ICU MessageFormat.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileMessage } from '@lingui/message-utils/compileMessage';
import { compileCatalog } from '../../scripts/vite-plugin-catalogs';
import { LOCALES } from './locales';

const ROOT = join(__dirname, '..');
const CATALOGS = join(__dirname, 'catalogs');

function readCatalog(locale: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const file of readdirSync(join(CATALOGS, locale)).filter((f) => f.endsWith('.json')).sort()) {
    const messages = JSON.parse(readFileSync(join(CATALOGS, locale, file), 'utf8')) as Record<string, string>;
    for (const [id, message] of Object.entries(messages)) {
      if (id in out) throw new Error(`${locale}/${file}: "${id}" is defined twice`);
      out[id] = message;
    }
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'catalogs' ? [] : sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/**
 * The argument names a message uses, read from its compiled form: "{count, plural, one {# cell}
 * other {# cells}} in {year}" -> count, year. A branch's text ("{its}") is not an argument.
 */
function placeholders(message: string): string[] {
  const names = new Set<string>();
  const walk = (tokens: unknown): void => {
    if (!Array.isArray(tokens)) return;
    for (const token of tokens) {
      if (!Array.isArray(token)) continue;
      const [name, , format] = token as [unknown, unknown, unknown];
      if (typeof name === 'string') names.add(name);
      if (format && typeof format === 'object') for (const branch of Object.values(format)) walk(branch);
    }
  };
  walk(compileMessage(message));
  return [...names].sort();
}

const catalogs = Object.fromEntries(LOCALES.map((l) => [l, readCatalog(l)])) as Record<string, Record<string, string>>;
const english = catalogs.en ?? {};

describe('interface catalogs', () => {
  it('every message id written in the code is in the English catalog', () => {
    const used = new Map<string, string>();
    for (const file of sourceFiles(ROOT)) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/\bt\(\s*['"]([a-z][\w-]*(?:\.[\w-]+)+)['"]/g)) used.set(match[1] ?? '', file);
    }
    const missing = [...used].filter(([id]) => !(id in english)).map(([id, file]) => `${id} (${file.slice(ROOT.length + 1)})`);
    expect(missing).toEqual([]);
    expect(used.size).toBeGreaterThan(0);
  });

  for (const locale of LOCALES.filter((l) => l !== 'en')) {
    it(`${locale} has every English message, and no other`, () => {
      const catalog = catalogs[locale] ?? {};
      expect(Object.keys(english).filter((id) => !(id in catalog))).toEqual([]);
      expect(Object.keys(catalog).filter((id) => !(id in english))).toEqual([]);
    });

    it(`${locale} keeps each message's placeholders`, () => {
      const catalog = catalogs[locale] ?? {};
      const wrong = Object.entries(english)
        .filter(([id]) => id in catalog)
        .filter(([id, message]) => placeholders(message).join() !== placeholders(catalog[id] ?? '').join())
        .map(([id, message]) => `${id}: ${placeholders(message).join()} vs ${placeholders(catalog[id] ?? '').join()}`);
      expect(wrong).toEqual([]);
    });
  }

  for (const locale of LOCALES) {
    it(`${locale} messages are valid ICU MessageFormat`, () => {
      for (const file of readdirSync(join(CATALOGS, locale)).filter((f) => f.endsWith('.json'))) {
        expect(() => compileCatalog(readFileSync(join(CATALOGS, locale, file), 'utf8'), `${locale}/${file}`)).not.toThrow();
      }
    });
  }

  it('prints how much of the interface is translated (identical to English counts as not)', () => {
    const total = Object.keys(english).length;
    for (const locale of LOCALES.filter((l) => l !== 'en')) {
      const catalog = catalogs[locale] ?? {};
      const same = Object.keys(english).filter((id) => catalog[id] === english[id]);
      console.log(`[i18n] ${locale}: ${total - same.length} of ${total} interface messages differ from English (${same.length} identical, e.g. names and numbers)`);
    }
    expect(total).toBeGreaterThan(0);
  });
});
