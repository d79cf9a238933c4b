// Hostile and broken bundles: every one gets a clear error panel with the
// problem's path, or, when the data is valid but odd, a working view; never an
// uncaught exception, never a script run from the data.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCRIPT_PAYLOADS } from '../../src/testing/hostile-strings';
import { badBundles } from './helpers/bad-bundles';
import { openSession, serveAt, type Session } from './helpers/browser';
import { H1, VIEWS, injectedMarkup, payloadBundle } from './helpers/hostile';

const CORPUS = badBundles().map((c, i) => ({
  ...c,
  n: i,
  url: `/bad/${i}.json`,
  view: VIEWS[i % VIEWS.length] ?? '/',
}));
const VALID_BUT_ODD = CORPUS.filter(
  (c) => c.expect.kind === 'ok' && !/10 MB|50,000|text\/plain|octet-stream/.test(c.name),
);

const pageErrors = (s: Session) => s.errors.filter((e) => e.startsWith('pageerror'));

async function expectClean(s: Session) {
  expect(pageErrors(s)).toEqual([]);
  const found = await injectedMarkup(s.page);
  expect(found.pwned).toBeNull();
  expect(found.polluted).toBeNull();
  expect(found.inlineScripts).toBe(0);
  expect(found.injectedImages).toBe(0);
  expect(found.badLinks).toEqual([]);
  expect(found.externalWithoutRel).toEqual([]);
}

async function expectView(s: Session, view: string) {
  const h1 = s.page.getByRole('heading', { level: 1 });
  await h1.first().waitFor();
  expect(await h1.count()).toBe(1);
  if (H1[view]) {
    const text = await h1.textContent();
    // A route error says why in the paragraph under its heading; put that in the failure.
    const why = text === 'This view failed to load' ? await s.page.locator('.error-panel p').first().textContent() : '';
    expect(`${text}${why ? ` (${why})` : ''}`).toMatch(H1[view]);
  }
  expect(await s.page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(true);
}

describe('bad-bundle corpus', () => {
  let s: Session;
  beforeAll(async () => {
    // These cases are about the bundle; the service worker (installing its precache while
    // ninety pages load in one profile) is tested in pwa.spec and kept out of them.
    s = await openSession({ serviceWorkers: 'block' });
    for (const c of CORPUS)
      await serveAt(s.page, c.url, { body: c.body, status: c.status, contentType: c.contentType });
  });
  afterAll(async () => {
    await s.close();
  });

  it('has at least 30 cases', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(30);
  });

  it.each(CORPUS)('#$n $name on $view', async (c) => {
    s.errors.length = 0;
    await s.page.goto(`${s.baseURL}${c.view}?data=${c.url}`);
    await expectView(s, c.view);
    if (c.expect.kind === 'error') {
      const alert = s.page.getByRole('alert').filter({ hasText: c.expect.heading });
      await alert.waitFor();
      const text = (await alert.textContent()) ?? '';
      expect(text).toContain(c.url);
      for (const path of c.expect.paths ?? []) expect(text).toContain(`${path}`);
      for (const part of c.expect.text ?? []) expect(text).toContain(part);
      expect(await alert.getByRole('button', { name: 'Retry' }).count()).toBe(1);
      // No problem list runs away: at most 20 are shown, and none echoes a huge value.
      expect(await alert.locator('li').count()).toBeLessThanOrEqual(20);
      expect(text.length).toBeLessThan(10_000);
      // The header and nav keep working, and so does /sources (with its own error panel).
      await s.page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Sources', exact: true })
        .click();
      await s.page.getByRole('heading', { level: 1, name: /Sources/ }).waitFor();
      await s.page.getByRole('link', { name: 'The data bundle (JSON)' }).waitFor();
      expect(s.page.url()).toContain(`data=${encodeURIComponent(c.url)}`);
    } else {
      await s.page.getByText(/Data version/).waitFor();
      if (c.expect.version) await s.page.getByText(c.expect.version, { exact: true }).first().waitFor();
      expect(await s.page.getByRole('alert').count()).toBe(0);
    }
    await expectClean(s);
  });

  // Valid-but-odd data must render on every view, embeds and slides included.
  const ODD_EVERYWHERE = VALID_BUT_ODD.flatMap((c) => [...VIEWS, '/present'].map((view) => ({ ...c, view })));
  it.each(ODD_EVERYWHERE)('valid but odd: $name on $view', async (c) => {
    s.errors.length = 0;
    await s.page.goto(`${s.baseURL}${c.view}?data=${c.url}`);
    if (c.view === '/present') {
      await s.page.locator('.present__stage').waitFor();
      await s.page.waitForFunction(() => document.querySelector('[aria-busy="true"]') === null);
      expect(await s.page.getByRole('alert').count()).toBe(0);
    } else {
      await expectView(s, c.view);
      await s.page.getByText(/Data version/).waitFor();
      expect(await s.page.getByRole('alert').count()).toBe(0);
      const text = (await s.page.locator('main').textContent()) ?? '';
      expect(text.length).toBeGreaterThan(20);
      // A count of -0 (legal JSON) is shown as 0.
      expect(text).not.toMatch(/(^|[^\w.,])[-−]0(?![\d.,])/);
    }
    await expectClean(s);
  });
});

