import type { Affiliation, CellCount, ContextCategory } from '../../../data/schema';
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

const QUALIFIERS: Record<NonNullable<CellCount['qualifier']>, string> = {
  about: 'about ',
  'more-than': 'more than ',
  'at-least': 'at least ',
  'up-to': 'up to ',
};

export const qualified = (count: CellCount, value: number = count.count) =>
  `${count.qualifier ? QUALIFIERS[count.qualifier] : ''}${value}`;

export const plural = (n: number, one: string, many: string) => `${formatCount(n)} ${n === 1 ? one : many}`;
