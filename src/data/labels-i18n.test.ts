// The shared labels and messages of src/data in French and Arabic (issue 19):
// importers keep reading the same constants, which answer in the active language.
import { describe, expect, it } from 'vitest';
import { activateLocale } from '../i18n/i18n';
import { fixtureBundle } from '../testing/fixture-bundle';
import { sectionLabel } from './bundle-sections';
import { arrestedAbroadText, arrestsByCountry, parseArrestedAbroad } from './cell-events';
import { citationsBySource, SECTION_LABELS } from './citations';
import { formatBytes } from './load-bundle';
import { formatQualified, QUALIFIER_WORDS, qualifierWord, readQualifier } from './qualifiers';
import { provenanceLabel, SOURCE_KIND_LABELS } from './source-kinds';
import { validateBundle } from './validate';

describe('data labels in French', () => {
  it('qualifiers, source kinds, provenance and sections read in French', async () => {
    await activateLocale('fr', null);
    expect(QUALIFIER_WORDS['more-than']).toBe('plus de');
    expect(qualifierWord('up-to')).toBe('jusqu’à');
    expect(formatQualified(1664, 'about')).toBe('environ 1\u202f664');
    expect(SOURCE_KIND_LABELS['op-ed']).toBe('Tribune');
    expect(provenanceLabel(true, ['state-media'])).toBe('chiffre officiel, rapporté par les médias d’État');
    expect(SECTION_LABELS.cellEvents).toBe('Démantèlements de cellules');
    expect(sectionLabel('detentionFigures')).toBe('chiffres de détention');
    expect(sectionLabel('populations')).toBe('chiffres de population');
    expect(formatBytes(50 * 1024 * 1024)).toBe('50,0 Mo');
  });

  it('reads back English and French qualifier words, and keeps CSV cells in English', async () => {
    await activateLocale('fr', null);
    expect(readQualifier('more than')).toBe('more-than');
    expect(readQualifier('Plus de')).toBe('more-than');
    const event = { ...fixtureBundle().cellEvents[0]!, arrested: 3, arrestedAbroad: [{ country: 'Spain', count: 6, qualifier: 'about' as const }] };
    expect(arrestedAbroadText(event)).toBe('Spain: about 6');
    expect(parseArrestedAbroad('Spain: about 6')).toEqual({ ok: true, value: [{ country: 'Spain', count: 6, qualifier: 'about' }] });
    expect(arrestsByCountry(event)).toBe('3 au Maroc\u202f; environ 6 en Spain');
  });

  it('citation labels use the editors’ French title where there is one', async () => {
    await activateLocale('fr', null);
    const bundle = fixtureBundle();
    bundle.countermeasures[0]!.translations = { fr: { title: 'Titre français' } };
    const cited = [...citationsBySource(bundle).values()].flat();
    expect(cited.find((r) => r.section === 'countermeasures')?.label).toBe('Titre français');
  });

  it('validation messages are French, paths unchanged', async () => {
    await activateLocale('fr', null);
    const bundle = structuredClone(fixtureBundle());
    bundle.countermeasures[0]!.horizonBasis = 'assigned';
    bundle.countermeasures[0]!.horizonReason = null;
    const result = validateBundle(bundle);
    expect(result.ok ? [] : result.problems).toEqual([
      { path: 'countermeasures[0].horizonReason', message: 'un horizon attribué par les éditeurs doit être motivé' },
    ]);
  });
});

describe('data labels in Arabic', () => {
  it('reads in Arabic, with Arabic list punctuation', async () => {
    await activateLocale('ar', null);
    expect(QUALIFIER_WORDS.about).toBe('نحو');
    expect(SOURCE_KIND_LABELS['press-report']).toBe('تقرير صحفي');
    const event = { ...fixtureBundle().cellEvents[0]!, arrested: null, arrestedAbroad: [{ country: 'Spain', count: 2 }] };
    expect(arrestsByCountry(event)).toMatch(/^العدد في المغرب غير مذكور؛ /);
    expect(validateBundle('x').ok ? null : (validateBundle('x') as { problems: { path: string }[] }).problems[0]?.path).toBe('(المستوى الأعلى)');
  });
});
