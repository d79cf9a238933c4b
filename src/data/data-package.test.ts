// @vitest-environment node
// The written package checked with Frictionless's own JavaScript libraries:
// datapackage validates the descriptor against the Data Package profile,
// tableschema casts every row against its Table Schema, and fails on a
// repeated primary key or a foreign key that points nowhere.
// One limit of these libraries: datapackage's Resource.read() does not strip
// the UTF-8 byte-order mark our CSVs carry (for Excel), so the first header
// would read "\uFEFFid". The rows are therefore read with tableschema's
// Table.load(..., { bom: true }), the same parser with its BOM option on.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Package } from 'datapackage';
import { Table } from 'tableschema';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtureBundle } from '../testing/fixture-bundle';
import { sectionCounts } from './bundle-sections';
import { buildDataPackage } from './data-package';
import type { Bundle } from './schema';
import { validateBundle } from './validate';

const schemaText = readFileSync('public/data/bundle.schema.json', 'utf8');
const shipped = validateBundle(JSON.parse(readFileSync('public/data/bundle.json', 'utf8')));
if (!shipped.ok) throw new Error('the shipped bundle is invalid');

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function write(bundle: Bundle): string {
  const dir = mkdtempSync(join(tmpdir(), 'data-package-'));
  dirs.push(dir);
  for (const file of buildDataPackage(bundle, schemaText)) writeFileSync(join(dir, file.path), file.text);
  return dir;
}

/** Loads and checks the whole package; returns row counts per resource, or throws the first violation. */
async function check(dir: string): Promise<Record<string, number>> {
  const pkg = await Package.load(join(dir, 'datapackage.json'));
  expect(pkg.errors.map(String)).toEqual([]);
  expect(pkg.valid).toBe(true);
  const tabular = pkg.resources.filter((r) => r.tabular);
  const load = (path: string, schema: object) => Table.load(join(dir, path), { schema, bom: true });
  const keyed: Record<string, Record<string, unknown>[]> = {};
  for (const resource of tabular) {
    // Casting every row against its schema; a repeated primary key throws here.
    keyed[resource.name] = await (
      await load(resource.descriptor.path, resource.descriptor.schema ?? {})
    ).read({ keyed: true });
  }
  for (const resource of tabular) {
    if (!resource.descriptor.schema?.foreignKeys) continue;
    // Throws on the first foreign key that resolves to nothing.
    await (
      await load(resource.descriptor.path, resource.descriptor.schema)
    ).read({ keyed: true, relations: keyed });
  }
  return Object.fromEntries(Object.entries(keyed).map(([name, rows]) => [name, rows.length]));
}

