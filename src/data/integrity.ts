import { t } from '../i18n/i18n';
import { startOf } from '../lib/dates';
import { formatCount } from '../lib/format';
import { checkPlacesAndRegion } from './integrity-places';
import { checkTranslations } from './integrity-translations';
import type { Bundle } from './schema';

export interface BundleProblem {
  /** Where in the bundle, e.g. "fighterSnapshots[2].figures.total". */
  path: string;
  message: string;
}

type Record_ = { id: string; sources: string[] };

/** The record sections whose records cite sources (every section but `sources`). */
export const SECTIONS_WITH_SOURCES = [
  'fighterSnapshots',
  'cellEvents',
  'cellCounts',
  'countermeasures',
  'contextEvents',
  'detentionFigures',
  'regionalFigures',
  'populations',
] as const;

/** Sections whose records may carry `placed: true`, and the field that must say why. */
const PLACEABLE = [
  ['fighterSnapshots', 'dateNote'],
  ['cellCounts', 'note'],
  ['cellEvents', 'dateNote'],
  ['contextEvents', 'dateNote'],
  ['detentionFigures', 'dateNote'],
  ['regionalFigures', 'dateNote'],
] as const;

/** true when date a lies wholly before date b, compared at the coarser of their precisions. */
function whollyBefore(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) < b.slice(0, n);
}

/**
 * Checks that the schema alone cannot express: unique ids, every cited source
 * exists, and figures that contradict each other within one record.
 */
