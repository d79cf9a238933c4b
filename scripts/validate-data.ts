// npm run validate-data [file]: validates a bundle file and prints every
// problem with its path. Exit code 1 when the bundle is not valid.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { validateBundle } from '../src/data/validate';

const file = resolve(process.argv[2] ?? 'public/data/bundle.json');
let data: unknown;
try {
  data = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
} catch (error) {
  console.error(`${file}: cannot read as JSON: ${(error as Error).message}`);
  process.exit(1);
}
const result = validateBundle(data);
if (result.ok) {
  const b = result.bundle;
  console.log(
    `${file}: valid. ${b.sources.length} sources, ${b.fighterSnapshots.length} fighter snapshots, ` +
      `${b.cellEvents.length} cell events, ${b.cellCounts.length} cell counts, ` +
      `${b.countermeasures.length} countermeasures, ${b.contextEvents.length} context events, ` +
      `${b.detentionFigures.length} detention figures, ${b.places.length} places, ` +
      `${b.regionalFigures.length} regional figures, ${b.populations.length} populations.`,
  );
} else {
  console.error(`${file}: ${result.problems.length} problem(s)`);
  for (const p of result.problems) console.error(`  ${p.path}: ${p.message}`);
  process.exit(1);
}
