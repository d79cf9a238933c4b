// The bundle's record sections, found generically: every top-level array is a
// section. A section added to the format later (src/data/schema.ts) is counted,
// listed and exported without changes here.
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

/** "fighterSnapshots" -> "fighter snapshots", for lists shown to readers. */
export function sectionLabel(name: string): string {
  return name.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`);
}
