import { recordText, type RecordText, type Translatable } from '../../../i18n/record-text';

/**
 * recordText for any bundle record: the schema's records do not all declare
 * `translations` yet (a record without it has English only), so they are read
 * as Translatable here rather than failing TypeScript's weak-type check.
 */
export function editorRecordText<R extends object>(record: R, field: keyof R & string): RecordText | null {
  return recordText(record as R & Translatable, field);
}

/**
 * A text the editors wrote, in the page's language when the bundle has it (else
 * English), for places with no room for the "in English" marker: a chart label,
 * a tooltip line, an accessible name.
 */
export function editorText<R extends object>(record: R, field: keyof R & string): string {
  return editorRecordText(record, field)?.text ?? '';
}
