// French and Arabic, where readers use them (issue 19): every route renders in each
// language with no message id showing, Arabic pages are right to left with no
// horizontal scroll on a phone, axe finds nothing on Arabic pages, the language
// menu keeps the view and remembers the choice, and a French embed exports French.
import AxeBuilder from '@axe-core/playwright';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHARTS } from '../../src/app/chart-registry';
import { openSession, type Session } from './helpers/browser';

const CATALOGS = join(__dirname, '../../src/i18n/catalogs');
function catalog(locale: string): Record<string, string> {
  return Object.assign(
    {},
    ...readdirSync(join(CATALOGS, locale))
      .filter((f) => f.endsWith('.json'))
      .map((f) => JSON.parse(readFileSync(join(CATALOGS, locale, f), 'utf8')) as Record<string, string>),
  ) as Record<string, string>;
}
const IDS = Object.keys(catalog('en'));
const fr = catalog('fr');
const ar = catalog('ar');

const ROUTES = [
  { path: '/', ready: '.key-figures' },
  { path: '/fighters', ready: 'svg .recharts-bar-rectangle' },
  { path: '/timeline', ready: '.dm-mark' },
  { path: '/timeline?event=2018-03-tangier', ready: '.event-detail' },
  { path: '/countermeasures', ready: '[data-measure-id]' },
  { path: '/countermeasures/prison-monitoring', ready: 'dialog' },
  { path: '/sources', ready: '.source-item' },
  { path: '/data', ready: '.own-data-drop' },
  { path: '/present?slide=5', ready: 'svg.recharts-surface' },
  ...CHARTS.map((c) => ({ path: `/embed/${c.id}`, ready: 'figure.chart-frame' })),
];

const FORMULA = { en: 'total − women − children', fr: 'total − femmes − enfants', ar: 'المجموع − النساء − الأطفال' };

const localized = (locale: string, path: string) => (path === '/' ? `/${locale}` : `/${locale}${path}`);

/** Text a reader meets: the page's text and the attributes read aloud or shown on hover. */
async function readerText(s: Session): Promise<string> {
  return s.page.evaluate(() => {
    const attrs = [...document.querySelectorAll('[aria-label], [title], [alt], [placeholder]')].flatMap((el) =>
      ['aria-label', 'title', 'alt', 'placeholder'].map((a) => el.getAttribute(a) ?? ''),
    );
    return `${document.body.innerText}\n${attrs.join('\n')}\n${document.title}`;
  });
}

describe.each(['en', 'fr', 'ar'] as const)('every route in %s', (locale) => {
  let s: Session;
  /** Lingui warns when asked for a message its loaded catalogs lack: a view used another view's words. */
  const missing: string[] = [];
  beforeAll(async () => {
    s = await openSession({ width: 1280, height: 900 });
    s.page.on('console', (message) => {
      if (message.type() === 'warning' && message.text().includes('Uncompiled message')) missing.push(message.text().split('\n').find((l) => l.startsWith('>')) ?? message.text());
    });
  });
  afterAll(async () => {
    await s.close();
  });

  it.each(ROUTES)('$path renders with no message id showing', async ({ path, ready }) => {
    missing.length = 0;
    await s.page.goto(`${s.baseURL}${locale === 'en' ? path : localized(locale, path)}`);
    await s.page.locator(ready).first().waitFor();
    expect(await s.page.getAttribute('html', 'lang')).toBe(locale);
    expect(missing).toEqual([]);
    expect(await s.page.getAttribute('html', 'dir')).toBe(locale === 'ar' ? 'rtl' : 'ltr');
    const text = await readerText(s);
    const shown = IDS.filter((id) => text.includes(id));
    expect(shown).toEqual([]);
    // The derived men are shown with their formula, in the page's language.
    if (path === '/fighters') expect(text).toContain(FORMULA[locale]);
    expect(s.errors.filter((e) => !/favicon/.test(e))).toEqual([]);
  });
});

