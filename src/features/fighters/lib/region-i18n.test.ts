// The neighbours comparison in French and Arabic (issue 19): one message per
// sentence, country names from Intl.DisplayNames, numbers in the page's language.
import { describe, expect, it } from 'vitest';
import { activateLocale } from '../../../i18n/i18n';
import { countryName, regionReading, regionSeries, regionTable } from './region';
import { perMillionReading, regionGroups } from './region-bars';
import { perMillionBasis, perMillion } from './region-per-million';
import { regionalFigure as fig, population as pop } from '../../../testing/regional-records';



const SOUFAN_2017 = [fig('Soufan 2017', 'MA', 1623, '2017-04'), fig('Soufan 2017', 'TN', 2926, '2017-10'), fig('Soufan 2017', 'DZ', 170, '2016-01')];
const HEDGED = [
  fig('Soufan 2014', 'TN', 3000, '2014-04', { qualifier: 'more-than' }),
  fig('Soufan 2014', 'MA', 1500, '2014-04', { qualifier: 'more-than' }),
];
const POPULATIONS = [pop('TN', '2014', 10982754), pop('MA', '2014-09-01', 33848242)];
// Text matchers aside, the narrow no-break space (U+202F) is compared as written.
const N = '\u202f';

describe('country names', () => {
  it.each([
    ['en', ['Morocco', 'Tunisia', 'Algeria', 'Libya', 'Egypt', 'Mauritania']],
    ['fr', ['Maroc', 'Tunisie', 'Algérie', 'Libye', 'Égypte', 'Mauritanie']],
    ['ar', ['المغرب', 'تونس', 'الجزائر', 'ليبيا', 'مصر', 'موريتانيا']],
  ] as const)('%s', async (locale, names) => {
    await activateLocale(locale, null);
    expect(['MA', 'TN', 'DZ', 'LY', 'EG', 'MR'].map(countryName)).toEqual(names);
  });
  it('keeps a code it cannot name as the bundle has it', () => {
    expect([countryName('QQ'), countryName('Tunisia')]).toEqual(['QQ', 'Tunisia']);
  });
});

describe('the reading in French', () => {
  it('one sentence with the article, the ratio and the figures written the French way', async () => {
    await activateLocale('fr', null);
    expect(regionReading(regionSeries(SOUFAN_2017)).replace(/[\u2068\u2069]/g, '')).toBe(
      `Selon le décompte Soufan 2017 (2017), la Tunisie a vu partir 1,8 fois plus de personnes que le Maroc${N}: 2${N}926 contre 1${N}623. ` +
        `1 décompte est présenté${N}; aucun n’est comparable à un autre sans sa date et sa méthode.`,
    );
  });
  it('hedged figures keep their French qualifier; another measure its own sentence', async () => {
    await activateLocale('fr', null);
    expect(regionReading(regionSeries(HEDGED))).toContain(
      `la Tunisie a vu partir 2 fois plus de personnes que le Maroc${N}: plus de 3${N}000 contre plus de 1${N}500 (les deux chiffres assortis des réserves des sources).`,
    );
    const killed = [fig('UN', 'MA', 300, '2015-05', { measure: 'killed' }), fig('UN', 'DZ', 310, '2015-05', { measure: 'killed' })];
    expect(regionReading(regionSeries(killed, 'killed'), 'killed')).toContain('l’Algérie comptait à peu près autant de morts que le Maroc');
    expect(regionReading([])).toBe('Ce jeu de données ne contient aucun chiffre régional sur les combattants étrangers.');
  });
  it('per million: labels and the sentence in French', async () => {
    await activateLocale('fr', null);
    const series = regionSeries(HEDGED);
    const bars = regionGroups(series, 'per-million', POPULATIONS)[0]!.bars;
    expect(bars.map((b) => b.label)).toEqual(['environ 273 par million (dérivé)', 'environ 44 par million (dérivé)']);
    expect(regionGroups(regionSeries(SOUFAN_2017), 'per-million', POPULATIONS)[0]!.bars.map((b) => b.label)).toContain('aucune population citée (Tunisie, 2017)');
    expect(regionGroups(series, 'count', POPULATIONS)[0]!.bars[0]!.title).toBe(`Tunisie, Soufan 2014${N}: plus de 3${N}000 (avril 2014)${N}; estimation non officielle`);
    expect(perMillionReading(series, POPULATIONS).replace(/[\u2068\u2069]/g, '')).toBe(
      `Par million d’habitants (chiffre dérivé), le décompte Soufan 2014 donne environ 273 départs pour la Tunisie contre environ 44 pour le Maroc${N}: ` +
        `6,2 fois plus rapporté à la population. 2 chiffres sur 2 ont une population citée pour leur pays et leur année${N}; les autres n’en ont pas.`,
    );
    const pm = perMillion(HEDGED[0]!, POPULATIONS)!;
    expect(perMillionBasis(pm)).toBe(`dérivé${N}: chiffre ÷ 10${N}982${N}754 habitants (2014, TN statistics office) × 1${N}000${N}000`);
  });
  it('the table: French headers, country names and words; series names as the bundle has them', async () => {
    await activateLocale('fr', null);
    const table = regionTable(HEDGED, POPULATIONS);
    expect(table.columns.slice(0, 3).map((c) => c.label)).toEqual(['Décompte (qui a compté)', 'Pays', 'Mesure']);
    expect(table.rows[0]).toMatchObject({ series: 'Soufan 2014', country: 'Tunisie', measure: 'partis en Syrie/Irak', qualifier: 'plus de', official: 'estimation non officielle' });
  });
  it('an editor note in French when the bundle has one', async () => {
    await activateLocale('fr', null);
    const noted = { ...HEDGED[0]!, note: 'English note.', translations: { fr: { note: 'Remarque en français.' } } };
    expect(regionTable([noted]).rows[0]?.note).toBe('Remarque en français.');
  });
});

describe('the reading in Arabic', () => {
  it('one sentence, Arabic country names, Western digits', async () => {
    await activateLocale('ar', null);
    expect(regionReading(regionSeries(SOUFAN_2017)).replace(/[\u2068\u2069]/g, '')).toBe(
      'وفق إحصاء Soufan 2017 (2017)، كان عدد الذاهبين من تونس أكبر بـ1,8 مرة من عددهم من المغرب: 2.926 مقابل 1.623. ' +
        'عدد الإحصاءات المعروضة: 1؛ ولا يصح مقارنة أي منها بغيره دون مراعاة تاريخه ومنهجه.',
    );
  });
  it('per million: labels and the sentence in Arabic', async () => {
    await activateLocale('ar', null);
    const series = regionSeries(HEDGED);
    expect(regionGroups(series, 'per-million', POPULATIONS)[0]!.bars.map((b) => b.label)).toEqual(['نحو 273 لكل مليون (محسوب)', 'نحو 44 لكل مليون (محسوب)']);
    expect(perMillionReading(series, POPULATIONS).replace(/[\u2068\u2069]/g, '')).toBe(
      'لكل مليون نسمة (رقم محسوب)، يعطي إحصاء Soufan 2014 نحو 273 من الذاهبين في تونس مقابل نحو 44 في المغرب: أكبر بـ6,2 مرة قياسًا إلى عدد السكان. ' +
        'الأرقام التي لها تعداد سكاني مذكور لبلدها وسنتها: 2 من أصل 2؛ ولا يظهر للبقية أي رقم لكل مليون.',
    );
  });
});
