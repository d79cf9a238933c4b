// Issue 19: the editors' French and Arabic versions of record texts. A translated
// field must be an English text field the record has; each row breaks that once
// and names the exact path and message the author will see.
import { afterEach, describe, expect, it } from 'vitest';
import { activateLocale } from '../i18n/i18n';
import { recordText } from '../i18n/record-text';
import { fixtureBundle } from '../testing/fixture-bundle';
import { translationCoverage } from './integrity-translations';
import type { Bundle } from './schema';
import { validateBundle } from './validate';

type Loose = Record<string, unknown>;

function translated(): Bundle {
  const bundle = structuredClone(fixtureBundle());
  bundle.meta.translations = { fr: { by: 'the editors', note: 'December 2026' }, ar: { by: 'the editors' } };
  bundle.cellEvents[0]!.translations = { fr: { details: 'Événement de test.' }, ar: { details: 'حدث تجريبي.' } };
  bundle.countermeasures[0]!.translations = { fr: { description: 'Surveiller les prisons de plus près.' } };
  bundle.contextEvents[0]!.translations = { ar: { description: 'حدث سياقي تجريبي.' } };
  return bundle;
}

function problemsOf(data: unknown) {
  const result = validateBundle(data);
  return result.ok ? [] : result.problems;
}

afterEach(async () => {
  await activateLocale('en', null);
});

describe('record translations (issue 19)', () => {
  it('accepts translations of the records’ own English texts, and meta.translations', () => {
    expect(problemsOf(translated())).toEqual([]);
  });

  it.each<[string, (b: Bundle) => void, { path: string; message: string }]>([
    [
      'a misspelt field',
      (b) => {
        (b.cellEvents[0] as Loose).translations = { fr: { sumary: 'Résumé' } };
      },
      { path: 'cellEvents[0].translations.fr.sumary', message: 'no English "sumary" on this record' },
    ],
    [
      'a field the English record leaves out',
      (b) => {
        b.cellEvents[0]!.translations = { ar: { note: 'ملاحظة' } };
      },
      { path: 'cellEvents[0].translations.ar.note', message: 'no English "note" on this record' },
    ],
    [
      'a field that is not the editors’ text',
      (b) => {
        b.countermeasures[0]!.translations = { fr: { id: 'autre-id' } };
      },
      {
        path: 'countermeasures[0].translations.fr.id',
        message: '"id" is not a text the editors wrote; translate only title, description, horizonReason',
      },
    ],
    [
      'a field of another record type',
      (b) => {
        b.contextEvents[0]!.translations = { fr: { details: 'Détails' } };
      },
      { path: 'contextEvents[0].translations.fr.details', message: 'no English "details" on this record' },
    ],
  ])('refuses %s, at its exact path', (_, breakIt, problem) => {
    const bundle = translated();
    breakIt(bundle);
    expect(problemsOf(bundle)).toEqual([problem]);
  });

  it('refuses an empty translation and a credit without its translator', () => {
    const bundle = translated() as Bundle & { meta: Loose };
    bundle.contextEvents[0]!.translations = { fr: { title: '' } };
    bundle.meta.translations = { fr: {} as { by: string } };
    expect(problemsOf(bundle)).toEqual([
      { path: 'meta.translations.fr.by', message: 'expected string, got nothing (the field is missing)' },
      { path: 'contextEvents[0].translations.fr.title', message: 'expected a non-empty text, got the text ""' },
    ]);
  });

  it('says the problem in French on a French page, keeping path and field', async () => {
    await activateLocale('fr', null);
    const bundle = translated();
    (bundle.cellEvents[0] as Loose).translations = { fr: { sumary: 'Résumé' } };
    expect(problemsOf(bundle)).toEqual([
      { path: 'cellEvents[0].translations.fr.sumary', message: 'pas de «\u202fsumary\u202f» en anglais dans cet enregistrement' },
    ]);
  });

  it('counts the texts translated per language', () => {
    const bundle = translated();
    const { total, translated: done } = translationCoverage(bundle);
    expect(done).toEqual({ fr: 2, ar: 2 });
    expect(total).toBeGreaterThanOrEqual(4);
  });

  it('shows the editors’ version, or English marked as a fallback', () => {
    const bundle = translated();
    expect(recordText(bundle.cellEvents[0]!, 'details', 'fr')).toEqual({ text: 'Événement de test.', lang: 'fr', fallback: false });
    expect(recordText(bundle.contextEvents[0]!, 'description', 'fr')).toEqual({
      text: 'Test context event.',
      lang: 'en',
      fallback: true,
    });
  });
});
