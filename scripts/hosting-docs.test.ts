// The README's Hosting table is what people copy into their host's config: it must be the policy the app ships.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCAL_PREVIEW_HEADERS, SECURITY_HEADERS } from '../security-headers';

const readme = readFileSync(join(import.meta.dirname, '../README.md'), 'utf8');

describe('README Hosting and security-headers.ts', () => {
  it.each(Object.entries(SECURITY_HEADERS))('documents %s exactly as sent', (name, value) => {
    const row = readme.split('\n').find((line) => line.startsWith(`| \`${name}\` |`));
    expect(row, name).toBeDefined();
    expect(row).toContain(`| \`${value}\` |`);
  });

  it('keeps localhost bundles to the preview policy', () => {
    expect(SECURITY_HEADERS['Content-Security-Policy']).not.toMatch(/localhost|127\.0\.0\.1|http:/);
    expect(LOCAL_PREVIEW_HEADERS['Content-Security-Policy']).toContain('http://localhost:*');
    expect(readme).toContain('http://localhost:* http://127.0.0.1:*');
  });
});