describe('Arabic on a phone', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession({ width: 390, height: 844 });
  });
  afterAll(async () => {
    await s.close();
  });

  it.each(ROUTES.filter((r) => !r.path.startsWith('/embed/') || r.path.endsWith('timeline-map')))(
    '$path is right to left with no horizontal scroll',
    async ({ path, ready }) => {
      await s.page.goto(`${s.baseURL}${localized('ar', path)}`);
      await s.page.locator(ready).first().waitFor();
      const layout = await s.page.evaluate(() => ({
        dir: getComputedStyle(document.body).direction,
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      }));
      expect(layout.dir).toBe('rtl');
      expect(layout.overflow).toBeLessThanOrEqual(0);
    },
  );

  it.each(ROUTES.filter((r) => !r.path.startsWith('/embed/')).concat([{ path: '/embed/timeline-map', ready: 'figure.chart-frame' }]))(
    'axe finds no WCAG 2.1 AA violation on $path',
    async ({ path, ready }) => {
      await s.page.goto(`${s.baseURL}${localized('ar', path)}`);
      await s.page.locator(ready).first().waitFor();
      const results = await new AxeBuilder({ page: s.page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      const violations = results.violations.map(
        (v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`,
      );
      expect(violations).toEqual([]);
    },
  );
});

describe('the language menu', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession({ width: 1280, height: 900 });
  });
  afterAll(async () => {
    await s.close();
  });

  it('opens the same view, with its filters, in French, and remembers the choice', async () => {
    await s.page.goto(`${s.baseURL}/timeline?from=2016-01&to=2017-12`);
    await s.page.locator('.dm-mark').first().waitFor();
    await Promise.all([s.page.waitForURL(/\/fr\/timeline\?from=2016-01&to=2017-12$/), s.page.getByLabel('Language').selectOption('fr')]);
    await s.page.locator('.dm-mark').first().waitFor();
    expect(await s.page.getAttribute('html', 'lang')).toBe('fr');
    expect(await s.page.getByLabel(fr['app.language.label'] ?? '').inputValue()).toBe('fr');
    // An English address now opens in French; an embed stays as it was linked.
    await s.page.goto(`${s.baseURL}/fighters`);
    await s.page.waitForURL(/\/fr\/fighters$/);
    await s.page.goto(`${s.baseURL}/embed/fighters-composition`);
    expect(new URL(s.page.url()).pathname).toBe('/embed/fighters-composition');
    expect(await s.page.getAttribute('html', 'lang')).toBe('en');
  });

  it('names each language version of the view in the head', async () => {
    await s.page.goto(`${s.baseURL}/ar/countermeasures`);
    await s.page.locator('[data-measure-id]').first().waitFor();
    const alternates = await s.page.$$eval('link[rel="alternate"][hreflang]', (links) =>
      links.map((l) => `${l.getAttribute('hreflang')} ${new URL((l as HTMLLinkElement).href).pathname}`).sort(),
    );
    expect(alternates).toEqual(['ar /ar/countermeasures', 'en /countermeasures', 'fr /fr/countermeasures', 'x-default /countermeasures']);
    expect(ar['app.language.label']).toBeTruthy();
  });
});

describe('a French embed exports French', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession({ width: 1280, height: 900 });
  });
  afterAll(async () => {
    await s.close();
  });

  async function download(item: string): Promise<string> {
    const figure = s.page.locator('figure.chart-frame').first();
    await figure.getByRole('button', { name: fr['charts.menu.button'] }).click();
    const [dl] = await Promise.all([s.page.waitForEvent('download'), figure.getByRole('button', { name: item, exact: true }).click()]);
    return readFileSync((await dl.path()) ?? '', 'utf8');
  }

  it('the SVG carries the French title and source line, and the CSV French words', async () => {
    await s.page.goto(`${s.baseURL}/fr/embed/fighters-composition`);
    await s.page.locator('figure.chart-frame svg .recharts-bar-rectangle').first().waitFor();
    const svg = await download(fr['charts.menu.svg'] ?? '');
    const text = await s.page.evaluate((markup) => new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement.textContent ?? '', svg);
    expect(text).toContain(fr['charts.registry.fightersComposition']);
    expect(text).not.toContain('Who went');
    const csv = await download(fr['charts.menu.csv'] ?? '');
    expect(csv).toContain(fr['charts.csv.dataVersion']);
    expect(csv).not.toContain('Data version');
  });
});
