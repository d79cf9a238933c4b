// Matching the bundle's event places against a GeoNames extract, by name and
// country. Pure, so the rules are tested (gazetteer.test.ts); the script that
// reads the files is scripts/build-places.ts. A place is matched or listed as
// unresolved with the reason: coordinates are never guessed.

export interface GazetteerEntry {
  name: string;
  /** ISO 3166 alpha-2, as GeoNames files it. */
  country: string;
  /** The first-level division's name, when the extract knows it. */
  admin1: string | null;
  lat: number;
  lon: number;
}

export interface PlaceQuery {
  name: string;
  /** Other spellings of the same place in the sources. */
  altNames: readonly string[];
  /** As the bundle writes it ("Morocco", "Spain"). */
  country: string;
  region: string;
}

export type MatchResult =
  | { ok: true; entry: GazetteerEntry; matchedName: string }
  | { ok: false; reason: string };

/**
 * The GeoNames country codes searched for a country as the bundle writes it.
 * GeoNames files Laâyoune and Dakhla under EH (Western Sahara) while the
 * sources write "Morocco"; the place keeps the sources' country.
 */
export const GAZETTEER_COUNTRIES: Record<string, readonly string[]> = {
  Morocco: ['MA', 'EH'],
  Spain: ['ES'],
  Belgium: ['BE'],
  Netherlands: ['NL'],
  'the Netherlands': ['NL'],
  France: ['FR'],
  Germany: ['DE'],
};

/** Lower case, no accents, apostrophes dropped, hyphens as spaces: "M'diq" = "Mdiq", "Tan-Tan" = "Tan Tan". */
export function normaliseName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’ʼ`]/g, '')
    .replace(/[-‐–]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The spellings to look up, in order: the name, its alternatives, the name without a bracketed gloss. */
export function nameCandidates(query: Pick<PlaceQuery, 'name' | 'altNames'>): string[] {
  const names = [query.name, ...query.altNames];
  const bare = names.map((n) => n.replace(/\s*\([^)]*\)\s*$/, '')).filter((n) => n.trim() !== '');
  return [...new Set([...names, ...bare])];
}

export type GazetteerIndex = Map<string, GazetteerEntry[]>;

const key = (country: string, name: string) => `${country}|${normaliseName(name)}`;

export function buildIndex(entries: Iterable<GazetteerEntry>): GazetteerIndex {
  const index: GazetteerIndex = new Map();
  for (const entry of entries) {
    const k = key(entry.country, entry.name);
    const list = index.get(k);
    if (list) list.push(entry);
    else index.set(k, [entry]);
  }
  return index;
}

/**
 * The one gazetteer entry for a place. Several entries of the same name are
 * narrowed by region: one whose known region differs from the sources' is
 * dropped; if more than one is left the place is ambiguous and unresolved.
 */
export function matchPlace(query: PlaceQuery, index: GazetteerIndex): MatchResult {
  const countries = GAZETTEER_COUNTRIES[query.country];
  if (!countries) return { ok: false, reason: `no GeoNames country code known for "${query.country}"` };
  for (const name of nameCandidates(query)) {
    const found = countries.flatMap((c) => index.get(key(c, name)) ?? []);
    if (found.length === 0) continue;
    if (found.length === 1) return { ok: true, entry: found[0]!, matchedName: name };
    const region = normaliseName(query.region);
    const fitting = found.filter((e) => e.admin1 === null || normaliseName(e.admin1) === region);
    const exact = fitting.filter((e) => e.admin1 !== null);
    if (exact.length === 1) return { ok: true, entry: exact[0]!, matchedName: name };
    if (fitting.length === 1) return { ok: true, entry: fitting[0]!, matchedName: name };
    return {
      ok: false,
      reason: `${found.length} GeoNames entries named "${name}" (${found
        .map((e) => `${e.country}${e.admin1 ? `, ${e.admin1}` : ''}`)
        .join('; ')}) and the region does not tell them apart`,
    };
  }
  return { ok: false, reason: `no GeoNames entry named ${nameCandidates(query).map((n) => `"${n}"`).join(' or ')} in ${countries.join('/')}` };
}

/** A place id from a name: "Laâyoune" -> "laayoune", "M'diq" -> "mdiq". */
export function placeId(name: string, country: string): string {
  const slug = normaliseName(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return country === 'Morocco' ? slug : `${slug}-${normaliseName(country).replace(/[^a-z0-9]+/g, '-')}`;
}
