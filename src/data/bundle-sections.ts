// The bundle's record sections, found generically: every top-level array is a
// section. A section added to the format later (src/data/schema.ts) is counted,
// listed and exported without changes here.
import { t, type MessageId } from '../i18n/i18n';
import type { Bundle } from './schema';

/** The names of the bundle's sections that are lists of records (`meta` is not). */
export type SectionName = {
  [K in keyof Bundle]: Bundle[K] extends readonly unknown[] ? K : never;
}[keyof Bundle];

/** Record count per section, in the bundle's own order. */
export function sectionCounts(bundle: Bundle): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const [name, value] of Object.entries(bundle)) {
    if (Array.isArray(value)) counts[name] = value.length;
  }
  return counts;
}

/** The known sections' names for readers; a section added later falls back to its spelt-out key. */
const SECTION_NAME_IDS: Partial<Record<string, MessageId>> = {
  sources: 'data.sectionName.sources',
  fighterSnapshots: 'data.sectionName.fighterSnapshots',
  cellEvents: 'data.sectionName.cellEvents',
  cellCounts: 'data.sectionName.cellCounts',
  countermeasures: 'data.sectionName.countermeasures',
  contextEvents: 'data.sectionName.contextEvents',
  detentionFigures: 'data.sectionName.detentionFigures',
  places: 'data.sectionName.places',
  regionalFigures: 'data.sectionName.regionalFigures',
  populations: 'data.sectionName.populations',
};

/** "fighterSnapshots" -> "fighter snapshots", for lists shown to readers (in the active language). */
export function sectionLabel(name: string): string {
  const id = Object.hasOwn(SECTION_NAME_IDS, name) ? SECTION_NAME_IDS[name] : undefined;
  return id === undefined ? name.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`) : t(id);
}
