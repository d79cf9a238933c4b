// Hostile input, round two (issue 20): what the first corpus (hostile.spec.ts)
// did not reach. Links built from a crafted address, files written from text
// that JSON allows and the file's format does not, spreadsheet formulas,
// lists long enough to freeze the tab, encodings, stalled servers, and the
// embed pages' own links. Each case failed before its fix.
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORMULA_PAYLOADS, HOSTILE_CHARACTERS } from '../../src/testing/hostile-strings';
import { parseCsv } from '../../src/testing/parse-csv';
import { REAL_BUNDLE_TEXT } from './helpers/bad-bundles';
import { openSession, serveAt, type Session } from './helpers/browser';
import { serveStream } from './helpers/fault-servers';

type Wire = Record<string, unknown> & { [section: string]: unknown };
const real = () => JSON.parse(REAL_BUNDLE_TEXT) as Wire;
const records = (b: Wire, section: string) => b[section] as Wire[];

const BAD = HOSTILE_CHARACTERS.join('');

/** Every source's publisher and title, and every statement's speaker, carry the characters XML forbids. */
function characterBundle(): string {
  const b = real();
  for (const source of records(b, 'sources')) {
    source.publisher = `${String(source.publisher)} ${BAD}`;
    source.title = `${BAD} ${String(source.title)}`;
  }
  for (const snapshot of records(b, 'fighterSnapshots'))
    snapshot.speaker = `${String(snapshot.speaker)}${BAD}`;
  (b.meta as Wire).version = `chars-${BAD}`;
  return JSON.stringify(b);
}

/** Formulas in the text columns of the countermeasures' CSV and in the sources of every chart's CSV. */
function formulaBundle(): string {
  const b = real();
  records(b, 'countermeasures').forEach((m, i) => {
    m.title = FORMULA_PAYLOADS[i % FORMULA_PAYLOADS.length];
    m.description = FORMULA_PAYLOADS[(i + 3) % FORMULA_PAYLOADS.length];
  });
  for (const source of records(b, 'sources')) source.publisher = '=HYPERLINK("https://example.org","x")';
  (b.meta as Wire).version = '-2+3+cmd|" /C calc"!A0';
  return JSON.stringify(b);
}

/** One source cited by 100,000 records (context events, the cheapest to draw elsewhere). */
function citedEverywhereBundle(): string {
  const b = real();
  const source = String((records(b, 'sources')[0] as Wire).id);
  const template = records(b, 'contextEvents')[0] as Wire;
  // Short texts keep 100,000 records under the 20 MB limit.
  b.contextEvents = Array.from({ length: 100_000 }, (_, i) => ({
    id: `ctx-${i}`,
    date: template.date,
    approximate: false,
    title: `Event ${i}`,
    description: 'A test record.',
    category: template.category,
    sources: [source],
  }));
  return JSON.stringify(b);
}

async function openMenuItem(s: Session, figureName: string, item: string) {
  const figure = s.page.getByRole('figure', { name: figureName });
  await figure.locator('svg.recharts-surface').first().waitFor();
  await figure.getByRole('button', { name: 'Share and download' }).click();
  const [download] = await Promise.all([
    s.page.waitForEvent('download'),
    figure.getByRole('button', { name: item, exact: true }).click(),
  ]);
  return readFileSync(await download.path());
}

/** Chromium's XML parser, which is strict about the XML character rule (jsdom's is not). */
function xmlErrors(s: Session, documents: string[]): Promise<number[]> {
  return s.page.evaluate(
    (texts) =>
      texts
        .map((text, i) =>
          new DOMParser().parseFromString(text, 'application/xml').getElementsByTagName('parsererror')
            .length > 0
            ? i
            : -1,
        )
        .filter((i) => i >= 0),
    documents,
  );
}

const EVALUATED = /^[\s\u00A0\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r\n]/;

