import { startOf } from '../lib/dates';
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
] as const;

/**
 * Checks that the schema alone cannot express: unique ids, every cited source
 * exists, and figures that contradict each other within one record.
 */
export function checkIntegrity(bundle: Bundle): BundleProblem[] {
  const problems: BundleProblem[] = [];
  const sourceIds = new Set<string>();

  bundle.sources.forEach((source, index) => {
    if (sourceIds.has(source.id)) {
      problems.push({ path: `sources[${index}].id`, message: `duplicate id "${source.id}"` });
    }
    sourceIds.add(source.id);
  });

  for (const section of SECTIONS_WITH_SOURCES) {
    const seen = new Set<string>();
    const records: readonly Record_[] = bundle[section];
    records.forEach((record, index) => {
      if (seen.has(record.id)) {
        problems.push({ path: `${section}[${index}].id`, message: `duplicate id "${record.id}"` });
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
            message: `source id "${sourceId}" is listed ${times.toLocaleString('en-GB')} times; list each source once`,
          });
        }
        if (!sourceIds.has(sourceId)) {
          problems.push({
            path: `${section}[${index}].sources[${sourceIndex}]`,
            message: `source id "${sourceId}" is not in sources`,
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
        message: `women (${women}) plus children (${children}) exceed the total (${total})`,
      });
    }
    if (total !== null && returned !== null && killed !== null && returned + killed > total) {
      problems.push({
        path: `fighterSnapshots[${index}].figures`,
        message: `returned (${returned}) plus killed (${killed}) exceed the total (${total})`,
      });
    }
    if (killed !== null && killedSyria !== null && killedIraq !== null && killedSyria + killedIraq > killed) {
      problems.push({
        path: `fighterSnapshots[${index}].figures`,
        message: `killed in Syria (${killedSyria}) plus Iraq (${killedIraq}) exceed killed (${killed})`,
      });
    }
  });

  bundle.countermeasures.forEach((measure, index) => {
    if (measure.horizonBasis === 'assigned' && measure.horizonReason === null) {
      problems.push({
        path: `countermeasures[${index}].horizonReason`,
        message: 'a horizon assigned by the editors needs its reason',
      });
    }
  });

  bundle.contextEvents.forEach((event, index) => {
    // A period that ends before it starts would draw a negative-width band on the timeline.
    if (event.endDate !== undefined && startOf(event.endDate) < startOf(event.date)) {
      problems.push({
        path: `contextEvents[${index}].endDate`,
        message: `the end date ${event.endDate} is before the start date ${event.date}`,
      });
    }
  });

  bundle.cellCounts.forEach((entry, index) => {
    if (entry.kind === 'per-year' && entry.year === null) {
      problems.push({ path: `cellCounts[${index}].year`, message: 'a per-year count needs its year' });
    }
  });

  return problems;
}
