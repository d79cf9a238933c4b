import type { ImportProblem } from '../../../data/csv-import/import-rows';
import { t, type MessageId } from '../../../i18n/i18n';
import { sectionLabel, type SectionName } from '../../../data/bundle-sections';

/**
 * One problem of an imported sheet, said by row and column in the page's
 * language: "row 12, date: …" / "ligne 12, date : …". The problem stays data
 * (row, column, message) until it is shown; column names are the sheet's
 * field ids and stay as written.
 */
export function describeProblem(problem: ImportProblem): string {
  const { row, column, message } = problem;
  if (row === null) return column ? t('ownData.problem.column', { column, message }) : message;
  return column
    ? t('ownData.problem.rowColumn', { row: String(row), column, message })
    : t('ownData.problem.row', { row: String(row), message });
}

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
