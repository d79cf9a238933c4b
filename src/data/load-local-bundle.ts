// Reads a bundle kept in this browser for ?local=<id>. Loaded on demand by
// bundle-query.ts (its own chunk, with idb-keyval), so the views carry no
// IndexedDB code. It imports nothing of the entry: a chunk that did made the
// bundler split its preload helper into a chunk of its own on every route.
import { createStore, get } from 'idb-keyval';
import { DATA, LOCAL_DB, LOCAL_STORE } from './local-store-names';

/** What the error panel says when ?local= names a bundle this browser does not have. */
export const NOT_STORED =
  'This link opens a bundle kept in the browser where it was opened, and it is not stored on this device (or it was deleted). Open the file again on the Your data page, or go back to the default data.';

/** The kept bundle's JSON text, or undefined when this browser does not have it (or cannot read storage). */
export async function getLocalBundleText(id: string): Promise<string | undefined> {
  try {
    return await get<string>(`${DATA}${id}`, createStore(LOCAL_DB, LOCAL_STORE));
  } catch {
    return undefined;
  }
}
