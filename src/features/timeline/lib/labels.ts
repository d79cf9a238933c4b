import type { Affiliation, CellCount, ContextCategory, Qualifier } from '../../../data/schema';
import { formatQualified } from '../../../data/qualifiers';
import { formatCount } from '../../../lib/format';

export const AFFILIATION_LABELS: Record<Affiliation, string> = {
  isis: 'ISIS',
  'pro-isis': 'Pro-ISIS',
  'isis-libya': 'ISIS in Libya',
  'isis-recruitment': 'ISIS recruitment',
  'isis-sahel': 'ISIS in the Sahel',
};

export const CONTEXT_LABELS: Record<ContextCategory, string> = {
  'attack-morocco': 'Attacks in Morocco',
  'law-institution': 'Laws and institutions',
  'isis-territory': 'ISIS territory',
  'international-cooperation': 'International cooperation',
};

export const COVERAGE_LABELS: Record<CellCount['coverage'], string> = {
  'all-terror': 'all terrorist cells',
  'isis-linked': 'ISIS-linked cells',
  'syria-iraq-linked': 'cells linked to Syria and Iraq',
};

/** An official count as the source hedged it: "more than 85"; arrests take their own qualifier. */
export const qualified = (count: CellCount, value: number = count.count, qualifier: Qualifier | undefined = count.qualifier) =>
  formatQualified(value, qualifier);

export const plural = (n: number, one: string, many: string) => `${formatCount(n)} ${n === 1 ? one : many}`;
