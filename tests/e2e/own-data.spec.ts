// Issue 17: the reader's own data. Bundles opened from disk and spreadsheets
// imported on /data, kept in this browser (IndexedDB), reopened with ?local=,
// offline too; the data package on /sources.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, type Session } from './helpers/browser';
import { BUILD_DIR, copyBuild, serveBuild, waitForServiceWorker, type AppServer } from './helpers/pwa';

const shipped = readFileSync(join(BUILD_DIR, 'data/bundle.json'), 'utf8');

/** The shipped bundle under another title and version, so the views can be seen to show it. */
function ownBundle(title: string): string {
  const bundle = JSON.parse(shipped) as { meta: { title: string; version: string } };
  bundle.meta.title = title;
  bundle.meta.version = 'own-1';
  return JSON.stringify(bundle);
}

const file = (name: string, text: string | Buffer, mimeType = 'application/json') => ({
  name,
  mimeType,
  buffer: typeof text === 'string' ? Buffer.from(text, 'utf8') : text,
});

async function pick(s: Session, payload: ReturnType<typeof file> | string) {
  await s.page.getByLabel(/Choose a bundle/).setInputFiles(payload);
}

/** How many bundles /data lists, once it has read them from IndexedDB. */
async function keptCount(s: Session): Promise<number> {
  await s.page.getByRole('heading', { name: 'Kept on this device' }).waitFor();
  await s.page.getByText('Reading what this browser keeps').waitFor({ state: 'detached' });
  return s.page.locator('[data-local-id]').count();
}

/** The local id of the bundle the page shows, from ?local= of the address. */
const localId = (s: Session) => new URL(s.page.url()).searchParams.get('local');

