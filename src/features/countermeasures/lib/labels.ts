import type { Actor, Approach, Countermeasure, Domain, Horizon, Status } from '../../../data/schema';
import { formatCount } from '../../../lib/format';

export type HorizonBasis = Countermeasure['horizonBasis'];
export const BASES = ['stated', 'assigned'] as const satisfies readonly HorizonBasis[];

export const HORIZON_LABELS: Record<Horizon, string> = {
  short: 'Short term',
  long: 'Long term',
  both: 'Both',
};

export const APPROACH_LABELS: Record<Approach, string> = {
  hard: 'Hard (security)',
  soft: 'Soft (prevention)',
};

/** The badge on cards: one word, always with its colour swatch. */
export const APPROACH_BADGES: Record<Approach, string> = {
  hard: 'Hard',
  soft: 'Soft',
};

export const DOMAIN_LABELS: Record<Domain, string> = {
  'security-intelligence': 'Security and intelligence',
  'legal-justice': 'Law and justice',
  'prisons-returnees': 'Prisons and returnees',
  'religious-field': 'Religious field',
  education: 'Education',
  'socio-economic': 'Social and economic',
  'community-civil-society': 'Community and civil society',
  'culture-media': 'Culture and media',
  'health-psychosocial': 'Health and psychosocial support',
  'regional-international-cooperation': 'Regional and international cooperation',
  'terrorism-financing': 'Terrorism financing',
};

export const ACTOR_LABELS: Record<Actor, string> = {
  morocco: 'Morocco',
  'north-africa': 'North Africa',
  'eu-europe': 'EU and Europe',
  international: 'International',
};

export const STATUS_LABELS: Record<Status, string> = {
  // The seed article dates from late 2017: "in place" means in place then.
  'in-place': 'In place (2017)',
  recommended: 'Recommended by the author',
  'worth-considering': 'Worth considering',
};

export const BASIS_LABELS: Record<HorizonBasis, string> = {
  stated: 'Stated by the source',
  assigned: 'Assigned by the editors',
};

/**
 * "P16" -> "Seed article, paragraph 16"; "P16-P17" -> "Seed article,
 * paragraphs 16–17"; "P10, P14" -> "…paragraphs 10 and 14"; null -> null
 * (the measure does not come from the seed article).
 */
export function paragraphLabel(seedParagraph: string | null): string | null {
  if (seedParagraph === null) return null;
  const numbers = paragraphNumbers(seedParagraph);
  const first = numbers[0];
  const last = numbers[numbers.length - 1];
  if (first === undefined || last === undefined) return `Seed article, ${seedParagraph}`;
  if (numbers.length === 1) return `Seed article, paragraph ${first}`;
  const contiguous = numbers.every((n, i) => n === first + i);
  if (contiguous) return `Seed article, paragraphs ${first}–${last}`;
  return `Seed article, paragraphs ${numbers.slice(0, -1).join(', ')} and ${last}`;
}

/** The paragraph numbers a seedParagraph names: "P12" -> [12], "P16-P17" -> [16, 17], "P10, P14" -> [10, 14]. */
export function paragraphNumbers(seedParagraph: string | null): number[] {
  if (seedParagraph === null) return [];
  const range = /^\s*P?(\d+)\s*[–-]\s*P?(\d+)\s*$/i.exec(seedParagraph);
  if (range) {
    const from = Number(range[1]);
    const to = Number(range[2]);
    if (to >= from && to - from < 50) return Array.from({ length: to - from + 1 }, (_, i) => from + i);
  }
  return [...seedParagraph.matchAll(/P?(\d+)/gi)].map((m) => Number(m[1]));
}

export function pluralMeasures(count: number): string {
  return `${formatCount(count)} ${count === 1 ? 'measure' : 'measures'}`;
}
