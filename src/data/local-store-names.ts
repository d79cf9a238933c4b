/** Where bundles kept in this browser live (IndexedDB database and store), and the key prefix of their text. */
export const LOCAL_DB = 'morocco-ct-own-data';
export const LOCAL_STORE = 'bundles';
export const DATA = 'data:';
