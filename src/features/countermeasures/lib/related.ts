import type { Countermeasure } from '../../../data/schema';
import { paragraphNumbers } from './labels';

export interface RelatedMeasure {
  measure: Countermeasure;
  sameDomain: boolean;
  sameParagraph: boolean;
}

/**
 * Measures that share the domain or a seed paragraph with `measure`: those
 * sharing both first, then the same paragraph (the author's own grouping),
 * then the same domain; bundle order within each group.
 */
export function relatedMeasures(measure: Countermeasure, all: readonly Countermeasure[]): RelatedMeasure[] {
  const paragraphs = new Set(paragraphNumbers(measure.seedParagraph));
  const related: RelatedMeasure[] = [];
  for (const other of all) {
    if (other.id === measure.id) continue;
    const sameDomain = other.domain === measure.domain;
    const sameParagraph =
      paragraphs.size > 0 && paragraphNumbers(other.seedParagraph).some((p) => paragraphs.has(p));
    if (sameDomain || sameParagraph) related.push({ measure: other, sameDomain, sameParagraph });
  }
  const rank = (r: RelatedMeasure) => (r.sameDomain && r.sameParagraph ? 0 : r.sameParagraph ? 1 : 2);
  // Array.prototype.sort is stable, so bundle order holds within a rank.
  return related.sort((a, b) => rank(a) - rank(b));
}
