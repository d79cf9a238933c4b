import type { Affiliation, CellCount, ContextCategory, Qualifier } from '../../../data/schema';
import { formatQualified } from '../../../data/qualifiers';
import { t, type MessageId } from '../../../i18n/i18n';

/** Message ids of the affiliations, in the order keys and legends list them. */
export const AFFILIATION_LABELS: Record<Affiliation, MessageId> = {
  isis: 'timeline.affiliation.isis',
  'pro-isis': 'timeline.affiliation.proIsis',
  'isis-libya': 'timeline.affiliation.isisLibya',
  'isis-recruitment': 'timeline.affiliation.isisRecruitment',
  'isis-sahel': 'timeline.affiliation.isisSahel',
};

export const CONTEXT_LABELS: Record<ContextCategory, MessageId> = {
  'attack-morocco': 'timeline.context.category.attackMorocco',
  'law-institution': 'timeline.context.category.lawInstitution',
  'isis-territory': 'timeline.context.category.isisTerritory',
  'international-cooperation': 'timeline.context.category.internationalCooperation',
};

export const COVERAGE_LABELS: Record<CellCount['coverage'], MessageId> = {
  'all-terror': 'timeline.coverage.allTerror',
  'isis-linked': 'timeline.coverage.isisLinked',
  'syria-iraq-linked': 'timeline.coverage.syriaIraqLinked',
};

/** "ISIS in the Sahel", in the page's language. */
export const affiliationLabel = (affiliation: Affiliation): string => t(AFFILIATION_LABELS[affiliation]);
export const contextLabel = (category: ContextCategory): string => t(CONTEXT_LABELS[category]);
export const coverageLabel = (coverage: CellCount['coverage']): string => t(COVERAGE_LABELS[coverage]);

/** An official count as the source hedged it: "more than 85"; arrests take their own qualifier. */
export const qualified = (count: CellCount, value: number = count.count, qualifier: Qualifier | undefined = count.qualifier) =>
  formatQualified(value, qualifier);