describe('hostile output', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession({ serviceWorkers: 'block' });
    await s.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: s.baseURL });
    await serveAt(s.page, '/chars.json', { body: characterBundle() });
    await serveAt(s.page, '/formulas.json', { body: formulaBundle() });
    await serveAt(s.page, '/cited-everywhere.json', { body: citedEverywhereBundle() });
  });
  afterAll(async () => {
    await s.close();
  });

  describe('class 1: links built from the address stay on this origin', () => {
    it.each(['//evil.example/fighters', '//evil.example', '/\\evil.example/fighters', '/%5Cevil.example/x'])(
      '%s?data=… links "Back to the default data" to this site',
      async (path) => {
        await s.page.goto(`${s.baseURL}${path}?data=/data/bundle.json&view=x`);
        const back = s.page.getByRole('link', { name: 'Back to the default data' });
        await back.waitFor();
        const href = (await back.getAttribute('href')) ?? '';
        expect(new URL(href, s.page.url()).origin).toBe(new URL(s.baseURL).origin);
        expect(href).not.toMatch(/^[/\\]{2}/);
        // And no other link the app made (every one but the sources' own) leaves the site.
        const offSite = await s.page.evaluate(() =>
          [...document.querySelectorAll<HTMLAnchorElement>('a[href]')]
            .filter((a) => a.target !== '_blank' && a.origin !== location.origin)
            .map((a) => a.getAttribute('href')),
        );
        expect(offSite).toEqual([]);
      },
    );
  });

  describe('class 2: exports from text that XML forbids', () => {
    it('the SVG parses, the PNG decodes with the chart drawn, the PowerPoint slide is well-formed XML', async () => {
      await s.page.goto(`${s.baseURL}/fighters?data=/chars.json`);
      const figure = 'Who went: men, women and children';
      const svg = (await openMenuItem(s, figure, 'Download SVG')).toString('utf8');
      expect(svg).toContain('\uFFFD');
      expect(await xmlErrors(s, [svg])).toEqual([]);

      const png = await openMenuItem(s, figure, 'Download PNG');
      const decoded = await s.page.evaluate(async (base64) => {
        const image = new Image();
        image.src = `data:image/png;base64,${base64}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.naturalWidth;
        canvas.height = image.naturalHeight;
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(image, 0, 0);
        const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
        const colours = new Set<number>();
        for (let i = 0; i < data.length; i += 4 * 97)
          colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
        return { width: image.naturalWidth, height: image.naturalHeight, colours: colours.size };
      }, png.toString('base64'));
      expect(decoded.width).toBeGreaterThan(400);
      // Not a blank or one-colour rectangle: bars, text and background.
      expect(decoded.colours).toBeGreaterThan(5);

      const pptx = await openMenuItem(s, figure, 'Download PowerPoint slide (.pptx)');
      const zip = await JSZip.loadAsync(pptx);
      const parts = await Promise.all(
        Object.keys(zip.files)
          .filter((name) => /\.(xml|rels)$/.test(name))
          .map(async (name) => ({ name, text: await zip.file(name)!.async('string') })),
      );
      expect(parts.length).toBeGreaterThan(10);
      const broken = await xmlErrors(
        s,
        parts.map((p) => p.text),
      );
      expect(broken.map((i) => parts[i]!.name)).toEqual([]);
    });

    it('the CSV holds no character a spreadsheet cannot', async () => {
      await s.page.goto(`${s.baseURL}/fighters?data=/chars.json`);
      const csv = (await openMenuItem(s, 'Who went: men, women and children', 'Download CSV')).toString(
        'utf8',
      );
      // eslint-disable-next-line no-control-regex -- the characters under test
      expect(csv).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
      expect(csv).toContain('\uFFFD');
    });
  });

  describe('class 3: spreadsheet formulas', () => {
    it('no cell of the countermeasures CSV is evaluated, header and citation columns included', async () => {
      await s.page.goto(`${s.baseURL}/countermeasures?data=/formulas.json`);
      await s.page.getByRole('heading', { level: 1 }).waitFor();
      const [download] = await Promise.all([
        s.page.waitForEvent('download'),
        s.page
          .getByRole('button', { name: /Download .*CSV/ })
          .first()
          .click(),
      ]);
      const text = readFileSync(await download.path(), 'utf8');
      expect(text.startsWith('\uFEFFid,title,')).toBe(true);
      const rows = parseCsv(text);
      expect(rows.length).toBeGreaterThan(20);
      const evaluated = rows.flatMap((row, r) =>
        row.filter((cell) => EVALUATED.test(cell)).map((cell) => `${r}: ${cell}`),
      );
      expect(evaluated).toEqual([]);
      // The payloads are there, neutralised, not dropped.
      expect(rows.some((row) => row[1] === `'${FORMULA_PAYLOADS[2]}`)).toBe(true);
    });

    it('a chart CSV starts with its header row and keeps negative-looking text inert', async () => {
      await s.page.goto(`${s.baseURL}/fighters?data=/formulas.json`);
      const text = (await openMenuItem(s, 'Who went: men, women and children', 'Download CSV')).toString(
        'utf8',
      );
      const rows = parseCsv(text);
      expect(rows[0]?.[0]).not.toMatch(/^#/);
      expect(rows[0]).toContain('Source');
      const evaluated = rows.flat().filter((cell) => EVALUATED.test(cell));
      expect(evaluated).toEqual([]);
    });
  });

  describe('class 4: data that could hang the tab', () => {
    it('/sources with one source cited by 100,000 records draws a page of them, and the nav still answers', async () => {
      await s.page.goto(`${s.baseURL}/sources?data=/cited-everywhere.json`);
      const summary = s.page.getByText(/Cited by 100,0\d\d records/).first();
      await summary.waitFor({ timeout: 30_000 });
      await summary.click();
      const item = s.page.locator('.source-item').filter({ has: summary });
      await item.getByText(/Showing 50 of 100,0\d\d records/).waitFor();
      expect(await item.locator('.source-item__records li').count()).toBe(50);
      await item.getByRole('button', { name: 'Show 50 more' }).click();
      expect(await item.locator('.source-item__records li').count()).toBe(100);
      await s.page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Foreign fighters' })
        .click();
      await s.page.getByRole('heading', { level: 1, name: /foreign fighters/i }).waitFor({ timeout: 10_000 });
    });
  });

  describe('class 5: the smaller ones', () => {
    it('a UTF-16 bundle is named as such, without mis-decoded bytes', async () => {
      const body = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(REAL_BUNDLE_TEXT, 'utf16le')]);
      await s.context.route(
        (url) => url.pathname === '/utf16.json',
        (route) => route.fulfill({ status: 200, contentType: 'application/json', body }),
      );
      await s.page.goto(`${s.baseURL}/fighters?data=/utf16.json`);
      const alert = s.page.getByRole('alert').filter({ hasText: 'The data file is not UTF-8 text' });
      await alert.waitFor();
      const text = (await alert.textContent()) ?? '';
      expect(text).toContain('The file is UTF-16; save it as UTF-8');
      // eslint-disable-next-line no-control-regex -- what mis-decoding would show
      expect(text).not.toMatch(/[\uFFFD\u0000]|ÿþ/);
    });

    it('the unknown-embed page keeps ?data= in its links, and /embed/ lists the charts', async () => {
      await s.page.goto(`${s.baseURL}/embed/nope?data=%2Fchars.json`);
      const link = s.page.getByRole('link', { name: 'fighters-composition' });
      await link.waitFor();
      expect(await link.getAttribute('href')).toBe('/embed/fighters-composition?data=%2Fchars.json');
      await link.click();
      await s.page.getByRole('heading', { level: 1, name: 'Who went: men, women and children' }).waitFor();
      expect(s.page.url()).toContain('data=%2Fchars.json');
      for (const path of ['/embed/', '/embed']) {
        await s.page.goto(`${s.baseURL}${path}`);
        await s.page.getByRole('heading', { level: 1, name: 'Choose a chart to embed' }).waitFor();
        expect(await s.page.getByRole('link', { name: 'timeline-events' }).count()).toBe(1);
      }
    });

    it('"Copy link to this view" inside an embed copies the chart\'s view with its state, not the embed or the overview', async () => {
      await s.page.goto(`${s.baseURL}/embed/timeline-events?from=2015&to=2017`);
      const figure = s.page.getByRole('figure').first();
      await figure.locator('svg.recharts-surface').first().waitFor();
      await figure.getByRole('button', { name: 'Share and download' }).click();
      await figure.getByRole('button', { name: 'Copy link to this view' }).click();
      await s.page.getByText('Link copied.').waitFor();
      const copied = new URL(await s.page.evaluate(() => navigator.clipboard.readText()));
      expect(copied.origin).toBe(new URL(s.baseURL).origin);
      expect(copied.pathname).toBe('/timeline');
      expect(copied.searchParams.get('from')).toBe('2015');
      expect(copied.searchParams.get('to')).toBe('2017');
    });

    it('a server that stalls mid-download gets a clear message and Retry, not "Loading data…" forever', async () => {
      const server = await serveStream({ totalBytes: 4 * 1024 * 1024, hangAfter: 256 * 1024 });
      try {
        await s.page.goto(`${s.baseURL}/fighters?data=${encodeURIComponent(server.url)}`);
        const alert = s.page.getByRole('alert').filter({ hasText: 'The data download stalled' });
        await alert.waitFor({ timeout: 40_000 });
        expect(await alert.textContent()).toContain('nothing arrived for 20 seconds');
        expect(await alert.getByRole('button', { name: 'Retry' }).count()).toBe(1);
      } finally {
        await server.close();
      }
    }, 60_000);
  });
});
