import type { Countermeasure } from '../../../data/schema';

/** Lower case without accents, curly apostrophes or repeated spaces: "Éducation  Réforme" -> "education reforme". */
export function normalise(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      // Typographic apostrophes in titles match the straight one typed on a keyboard.
      .replace(/[\u2018\u2019\u02bc]/g, "'")
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** The text a measure is searched by, normalised once per bundle rather than per keystroke. */
export function searchText(measure: Countermeasure): string {
  return normalise(`${measure.title} ${measure.description}`);
}

/** The words of a query; a measure matches when its text contains every one of them. */
export function queryTerms(query: string): string[] {
  const normalised = normalise(query);
  return normalised === '' ? [] : normalised.split(' ');
}

export function matchesTerms(haystack: string, terms: readonly string[]): boolean {
  for (const term of terms) if (!haystack.includes(term)) return false;
  return true;
}
