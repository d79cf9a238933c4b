// Screenshots of pages at phone and desktop widths, for looking at what we build:
//   node scripts/screenshots.mjs http://localhost:4173 out-dir /path1 /path2 ...
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_FLAGS, CHROME_PATH } from './chromium.mjs';

const [base, outDir, ...paths] = process.argv.slice(2);
if (!base || !outDir || paths.length === 0) {
  console.error('usage: node scripts/screenshots.mjs BASE_URL OUT_DIR PATH...');
  process.exit(2);
}
mkdirSync(outDir, { recursive: true });
const profile = mkdtempSync(join(tmpdir(), 'shots-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROME_PATH,
  args: CHROME_FLAGS,
});
const page = context.pages()[0] ?? (await context.newPage());
page.on('console', (m) => m.type() === 'error' && console.error(`console error on ${page.url()}: ${m.text()}`));
page.on('pageerror', (e) => console.error(`page error on ${page.url()}: ${e.message}`));
for (const width of [1280, 390]) {
  await page.setViewportSize({ width, height: 900 });
  for (const path of paths) {
    await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
    await page.waitForTimeout(600);
    const name = path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home';
    const file = join(outDir, `${name}-${width}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
  }
}
await context.close();
rmSync(profile, { recursive: true, force: true });