describe('script injection through the data', () => {
  let s: Session;
  const dialogs: string[] = [];
  beforeAll(async () => {
    s = await openSession();
    s.page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await serveAt(s.page, '/payloads.json', { body: payloadBundle() });
  });
  afterAll(async () => {
    await s.close();
  });

  const PAGES = [
    ...VIEWS,
    '/present',
    '/present?slide=4',
    '/embed/fighters-composition',
    '/embed/fighters-compare',
    '/countermeasures?view=matrix',
  ];
  it.each(PAGES)('%s shows every payload as inert text', async (view) => {
    s.errors.length = 0;
    const join = view.includes('?') ? '&' : '?';
    await s.page.goto(`${s.baseURL}${view}${join}data=/payloads.json`);
    await s.page.locator('main').first().waitFor();
    await s.page.waitForFunction(() => document.querySelector('[aria-busy="true"]') === null);
    expect(await s.page.getByRole('alert').count()).toBe(0);
    // Hover and focus what is drawn, so tooltips render their text too.
    const bars = s.page.locator('.recharts-bar-rectangle, .recharts-dot');
    if ((await bars.count()) > 0)
      await bars
        .first()
        .hover({ force: true, timeout: 2000 })
        .catch(() => undefined);
    await expectClean(s);
    expect(dialogs).toEqual([]);
  });

  it('/sources shows a payload title literally, as text', async () => {
    await s.page.goto(`${s.baseURL}/sources?data=/payloads.json`);
    await s.page.getByRole('heading', { level: 2, name: /Bibliography/ }).waitFor();
    const body = (await s.page.locator('main').textContent()) ?? '';
    expect(body).toContain(SCRIPT_PAYLOADS[0]);
    expect(body).toContain(SCRIPT_PAYLOADS[1]);
    // The hostile-but-http URLs are links, with the quote escaped, not attributes of their own.
    const hrefs = await s.page
      .locator('a[href^="https://example.org/"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).not.toMatch(/["<>]/);
    await expectClean(s);
  });

  it('the exported SVG of a chart carries no script and escapes the payloads', async () => {
    await s.page.goto(`${s.baseURL}/fighters?data=/payloads.json`);
    const figure = s.page.getByRole('figure', { name: 'Who went: men, women and children' });
    await figure.locator('svg.recharts-surface').first().waitFor();
    await figure.getByRole('button', { name: 'Share and download' }).click();
    const [download] = await Promise.all([
      s.page.waitForEvent('download'),
      figure.getByRole('button', { name: 'Download SVG', exact: true }).click(),
    ]);
    const svg = readFileSync(await download.path(), 'utf8');
    expect(svg).not.toMatch(/<script/i);
    // Every "<" in text is escaped, so any "<" starts a real tag: none carries an event handler.
    expect(svg).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
    // A javascript: address may be shown as escaped text (a payload in the speaker's name); never as an attribute.
    expect(svg).not.toMatch(/=\s*["']\s*javascript:/i);
    expect(svg).not.toContain('<foreignObject');
    // The speaker and source line carry payloads; they arrive escaped.
    expect(svg).toMatch(/&lt;(script|img|svg)/);
    const parsed = await s.page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const elements = Array.from(doc.querySelectorAll('*'));
      return {
        error: doc.querySelector('parsererror') !== null,
        scripts: doc.querySelectorAll('script, foreignObject, iframe').length,
        handlers: elements.flatMap((el) =>
          Array.from(el.attributes)
            .filter((a) => a.name.startsWith('on'))
            .map((a) => a.name),
        ),
        text: doc.documentElement.textContent ?? '',
      };
    }, svg);
    expect(parsed.error).toBe(false);
    expect(parsed.scripts).toBe(0);
    expect(parsed.handlers).toEqual([]);
    expect(parsed.text).toMatch(/<script>window.__pwned = 1<\/script>|<img src=x onerror/);
    await expectClean(s);
    expect(dialogs).toEqual([]);
  });
});
