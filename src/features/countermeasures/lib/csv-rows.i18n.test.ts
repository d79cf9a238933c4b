import { describe, expect, it } from 'vitest';
import { activateLocale } from '../../../i18n/i18n';
import { toCsv } from '../../../lib/csv';
import { fixtureBundle } from '../../../testing/fixture-bundle';
import { parseCsv } from '../../../testing/parse-csv';
import { sampleMeasure } from '../../../testing/sample-measures';
import { DEFAULT_STATE } from './countermeasures-url';
import { CSV_HEADER, csvCitation, csvHeader, describeFilters, measureCsvRows } from './csv-rows';
import { domainBars, domainSummary } from './chart-data';
import { pluralMeasures } from './labels';

const sourcesById = new Map(fixtureBundle().sources.map((s) => [s.id, s]));
const NNBSP = '\u202f';

describe('the measures download in French and Arabic', () => {
  it('English headers are the machine names, as before', () => {
    expect(csvHeader()).toEqual(CSV_HEADER);
  });

  it('a CSV made in French has French headers and a French selection, and parses back', async () => {
    await activateLocale('fr', null);
    const rows = measureCsvRows([sampleMeasure({ id: 'a' })], sourcesById);
    const text = toCsv(csvHeader(), rows, csvCitation({ ...DEFAULT_STATE, horizon: ['long'], q: 'prison' }, 'v-9', 1, 41));
    const parsed = parseCsv(text);
    expect(parsed[0]).toEqual([
      'identifiant',
      'titre',
      'description',
      'horizon',
      'origine_horizon',
      'raison_horizon',
      'approche',
      'domaine',
      'acteur',
      'statut',
      'paragraphe_article',
      'identifiants_sources',
      'urls_sources',
      // The editors' translations keep their names: each names its language.
      'title_fr',
      'description_fr',
      'horizon_reason_fr',
      'title_ar',
      'description_ar',
      'horizon_reason_ar',
      'sélection',
      'version_données',
      'citation',
    ]);
    expect(parsed[1]?.[0]).toBe('a');
    expect(parsed[1]?.[CSV_HEADER.length]).toBe(
      `1 sur 41 mesures. Filtres${NNBSP}: horizon = Long terme${NNBSP}; recherche = «${NNBSP}prison${NNBSP}»`,
    );
  });

  it('French filters join alternatives with « ou »', async () => {
    await activateLocale('fr', null);
    expect(describeFilters({ ...DEFAULT_STATE, domain: ['education', 'religious-field', 'culture-media'] })).toBe(
      `Filtres${NNBSP}: domaine = Éducation ou Champ religieux ou Culture et médias`,
    );
    expect(describeFilters(DEFAULT_STATE)).toBe(`Filtres${NNBSP}: aucun`);
  });

  it('Arabic plurals of "measures": zero, one, two, few, many', async () => {
    await activateLocale('ar', null);
    expect([0, 1, 2, 3, 11, 100].map(pluralMeasures)).toEqual([
      '0 تدبير',
      'تدبير واحد',
      'تدبيران',
      '3 تدابير',
      '11 تدبيرًا',
      '100 تدبير',
    ]);
    const measures = [sampleMeasure({ id: 'a', domain: 'education', horizon: 'long' })];
    expect(domainSummary(domainBars(measures))).toMatch(/^من أصل تدبير واحد، يضم مجال «التعليم» العدد الأكبر/);
  });
});