describe('buildDataPackage', () => {
  it.each([
    ['the shipped bundle', shipped.bundle],
    ['the test fixture', fixtureBundle()],
  ])('writes a valid Frictionless package for %s: descriptor, rows, keys', async (_name, bundle) => {
    const counts = await check(write(bundle));
    const sections = sectionCounts(bundle);
    expect(counts.sources).toBe(sections.sources);
    expect(counts.statements).toBe(sections.fighterSnapshots);
    expect(counts['official-counts']).toBe(sections.cellCounts);
    expect(counts.events).toBe(sections.cellEvents);
    expect(counts.countermeasures).toBe(sections.countermeasures);
    expect(counts['context-events']).toBe(sections.contextEvents);
    expect(counts['detention-figures']).toBe(sections.detentionFigures);
    expect(counts.places).toBe(sections.places);
    expect(counts['regional-figures']).toBe(sections.regionalFigures);
    const citations = bundle.cellEvents.reduce((n, e) => n + e.sources.length, 0);
    expect(counts['events-sources']).toBe(citations);
    const regionalCitations = bundle.regionalFigures.reduce((n, r) => n + r.sources.length, 0);
    expect(counts['regional-figures-sources']).toBe(regionalCitations);
    expect(counts.populations).toBe(sections.populations);
    expect(counts['populations-sources']).toBe(bundle.populations.reduce((n, p) => n + p.sources.length, 0));
    const placed = new Set(
      bundle.cellEvents.flatMap((e) => e.places.flatMap((p) => (p.placeId ? [`${e.id} ${p.placeId}`] : []))),
    );
    expect(counts['events-places']).toBe(placed.size);
    expect(counts['places-sources']).toBeUndefined();
  });

  it('writes plain CSVs: byte-order mark, one header row, the data version as the last column', () => {
    const files = buildDataPackage(fixtureBundle(), schemaText);
    const events = files.find((f) => f.path === 'events.csv');
    expect(events?.text.startsWith('\uFEFFid,date,date_precision,')).toBe(true);
    // The editors' French and Arabic versions (date_note_fr… note_ar) follow the record's own columns.
    expect(events?.text.split('\r\n')[0]?.endsWith(',source_ids,source_urls,date_note_fr,later_arrests_note_fr,details_fr,note_fr,date_note_ar,later_arrests_note_ar,details_ar,note_ar,data_version')).toBe(true);
    const header = (path: string) => files.find((f) => f.path === path)?.text.split('\r\n')[0];
    expect(header('statements.csv')?.endsWith(',source_ids,source_urls,date_note_fr,scope_fr,note_fr,date_note_ar,scope_ar,note_ar,data_version')).toBe(true);
    expect(header('official-counts.csv')?.endsWith(',source_ids,source_urls,note_fr,note_ar,data_version')).toBe(true);
    expect(header('detention-figures.csv')?.endsWith(',source_ids,source_urls,date_note_fr,scope_fr,period_fr,note_fr,date_note_ar,scope_ar,period_ar,note_ar,data_version')).toBe(true);
    expect(header('regional-figures.csv')?.endsWith(',source_ids,source_urls,date_note_fr,note_fr,date_note_ar,note_ar,data_version')).toBe(true);
    expect(header('populations.csv')?.endsWith(',source_ids,source_urls,note_fr,note_ar,data_version')).toBe(true);
    expect(files.map((f) => f.path)).toEqual(
      expect.arrayContaining(['bundle.json', 'bundle.schema.json', 'sources.csv']),
    );
    expect(files.at(-1)?.path).toBe('datapackage.json');
  });

  it.each([
    [
      'a record citing a source that is not in sources.csv',
      (b: Bundle) => {
        b.cellEvents[0]!.sources = ['no-such-source'];
      },
      /Foreign key "source_id" violation/,
    ],
    [
      'two records with one id',
      (b: Bundle) => {
        b.countermeasures[1]!.id = b.countermeasures[0]!.id;
      },
      /unique constraint violation/,
    ],
    [
      "an event's place id that is not in places.csv",
      (b: Bundle) => {
        b.cellEvents.find((e) => e.places[0]?.placeId)!.places[0]!.placeId = 'atlantis';
      },
      /Foreign key "place_id" violation/,
    ],
    [
      'a follow-up of an event that is not in events.csv',
      (b: Bundle) => {
        b.cellEvents.find((e) => e.followUpOf)!.followUpOf = 'no-such-event';
      },
      /Foreign key "follow_up_of" violation/,
    ],
    [
      'a latitude off the globe',
      (b: Bundle) => {
        b.places[0]!.lat = 91;
      },
      /type and format mismatch/, // tableschema's one message for a cell its field refuses (here: maximum 90)
    ],
    [
      'a count that is not a whole number',
      (b: Bundle) => {
        b.cellEvents[0]!.arrested = 2.5;
      },
      /cast|type|integer/i,
    ],
  ])('fails the check on %s (the test can see the bug)', async (_name, breakIt, message) => {
    const bundle = structuredClone(shipped.bundle);
    breakIt(bundle);
    await expect(check(write(bundle))).rejects.toThrow(message);
  });
});