export function checkIntegrity(bundle: Bundle): BundleProblem[] {
  const problems: BundleProblem[] = [];
  const sourceIds = new Set<string>();

  bundle.sources.forEach((source, index) => {
    if (sourceIds.has(source.id)) {
      problems.push({ path: `sources[${index}].id`, message: t('data.integrity.duplicateId', { id: source.id }) });
    }
    sourceIds.add(source.id);
  });

  for (const section of SECTIONS_WITH_SOURCES) {
    const seen = new Set<string>();
    const records: readonly Record_[] = bundle[section];
    records.forEach((record, index) => {
      if (seen.has(record.id)) {
        problems.push({ path: `${section}[${index}].id`, message: t('data.integrity.duplicateId', { id: record.id }) });
      }
      seen.add(record.id);
      // A source listed twice is refused, not merged: it is an editing slip the author should see,
      // and one record citing one source 3,000 times would be listed 3,000 times. One problem per id.
      const cited = new Map<string, number>();
      for (const sourceId of record.sources) cited.set(sourceId, (cited.get(sourceId) ?? 0) + 1);
      const seenHere = new Set<string>();
      record.sources.forEach((sourceId, sourceIndex) => {
        if (seenHere.has(sourceId)) return;
        seenHere.add(sourceId);
        const times = cited.get(sourceId) ?? 1;
        if (times > 1) {
          problems.push({
            path: `${section}[${index}].sources`,
            message: t('data.integrity.sourceListedTwice', { id: sourceId, times: formatCount(times) }),
          });
        }
        if (!sourceIds.has(sourceId)) {
          problems.push({
            path: `${section}[${index}].sources[${sourceIndex}]`,
            message: t('data.integrity.sourceMissing', { id: sourceId }),
          });
        }
      });
    });
  }

  bundle.fighterSnapshots.forEach((snapshot, index) => {
    const { total, women, children, returned, killed, killedSyria, killedIraq } = snapshot.figures;
    if (total !== null && women !== null && children !== null && women + children > total) {
      problems.push({
        path: `fighterSnapshots[${index}].figures`,
        message: t('data.integrity.womenChildrenExceedTotal', { women: String(women), children: String(children), total: String(total) }),
      });
    }
    if (total !== null && returned !== null && killed !== null && returned + killed > total) {
      problems.push({
        path: `fighterSnapshots[${index}].figures`,
        message: t('data.integrity.returnedKilledExceedTotal', { returned: String(returned), killed: String(killed), total: String(total) }),
      });
    }
    if (killed !== null && killedSyria !== null && killedIraq !== null && killedSyria + killedIraq > killed) {
      problems.push({
        path: `fighterSnapshots[${index}].figures`,
        message: t('data.integrity.killedPlacesExceedKilled', { syria: String(killedSyria), iraq: String(killedIraq), killed: String(killed) }),
      });
    }
  });

  bundle.countermeasures.forEach((measure, index) => {
    if (measure.horizonBasis === 'assigned' && measure.horizonReason === null) {
      problems.push({
        path: `countermeasures[${index}].horizonReason`,
        message: t('data.integrity.horizonNeedsReason'),
      });
    }
  });

  bundle.contextEvents.forEach((event, index) => {
    // A period that ends before it starts would draw a negative-width band on the timeline.
    if (event.endDate !== undefined && startOf(event.endDate) < startOf(event.date)) {
      problems.push({
        path: `contextEvents[${index}].endDate`,
        message: t('data.integrity.endBeforeStart', { end: event.endDate, start: event.date }),
      });
    }
  });

  bundle.cellCounts.forEach((entry, index) => {
    if (entry.kind === 'per-year' && entry.year === null) {
      problems.push({ path: `cellCounts[${index}].year`, message: t('data.integrity.perYearNeedsYear') });
    }
  });

  if (bundle.meta.coverage !== undefined) {
    const { coverage } = bundle.meta;
    if (!sourceIds.has(coverage.lastPageSource)) {
      problems.push({
        path: 'meta.coverage.lastPageSource',
        message: t('data.integrity.sourceMissing', { id: coverage.lastPageSource }),
      });
    }
    if (whollyBefore(coverage.to, coverage.from)) {
      problems.push({
        path: 'meta.coverage.to',
        message: t('data.integrity.coverageEndBeforeStart', { end: coverage.to, start: coverage.from }),
      });
    }
  }

  for (const [section, why] of PLACEABLE) {
    const records: readonly { placed?: true; date: string; dateNote?: string; note?: string }[] = bundle[section];
    records.forEach((record, index) => {
      if (record.placed !== true) return;
      if (record.date.length > 4) {
        problems.push({ path: `${section}[${index}].date`, message: t('data.integrity.placedYearOnly') });
      }
      if (record[why] === undefined) {
        problems.push({
          path: `${section}[${index}].${why}`,
          message: t('data.integrity.placedNeedsWhy', { field: why }),
        });
      }
    });
  }

  const eventIndex = new Map(bundle.cellEvents.map((event, index) => [event.id, index]));
  bundle.cellEvents.forEach((event, index) => {
    event.arrestedAbroad?.forEach((abroad, abroadIndex) => {
      if (abroad.country.trim() === '') {
        problems.push({
          path: `cellEvents[${index}].arrestedAbroad[${abroadIndex}].country`,
          message: t('data.integrity.abroadNeedsCountry'),
        });
      }
    });
    if (event.followUpOf === undefined) return;
    const path = `cellEvents[${index}].followUpOf`;
    if (event.followUpOf === event.id) {
      problems.push({ path, message: t('data.integrity.followUpSelf') });
      return;
    }
    const targetIndex = eventIndex.get(event.followUpOf);
    const target = targetIndex === undefined ? undefined : bundle.cellEvents[targetIndex];
    if (target === undefined) {
      problems.push({ path, message: t('data.integrity.followUpMissing', { id: event.followUpOf }) });
      return;
    }
    if (whollyBefore(event.date, target.date)) {
      problems.push({
        path: `cellEvents[${index}].date`,
        message: t('data.integrity.followUpBefore', { date: event.date, target: target.id, targetDate: target.date }),
      });
    }
  });

  bundle.detentionFigures.forEach((entry, index) => {
    const { heldTotal, heldMen, heldWomen, heldChildren, unaccompaniedChildren, returnedInPeriod, returnedProsecuted } =
      entry.figures;
    if (heldTotal !== null && heldMen !== null && heldWomen !== null && heldChildren !== null) {
      const sum = heldMen + heldWomen + heldChildren;
      if (sum > heldTotal) {
        problems.push({
          path: `detentionFigures[${index}].figures`,
          message: t('data.integrity.heldExceedTotal', { men: String(heldMen), women: String(heldWomen), children: String(heldChildren), sum: String(sum), total: String(heldTotal) }),
        });
      }
    }
    if (heldChildren !== null && unaccompaniedChildren !== null && unaccompaniedChildren > heldChildren) {
      problems.push({
        path: `detentionFigures[${index}].figures`,
        message: t('data.integrity.unaccompaniedExceedChildren', { unaccompanied: String(unaccompaniedChildren), children: String(heldChildren) }),
      });
    }
    if (returnedInPeriod !== null && returnedProsecuted !== null && returnedProsecuted > returnedInPeriod) {
      problems.push({
        path: `detentionFigures[${index}].figures`,
        message: t('data.integrity.prosecutedExceedReturned', { prosecuted: String(returnedProsecuted), returned: String(returnedInPeriod) }),
      });
    }
  });

  problems.push(...checkPlacesAndRegion(bundle));
  problems.push(...checkTranslations(bundle));
  return problems;
}
