// The editors' French and Arabic versions of the bundle's record texts (issue 19).
// Prints how much is translated per language; fails only on a structural problem:
// a translated key that is not an English text field of its record.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkTranslations, translationCoverage, TRANSLATION_LANGUAGES } from '../data/integrity-translations';
import type { Bundle } from '../data/schema';
import { validateBundle } from '../data/validate';

const result = validateBundle(JSON.parse(readFileSync('public/data/bundle.json', 'utf8')) as unknown);

describe('record translations in the shipped bundle', () => {
  it('translate only English text fields the records have', () => {
    expect(result.ok ? [] : result.problems.filter((p) => p.path.includes('.translations.'))).toEqual([]);
    if (result.ok) expect(checkTranslations(result.bundle)).toEqual([]);
  });

  it('prints the share of record texts translated per language', () => {
    expect(result.ok).toBe(true);
    const bundle = (result as { bundle: Bundle }).bundle;
    const { total, translated } = translationCoverage(bundle);
    for (const lang of TRANSLATION_LANGUAGES) {
      const share = total === 0 ? 0 : Math.round((translated[lang] / total) * 100);
      console.log(`[i18n] ${lang}: ${translated[lang]} of ${total} record texts translated (${share}%)`);
    }
    expect(total).toBeGreaterThan(0);
  });
});