describe('your data: bundles from disk', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession();
  });
  afterAll(async () => {
    await s.close();
  });

  it('opens a picked bundle, keeps it, and shows it in every view with the banner and ?local= in the nav', async () => {
    s.errors.length = 0;
    await s.page.goto(`${s.baseURL}/data`);
    await s.page.getByText(/Nothing is uploaded/).waitFor();
    await pick(s, file('my-bundle.json', ownBundle('My own compilation')));
    await s.page.getByRole('status').filter({ hasText: 'Opened and kept' }).waitFor();
    const id = localId(s);
    expect(id).toMatch(/^[a-z0-9]{10}$/);
    const item = s.page.locator(`[data-local-id="${id}"]`);
    await item.getByText('my-bundle.json').waitFor();
    expect(await item.textContent()).toMatch(/version own-1/);
    expect(await item.textContent()).toMatch(/\d+ sources/);
    await s.page.getByRole('status').getByRole('link', { name: 'Timeline' }).click();
    await s.page.getByRole('heading', { level: 1, name: /Timeline/ }).waitFor();
    await s.page
      .locator('.data-banner')
      .getByText(/My own compilation, version own-1/)
      .waitFor();
    expect(new URL(s.page.url()).searchParams.get('local')).toBe(id);
    const navHref = await s.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Sources' })
      .getAttribute('href');
    expect(navHref).toBe(`/sources?local=${id}`);
    await s.page.getByText(/Data version own-1/).waitFor();
    expect(s.errors).toEqual([]);
  });

  it('opens a bundle dropped on the drop zone', async () => {
    await s.page.goto(`${s.baseURL}/data`);
    const text = ownBundle('Dropped bundle');
    const dataTransfer = await s.page.evaluateHandle((json) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([json], 'dropped.json', { type: 'application/json' }));
      return transfer;
    }, text);
    await s.page.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer });
    await s.page.getByRole('status').filter({ hasText: 'Opened and kept dropped.json' }).waitFor();
  });

  it('survives a reload: /timeline?local=<id> reopens it from this browser', async () => {
    await s.page.goto(`${s.baseURL}/data`);
    const id = await s.page.locator('[data-local-id]').first().getAttribute('data-local-id');
    await s.page.goto(`${s.baseURL}/timeline?local=${id}`);
    await s.page.reload();
    await s.page.getByText(/Data version own-1/).waitFor();
  });

  it('says clearly when ?local= names a bundle this device does not have', async () => {
    await s.page.goto(`${s.baseURL}/timeline?local=notonthisdevice`);
    const alert = s.page.getByRole('alert');
    await alert.getByRole('heading', { name: 'This bundle is not stored on this device' }).waitFor();
    expect(await alert.getByRole('link', { name: /Your data/ }).getAttribute('href')).toBe('/data');
    expect(await alert.getByRole('link', { name: 'Back to the default data' }).getAttribute('href')).toBe(
      '/timeline',
    );
  });

  it('lists every problem of an invalid bundle with its path, and keeps nothing', async () => {
    await s.page.goto(`${s.baseURL}/data`);
    const before = await keptCount(s);
    const bad = JSON.parse(shipped) as { fighterSnapshots: { figures: { total: unknown } }[] };
    bad.fighterSnapshots[0]!.figures.total = 'x';
    await pick(s, file('bad.json', JSON.stringify(bad)));
    const alert = s.page.getByRole('alert');
    await alert.getByRole('heading', { name: 'The data file does not match the bundle format' }).waitFor();
    expect(await alert.textContent()).toContain(
      'fighterSnapshots[0].figures.total: expected number, got the text "x"',
    );
    expect(await alert.textContent()).toContain('File: bad.json');
    expect(await keptCount(s)).toBe(before);
  });

  it.each([
    [
      'UTF-16',
      file('utf16.json', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ownBundle('x'), 'utf16le')])),
      /The file is UTF-16/,
    ],
    ['Latin-1', file('latin1.json', Buffer.from('{"meta": "Laâyoune"}', 'latin1')), /not UTF-8 text/],
    ['not JSON', file('notes.json', 'hello'), /not valid JSON/],
    [
      'neither JSON nor CSV',
      file('picture.png', Buffer.from([0x89, 0x50, 0x4e, 0x47]), 'image/png'),
      /neither a bundle \(\.json\) nor a spreadsheet/,
    ],
  ])('refuses a %s file with a plain message', async (_name, payload, message) => {
    await s.page.goto(`${s.baseURL}/data`);
    await pick(s, payload);
    await s.page.getByRole('alert').getByText(message).first().waitFor();
  });

  it('renames, downloads and deletes a kept bundle', async () => {
    await s.page.goto(`${s.baseURL}/data`);
    await pick(s, file('to-rename.json', ownBundle('Rename me')));
    await s.page.getByRole('status').filter({ hasText: 'Opened and kept' }).waitFor();
    const id = localId(s);
    const item = s.page.locator(`[data-local-id="${id}"]`);
    await item.getByRole('button', { name: 'Rename to-rename.json' }).click();
    await item.getByLabel('New name for to-rename.json').fill('Field notes 2026');
    await item.getByRole('button', { name: 'Save name' }).click();
    await item.getByRole('heading', { name: /Field notes 2026/ }).waitFor();
    await s.page.reload();
    await s.page
      .locator(`[data-local-id="${id}"]`)
      .getByRole('heading', { name: /Field notes 2026/ })
      .waitFor();
    const [download] = await Promise.all([
      s.page.waitForEvent('download'),
      s.page.getByRole('button', { name: 'Download Field notes 2026 (JSON)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('field-notes-2026.json');
    const text = readFileSync(await download.path(), 'utf8');
    expect((JSON.parse(text) as { meta: { title: string } }).meta.title).toBe('Rename me');
    await s.page.getByRole('button', { name: 'Delete Field notes 2026' }).click();
    await s.page.locator(`[data-local-id="${id}"]`).waitFor({ state: 'detached' });
    await s.page.goto(`${s.baseURL}/fighters?local=${id}`);
    await s.page.getByRole('heading', { name: 'This bundle is not stored on this device' }).waitFor();
  });

  it('says so when the browser has no room left, and loses nothing already kept', async () => {
    await s.page.goto(`${s.baseURL}/data`);
    await pick(s, file('kept-before.json', ownBundle('Kept before')));
    await s.page.getByRole('status').filter({ hasText: 'Opened and kept' }).waitFor();
    const before = await keptCount(s);
    expect(before).toBeGreaterThan(0);
    // A full disk, as IndexedDB reports it: every write fails with QuotaExceededError. (Chromium's
    // Storage.overrideQuotaForOrigin did not reach IndexedDB here; the estimate kept its 10 GB quota.)
    await s.page.evaluate(() => {
      const put = IDBObjectStore.prototype.put;
      (window as unknown as { restorePut: () => void }).restorePut = () => {
        IDBObjectStore.prototype.put = put;
      };
      IDBObjectStore.prototype.put = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await pick(s, file('too-much.json', ownBundle('Too much')));
    const alert = s.page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(
      /No room left to keep this bundle.*Nothing already kept was changed/,
    );
    await s.page.evaluate(() => (window as unknown as { restorePut: () => void }).restorePut());
    await s.page.reload();
    expect(await keptCount(s)).toBe(before);
  });
});

describe('data package', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession();
  });
  afterAll(async () => {
    await s.close();
  });

  it('"Download all data" on /sources gives a zip with a CSV per section, the bundle, its schema and datapackage.json', async () => {
    s.errors.length = 0;
    await s.page.goto(`${s.baseURL}/sources`);
    const button = s.page.getByRole('button', { name: 'Download all data (.zip)' });
    await expect.poll(() => button.isEnabled()).toBe(true);
    const [download] = await Promise.all([s.page.waitForEvent('download'), button.click()]);
    const { default: JSZip } = await import('jszip');
    const zip = await JSZip.loadAsync(readFileSync(await download.path()));
    const names = Object.keys(zip.files)
      .map((name) => name.replace(/^[^/]+\//, ''))
      .filter(Boolean)
      .sort();
    expect(names).toEqual(
      [
        'bundle.json',
        'bundle.schema.json',
        'context-events-sources.csv',
        'context-events.csv',
        'countermeasures-sources.csv',
        'countermeasures.csv',
        'datapackage.json',
        'detention-figures-sources.csv',
        'detention-figures.csv',
        'events-places.csv',
        'events-sources.csv',
        'events.csv',
        'official-counts-sources.csv',
        'official-counts.csv',
        'places.csv',
        'populations-sources.csv',
        'populations.csv',
        'regional-figures-sources.csv',
        'regional-figures.csv',
        'sources.csv',
        'statements-sources.csv',
        'statements.csv',
      ].sort(),
    );
    const events = await zip.file(/\/events\.csv$/)[0]!.async('string');
    expect(events.startsWith('\uFEFFid,date,date_precision,approximate')).toBe(true);
    expect(download.suggestedFilename()).toMatch(/^morocco-ct-data-.+\.zip$/);
    expect(s.errors).toEqual([]);
  });
});

/** 50 MB of CSV on disk: Playwright passes files over 50 MB by path only. */
const HUGE = (() => {
  const path = join(mkdtempSync(join(tmpdir(), 'own-data-')), 'huge.csv');
  writeFileSync(path, Buffer.alloc(50 * 1024 * 1024, 'a,b\n'));
  return path;
})();

describe('importing a spreadsheet', () => {
  let s: Session;
  const bundle = JSON.parse(shipped) as { sources: { id: string }[]; cellEvents: { id: string }[] };
  const source = bundle.sources[0]!.id;
  beforeAll(async () => {
    s = await openSession();
  });
  afterAll(async () => {
    await s.close();
  });

  it('lists each problem by row and column, keeps nothing, then keeps only the valid rows when asked', async () => {
    s.errors.length = 0;
    await s.page.goto(`${s.baseURL}/data`);
    const before = await keptCount(s);
    // French Excel: semicolons, a quoted newline, a formula, a month 13 and a row with no source.
    const csv = [
      'id;date;affiliation;details;source_ids;cities;regions;countries',
      `fr-1;2017-03;isis;"Deux lignes\nde détails";${source};Fès;Fès-Meknès;Morocco`,
      `fr-2;2017-13;isis;"=HYPERLINK(""http://example.org"")";${source};;;`,
      'fr-3;2018;isis;Sans source;;;;',
    ].join('\r\n');
    await pick(s, file('cellules.csv', csv, 'text/csv'));
    const problems = s.page.locator('.own-data-problems');
    await problems.waitFor();
    expect(await problems.getByRole('heading').textContent()).toBe('2 problems in 2 of 3 rows');
    const items = await problems.getByRole('listitem').allTextContents();
    expect(items).toEqual([
      "row 3, date: '2017-13' is not a year, month or day (write 2017, 2017-03 or 2017-03-29)",
      'row 4: no source',
    ]);
    await s.page.reload();
    expect(await keptCount(s)).toBe(before);
    await pick(s, file('cellules.csv', csv, 'text/csv'));
    await s.page.getByRole('button', { name: 'Keep only the valid row and open it' }).click();
    await s.page.getByRole('status').filter({ hasText: 'Imported and kept' }).waitFor();
    const id = localId(s);
    await s.page
      .locator(`[data-local-id="${id}"]`)
      .getByText(/\b1 cell events\b/)
      .waitFor();
    // The imported event is in the timeline's list, its two-line details kept.
    await s.page.goto(`${s.baseURL}/timeline?local=${id}`);
    await s.page.getByText(/Data version/).waitFor();
    expect(await s.page.locator('body').textContent()).toContain('Fès');
    expect(s.errors).toEqual([]);
  });

  it('maps an unknown column with a select before checking', async () => {
    await s.page.goto(`${s.baseURL}/data`);
    await pick(
      s,
      file('renamed.csv', `id,when,affiliation,details,source_ids\nm-1,2016,isis,d,${source}`, 'text/csv'),
    );
    await s.page
      .locator('.own-data-problems')
      .getByText('row 2, date: is empty, and it is required')
      .waitFor();
    await s.page.getByLabel('Field for the column when').selectOption('date');
    await s.page.getByRole('status').getByText('All 1 rows are valid.').waitFor();
  });

  it('round trip: the events CSV of the data package imports back as valid rows, and downloads as a bundle validate-data accepts', async () => {
    await s.page.goto(`${s.baseURL}/sources`);
    const button = s.page.getByRole('button', { name: 'Download all data (.zip)' });
    await expect.poll(() => button.isEnabled()).toBe(true);
    const [zipDownload] = await Promise.all([s.page.waitForEvent('download'), button.click()]);
    const { default: JSZip } = await import('jszip');
    const zip = await JSZip.loadAsync(readFileSync(await zipDownload.path()));
    const events = await zip.file(/\/events\.csv$/)[0]!.async('uint8array');
    await s.page.goto(`${s.baseURL}/data`);
    await pick(s, file('events.csv', Buffer.from(events), 'text/csv'));
    await s.page.getByRole('status').getByText(`All ${bundle.cellEvents.length} rows are valid.`).waitFor();
    // The same rows added to the data they came from: every id is already there.
    await s.page.getByLabel(/the data shown now/).check();
    await s.page
      .locator('.own-data-problems')
      .getByText(
        `${bundle.cellEvents.length} problems in ${bundle.cellEvents.length} of ${bundle.cellEvents.length} rows`,
      )
      .waitFor();
    await s.page.getByLabel(/a new bundle/).check();
    const [download] = await Promise.all([
      s.page.waitForEvent('download'),
      s.page.getByRole('button', { name: 'Download as a bundle (JSON)' }).click(),
    ]);
    const path = await download.path();
    const check = spawnSync('npx', ['tsx', 'scripts/validate-data.ts', path], { encoding: 'utf8' });
    expect(check.stderr).toBe('');
    expect(check.stdout).toContain(
      `valid. ${bundle.sources.length} sources, 0 fighter snapshots, ${bundle.cellEvents.length} cell events`,
    );
  });

  it.each([
    [
      'a 50 MB spreadsheet',
      HUGE,
      /The file is 50\.0 MB; spreadsheets up to 20\.0 MB can be imported\. It was not read/,
    ],
    [
      'UTF-16',
      file(
        'utf16.csv',
        Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('id,date\r\nx,2017\r\n', 'utf16le')]),
        'text/csv',
      ),
      /UTF-16 text/,
    ],
    [
      "Latin-1 (Excel's plain CSV)",
      file('latin1.csv', Buffer.from('id,details\r\nx,Laâyoune\r\n', 'latin1'), 'text/csv'),
      /not UTF-8: it is probably Latin-1 or Windows-1252/,
    ],
    ['JSON named .csv', file('bundle.csv', shipped, 'text/csv'), /holds JSON, not a spreadsheet/],
    [
      'a file with no columns',
      file('notes.txt', 'just some notes\nno columns here', 'text/plain'),
      /not a spreadsheet with a header row/,
    ],
  ])('refuses %s with a plain message, and the tab stays responsive', async (_name, payload, message) => {
    await s.page.goto(`${s.baseURL}/data`);
    const started = Date.now();
    await pick(s, payload);
    await s.page.getByRole('alert').getByText(message).waitFor();
    expect(await s.page.evaluate(() => 1 + 1)).toBe(2);
    expect(Date.now() - started).toBeLessThan(15_000);
  });
});

describe('importing a spreadsheet on a French page', () => {
  let s: Session;
  const source = (JSON.parse(shipped) as { sources: { id: string }[] }).sources[0]!.id;
  beforeAll(async () => {
    s = await openSession();
  });
  afterAll(async () => {
    await s.close();
  });
  const pickHere = (payload: ReturnType<typeof file>) => s.page.locator('input[type="file"]').setInputFiles(payload);

  it('says what is wrong with the file in French: the worker reports the problem, the page words it', async () => {
    await s.page.goto(`${s.baseURL}/fr/data`);
    await pickHere(file('latin1.csv', Buffer.from('id,details\r\nx,Laâyoune\r\n', 'latin1'), 'text/csv'));
    const alert = s.page.getByRole('alert').filter({ hasText: 'Le tableur n’a pas pu être lu' });
    await alert.getByText(/^Le fichier n’est pas en UTF-8 : il est sans doute en Latin-1/).waitFor();
    expect(await alert.textContent()).toContain('Fichier > Enregistrer sous > CSV UTF-8');
    expect(await alert.textContent()).not.toMatch(/The file|save it as/);
  });

  it('says each cell problem in French, by row and column', async () => {
    await s.page.goto(`${s.baseURL}/fr/data`);
    const csv = ['id;date;affiliation;details;source_ids;arrested', `fr-1;2017-13;isis;d;${source};douze`].join('\r\n');
    await pickHere(file('cellules.csv', csv, 'text/csv'));
    const problems = s.page.locator('.own-data-problems');
    await problems.waitFor();
    const items = (await problems.getByRole('listitem').allTextContents()).map((text) => text.replace(/\u202F/g, ' '));
    expect(items).toEqual([
      'ligne 2, date : « 2017-13 » n’est ni une année, ni un mois, ni un jour (écrivez 2017, 2017-03 ou 2017-03-29)',
      'ligne 2, arrested : « douze » n’est pas un nombre entier positif ou nul',
    ]);
  });
});

describe('your data offline', () => {
  let server: AppServer;
  let build: ReturnType<typeof copyBuild>;
  let s: Session;
  beforeAll(async () => {
    build = copyBuild();
    server = await serveBuild(build.dir);
    s = await openSession();
    await s.page.goto(`${server.url}/`);
    await waitForServiceWorker(s.page);
  });
  afterAll(async () => {
    await s.close();
    await server.close().catch(() => undefined);
    build.remove();
  });

  it('reopens a kept bundle and the /data page with the server gone', async () => {
    await s.page.goto(`${server.url}/data`);
    await pick(s, file('offline.json', ownBundle('Offline copy')));
    await s.page.getByRole('status').filter({ hasText: 'Opened and kept' }).waitFor();
    const id = localId(s);
    await server.close();
    await s.context.setOffline(true);
    await s.page.goto(`${server.url}/timeline?local=${id}`);
    await s.page.reload();
    await s.page.getByText(/Data version own-1/).waitFor();
    await s.page.goto(`${server.url}/data`);
    await s.page.locator(`[data-local-id="${id}"]`).getByText('offline.json').waitFor();
  });
});
