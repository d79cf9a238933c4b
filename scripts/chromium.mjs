// The one place that says how we run Debian's Chromium: the browser tests, the
// prerender step and the benchmark all launch it with these flags (see
// ../shared/TOOLCHAIN.md: without the background-networking flags Chromium
// keeps trying to reach hosts this network does not have).
export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
