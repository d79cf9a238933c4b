// Privacy and the Content-Security-Policy: the app talks to its own origin
// only (and to the ?data= address the reader chose), and runs with the strict
// policy of security-headers.ts without a single violation.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '../../security-headers';
import { REAL_BUNDLE_TEXT } from './helpers/bad-bundles';
import { openSession, type Session } from './helpers/browser';
import {
  cspViolations,
  recordCspViolations,
  serveHtml,
  serveWithSecurityHeaders,
} from './helpers/csp-server';

const PAGES = ['/', '/fighters', '/timeline', '/countermeasures', '/sources', '/present', '/present?slide=3'];
const CHOSEN_DATA = 'https://data.example.org/shared/bundle.json';

/** Answers for CHOSEN_DATA (another origin) with the real bundle, as a CORS-enabled host would. */
function serveChosenData(s: Session) {
  return s.context.route(CHOSEN_DATA, (route) =>
    route.fulfill({
      body: REAL_BUNDLE_TEXT,
      contentType: 'application/json',
      headers: { 'Access-Control-Allow-Origin': '*' },
    }),
  );
}

/** The chart ids an embed accepts, as the app itself lists them. */
async function embedIds(s: Session, base: string): Promise<string[]> {
  await s.page.goto(`${base}/embed/unknown-id`);
  await s.page.getByRole('alert').waitFor();
  const ids = await s.page.locator('.embed__ids code').allTextContents();
  expect(ids.length).toBeGreaterThanOrEqual(4);
  return ids;
}

/** Settles a view: data loaded, charts drawn, no request in flight. */
async function settle(s: Session) {
  await s.page.locator('main').first().waitFor();
  await s.page.waitForFunction(() => document.querySelector('[aria-busy="true"]') === null);
  await s.page.waitForLoadState('networkidle');
}

describe('privacy: no request leaves the origin', () => {
  let s: Session;
  const foreign: string[] = [];
  let checked = 0;
  beforeAll(async () => {
    s = await openSession();
    const origin = new URL(s.baseURL).origin;
    s.context.on('request', (request) => {
      checked++;
      const url = request.url();
      if (url.startsWith('data:') || url.startsWith('blob:')) return;
      if (new URL(url).origin !== origin && url !== CHOSEN_DATA)
        foreign.push(`${request.resourceType()} ${url}`);
    });
    await serveChosenData(s);
  });
  afterAll(async () => {
    await s.close();
    console.info(`privacy: ${checked} requests checked`);
  });

  it('on every view, slide and embed, with the default data and with ?data= elsewhere', async () => {
    const ids = await embedIds(s, s.baseURL);
    const pages = [...PAGES, ...ids.map((id) => `/embed/${id}`)];
    for (const path of pages) {
      await s.page.goto(`${s.baseURL}${path}`);
      await settle(s);
      expect(foreign, path).toEqual([]);
    }
    // The reader's chosen bundle is the only other origin contacted.
    let chosen = 0;
    const count = (request: { url: () => string }) => {
      if (request.url() === CHOSEN_DATA) chosen++;
    };
    s.context.on('request', count);
    for (const path of ['/', '/fighters', '/sources', `/embed/${ids[0] ?? ''}`]) {
      await s.page.goto(
        `${s.baseURL}${path}${path.includes('?') ? '&' : '?'}data=${encodeURIComponent(CHOSEN_DATA)}`,
      );
      await settle(s);
      await s.page
        .getByRole('alert')
        .count()
        .then((n) => expect(n, path).toBe(0));
      expect(foreign, path).toEqual([]);
    }
    s.context.off('request', count);
    expect(chosen).toBeGreaterThan(0);
    // Opening the chart menu and downloading stays local too.
    await s.page.goto(`${s.baseURL}/fighters`);
    const figure = s.page.getByRole('figure', { name: 'Who went: men, women and children' });
    await figure.locator('svg.recharts-surface').first().waitFor();
    await figure.getByRole('button', { name: 'Share and download' }).click();
    await Promise.all([
      s.page.waitForEvent('download'),
      figure.getByRole('button', { name: 'Download PNG', exact: true }).click(),
    ]);
    expect(foreign).toEqual([]);
    expect(checked).toBeGreaterThan(50);
  });

  it('source links send no referrer and give the opened page no handle on this one', async () => {
    await s.page.goto(`${s.baseURL}/sources`);
    await s.page.getByRole('heading', { name: /Bibliography/ }).waitFor();
    const rels = await s.page
      .locator('main a[target="_blank"]')
      .evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('rel')))]);
    expect(rels).toEqual(['noopener noreferrer']);
  });
});

