// Cell text shared by every record CSV: lists joined one way, so the import
// (csv-import/cells.ts) splits them back the same way.
import type { SourcesById } from './sources';

export const joinList = (values: readonly string[]): string => values.join(' | ');

/** The sources' URLs in the order of their ids; an unknown id gives an empty entry. */
export const sourceUrls = (ids: readonly string[], sourcesById: SourcesById): string =>
  joinList(ids.map((id) => sourcesById.get(id)?.url ?? ''));
