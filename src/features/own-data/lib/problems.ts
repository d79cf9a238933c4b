// One problem said by row and column lives with the import (data/csv-import/import-rows.ts).
export { describeProblem } from '../../../data/csv-import/import-rows';
import { t, type MessageId } from '../../../i18n/i18n';
import { sectionLabel, type SectionName } from '../../../data/bundle-sections';

const SECTION_COUNTS: Record<SectionName, MessageId> = {
  sources: 'ownData.counts.sources',
  fighterSnapshots: 'ownData.counts.fighterSnapshots',
  cellEvents: 'ownData.counts.cellEvents',
  cellCounts: 'ownData.counts.cellCounts',
  countermeasures: 'ownData.counts.countermeasures',
  contextEvents: 'ownData.counts.contextEvents',
  detentionFigures: 'ownData.counts.detentionFigures',
  places: 'ownData.counts.places',
  regionalFigures: 'ownData.counts.regionalFigures',
  populations: 'ownData.counts.populations',
};

const isSectionName = (name: string): name is SectionName => Object.hasOwn(SECTION_COUNTS, name);

/** "12 cell events" in the page's language; a section this version does not know keeps its own name. */
export function sectionCount(section: string, count: number): string {
  return isSectionName(section)
    ? t(SECTION_COUNTS[section], { count })
    : `${count} ${sectionLabel(section)}`;
}