describe('Content-Security-Policy (security-headers.ts)', () => {
  let s: Session;
  let server: Awaited<ReturnType<typeof serveWithSecurityHeaders>>;
  beforeAll(async () => {
    server = await serveWithSecurityHeaders();
    s = await openSession();
    await recordCspViolations(s.context);
    await serveChosenData(s);
  });
  afterAll(async () => {
    await s.close();
    await server.close();
  });

  it('is sent with the page and with the data', async () => {
    const page = await s.page.goto(`${server.url}/fighters`);
    const headers = page?.headers() ?? {};
    for (const [name, value] of Object.entries(SECURITY_HEADERS))
      expect(headers[name.toLowerCase()], name).toBe(value);
    const csp = SECURITY_HEADERS['Content-Security-Policy'] ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
  });

  it('every view, slide and embed renders with zero violations', async () => {
    const ids = await embedIds(s, server.url);
    for (const path of [...PAGES, ...ids.map((id) => `/embed/${id}?theme=dark`)]) {
      s.errors.length = 0;
      await s.page.goto(`${server.url}${path}`);
      await settle(s);
      // Embeds are drawn (each view's own tests check what): here, only that something rendered.
      if (path.startsWith('/embed'))
        expect((await s.page.locator('main').textContent())?.length ?? 0, path).toBeGreaterThan(20);
      if (path === '/fighters')
        expect(await s.page.locator('svg.recharts-surface').count(), path).toBeGreaterThan(0);
      expect(await cspViolations(s.page), path).toEqual([]);
      expect(
        s.errors.filter((e) => /Content Security Policy|Refused to/i.test(e)),
        path,
      ).toEqual([]);
    }
  });

  it('PNG and SVG export work under the policy', async () => {
    await s.page.goto(`${server.url}/fighters`);
    const figure = s.page.getByRole('figure', { name: 'Who went: men, women and children' });
    await figure.locator('svg.recharts-surface').first().waitFor();
    for (const item of ['Download PNG', 'Download SVG']) {
      await figure.getByRole('button', { name: 'Share and download' }).click();
      const [download] = await Promise.all([
        s.page.waitForEvent('download'),
        figure.getByRole('button', { name: item, exact: true }).click(),
      ]);
      expect(readFileSync(await download.path()).length).toBeGreaterThan(1000);
    }
    expect(await cspViolations(s.page)).toEqual([]);
  });

  it('an embed can be framed by another site', async () => {
    // A real server on another origin: Chrome refuses to let a page it cannot place on the
    // network (a routed one) frame localhost, whatever the policy says.
    const hostPage = await serveHtml(
      `<!doctype html><title>Article</title><iframe id="f" src="${server.url}/embed/fighters-composition" style="width:600px;height:600px"></iframe>`,
    );
    try {
      await s.page.goto(hostPage.url);
      expect(new URL(hostPage.url).origin).not.toBe(new URL(server.url).origin);
      const frame = s.page.frameLocator('#f');
      await frame.getByRole('heading', { level: 1, name: 'Who went: men, women and children' }).waitFor();
      await frame.locator('svg.recharts-surface').first().waitFor();
      expect(await cspViolations(s.page)).toEqual([]);
    } finally {
      await hostPage.close();
    }
  });

  it('?data= loads from any https origin that allows CORS, and never from plain http elsewhere', async () => {
    await s.page.goto(`${server.url}/fighters?data=${encodeURIComponent(CHOSEN_DATA)}`);
    await s.page.getByText(/Data version/).waitFor();
    expect(await s.page.getByRole('alert').count()).toBe(0);
    expect(await cspViolations(s.page)).toEqual([]);

    await s.page.goto(
      `${server.url}/sources?data=${encodeURIComponent('http://data.example.org/bundle.json')}`,
    );
    const alert = s.page.getByRole('alert').filter({ hasText: 'could not be downloaded' });
    await alert.waitFor();
    expect(
      (await cspViolations(s.page)).some((v) => v.startsWith('connect-src blocked http://data.example.org')),
    ).toBe(true);
  });
});
