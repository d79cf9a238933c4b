import type { Countermeasure } from '../data/schema';

/** For tests: a valid measure with sensible defaults, changed by `overrides`. */
export function sampleMeasure(overrides: Partial<Countermeasure> & { id: string }): Countermeasure {
  return {
    title: `Measure ${overrides.id}`,
    description: 'A test measure.',
    horizon: 'short',
    horizonBasis: 'stated',
    horizonReason: null,
    approach: 'hard',
    domain: 'security-intelligence',
    actor: 'morocco',
    status: 'recommended',
    seedParagraph: 'P16',
    sources: ['mwn-2017-fall-of-isis'],
    ...overrides,
  };
}

/** Seven measures shaped like the seed article's, covering each filter at least twice. */
export function sampleMeasures(): Countermeasure[] {
  return [
    sampleMeasure({
      id: 'prison-monitoring',
      title: 'Strengthen monitoring in prisons',
      description: 'Watch prisons more closely so they do not become places of recruitment.',
      domain: 'prisons-returnees',
      actor: 'north-africa',
      seedParagraph: 'P17',
    }),
    sampleMeasure({
      id: 'education-reform',
      title: 'Educational reform for critical thinking',
      description: 'Reform schooling towards critical and creative thinking, leading to employment.',
      horizon: 'long',
      approach: 'soft',
      domain: 'education',
      seedParagraph: 'P19',
    }),
    sampleMeasure({
      id: 'imam-training',
      title: 'Train certified imams',
      description: 'Morocco trains imams for North Africa, the Sahel and Europe.',
      horizon: 'long',
      horizonBasis: 'assigned',
      horizonReason: 'Training a generation of imams takes years.',
      approach: 'soft',
      domain: 'religious-field',
      status: 'in-place',
      seedParagraph: 'P10',
    }),
    sampleMeasure({
      id: 'europol-centre',
      title: 'European counter-terrorism centre at Europol',
      description: 'EU ministers set up a centre in The Hague to share intelligence with North África.',
      horizon: 'both',
      horizonBasis: 'assigned',
      horizonReason: 'An institution: acts now and lasts.',
      domain: 'regional-international-cooperation',
      actor: 'eu-europe',
      status: 'in-place',
      seedParagraph: 'P14',
    }),
    sampleMeasure({
      id: 'funding-cut',
      title: 'Cut off terrorist funding',
      description: 'Stop the sources and funding of terrorism worldwide, at once.',
      domain: 'terrorism-financing',
      actor: 'international',
      seedParagraph: 'P17',
    }),
    sampleMeasure({
      id: 'arts-music',
      title: 'Cultural initiatives: arts and music',
      description: 'Support arts and music as a way of reaching young people.',
      horizon: 'long',
      horizonBasis: 'assigned',
      horizonReason: 'Cultural change is slow.',
      approach: 'soft',
      domain: 'culture-media',
      status: 'worth-considering',
      seedParagraph: 'P11',
    }),
    sampleMeasure({
      id: 'moderate-discourse',
      title: 'Produce a moderate Islamic discourse',
      description: 'Urgently produce a discourse of human values in Arabic and European languages (éducation religieuse).',
      approach: 'soft',
      domain: 'religious-field',
      seedParagraph: 'P17',
    }),
  ];
}
