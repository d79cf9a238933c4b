// Bundles kept in this browser (IndexedDB, through idb-keyval): opened from
// disk or imported from a spreadsheet, reopened with ?local=<id>. Nothing
// leaves the device. Each bundle is two entries written in one transaction,
// its summary (`meta:<id>`, listed without reading the data) and its JSON text
// (`data:<id>`), so a failed save (a full disk) leaves what was kept untouched.
import { createStore, del, delMany, get, getMany, keys, set, setMany, type UseStore } from 'idb-keyval';
import { t } from '../i18n/i18n';
import { sectionCounts } from './bundle-sections';
import { DATA, LOCAL_DB, LOCAL_STORE } from './local-store-names';
import type { Bundle } from './schema';

export interface LocalBundleEntry {
  /** Stable on this device; the `?local=` of links. */
  id: string;
  /** The file name, or the name the reader gave it. */
  name: string;
  title: string;
  version: string;
  /** ISO date-time it was kept. */
  addedAt: string;
  /** Size of its JSON text in bytes (UTF-8). */
  bytes: number;
  counts: Record<string, number>;
}

/** Why a save failed, in words the reader can act on. */
export class LocalStoreError extends Error {
  readonly quota: boolean;
  constructor(message: string, quota: boolean) {
    super(message);
    this.name = 'LocalStoreError';
    this.quota = quota;
  }
}

let store: UseStore | undefined;
const db = () => (store ??= createStore(LOCAL_DB, LOCAL_STORE));

const META = 'meta:';

/** A short random id: letters and digits, safe in a URL. */
export function newLocalId(random: () => number = Math.random): string {
  let id = '';
  for (let i = 0; i < 10; i += 1) id += 'abcdefghijklmnopqrstuvwxyz0123456789'[Math.floor(random() * 36)];
  return id;
}

/** A storage failure as a LocalStoreError; a full quota is said plainly, since the reader can fix it. */
export function describeStoreError(error: unknown): LocalStoreError {
  // DOMException is not an Error in every engine (nor in jsdom): read its fields as an object's.
  const field = (key: 'name' | 'message'): string =>
    typeof error === 'object' && error !== null && key in error
      ? String((error as Record<typeof key, unknown>)[key])
      : '';
  const name = field('name');
  const message = field('message') || String(error);
  if (name === 'QuotaExceededError' || /quota/i.test(message)) {
    return new LocalStoreError(
      t('data.store.quotaFull'),
      true,
    );
  }
  return new LocalStoreError(
    t('data.store.failed', { reason: message || t('data.store.unavailable') }),
    false,
  );
}

const byteLength = (text: string) => new TextEncoder().encode(text).byteLength;

/** Keeps a validated bundle; returns its summary. Throws LocalStoreError. */
export async function saveLocalBundle(
  bundle: Bundle,
  name: string,
  text = JSON.stringify(bundle),
): Promise<LocalBundleEntry> {
  const entry: LocalBundleEntry = {
    id: newLocalId(),
    name,
    title: bundle.meta.title,
    version: bundle.meta.version,
    addedAt: new Date().toISOString(),
    bytes: byteLength(text),
    counts: sectionCounts(bundle),
  };
  try {
    await setMany(
      [
        [`${DATA}${entry.id}`, text],
        [`${META}${entry.id}`, entry],
      ],
      db(),
    );
  } catch (error) {
    throw describeStoreError(error);
  }
  return entry;
}

/** Every kept bundle's summary, newest first. */
export async function listLocalBundles(): Promise<LocalBundleEntry[]> {
  const metaKeys = (await keys<string>(db())).filter((k) => typeof k === 'string' && k.startsWith(META));
  const entries = (await getMany<LocalBundleEntry>(metaKeys, db())).filter(
    (e): e is LocalBundleEntry => e !== undefined,
  );
  return entries.sort((a, b) => b.addedAt.localeCompare(a.addedAt));
}

export { getLocalBundleText } from './load-local-bundle';

export async function renameLocalBundle(id: string, name: string): Promise<void> {
  const entry = await get<LocalBundleEntry>(`${META}${id}`, db());
  if (!entry) return;
  try {
    await set(`${META}${id}`, { ...entry, name }, db());
  } catch (error) {
    throw describeStoreError(error);
  }
}

export async function deleteLocalBundle(id: string): Promise<void> {
  // The summary goes first: a bundle is never listed without its data.
  await del(`${META}${id}`, db());
  await delMany([`${DATA}${id}`], db());
}
