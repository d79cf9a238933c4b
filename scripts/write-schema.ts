// Writes public/data/bundle.schema.json from the zod schema, so that people
// who author bundles by hand get editor completion and validation. io: 'input'
// describes the file as written: detentionFigures may be left out (it defaults to []).
import { writeFileSync } from 'node:fs';
import * as z from 'zod/mini';
import { bundleSchema } from '../src/data/schema';

const schema = z.toJSONSchema(bundleSchema, { target: 'draft-2020-12', unrepresentable: 'any', io: 'input' });
const out = {
  ...schema,
  $id: 'bundle.schema.json',
  title: 'Morocco counter-terrorism dashboard data bundle',
  description:
    'Generated from src/data/schema.ts. Referential rules (unique ids, cited sources exist, women plus children not above the total) are checked by npm run validate-data.',
};
writeFileSync('public/data/bundle.schema.json', `${JSON.stringify(out, null, 2)}\n`);
console.log('wrote public/data/bundle.schema.json');
