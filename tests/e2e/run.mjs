// Runs the browser tests when a Chromium is available. Without one, a
// developer gets a notice and the rest of `npm test` still counts; on CI
// (CI set) a missing browser is a failure, never a silent skip.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';
if (!existsSync(chrome)) {
  const notice = `No Chromium at ${chrome}. Install it with: apt-get update && apt-get install -y chromium (or set CHROME_PATH).`;
  if (process.env.CI) {
    console.error(`e2e: ${notice} CI is set, so this is a failure.`);
    process.exit(1);
  }
  console.warn(`\n*** e2e SKIPPED: ${notice}\n*** The browser tests did not run.\n`);
  process.exit(0);
}
const result = spawnSync('npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROME_PATH: chrome },
});
process.exit(result.status ?? 1);
