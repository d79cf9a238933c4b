// Texts the editors wrote in the bundle (speakers, scopes, notes), in the page's
// language when the record carries a version in it, else in English (fallback).
import { recordText, type RecordText, type Translatable } from '../../../i18n/record-text';
import { t } from '../../../i18n/i18n';
import { formatNumber } from '../../../lib/format';

/**
 * recordText for records whose schema type does not (yet) declare `translations`:
 * the field's text with its language, or null when the field is empty.
 */
export function editorText<R extends object>(record: R, field: keyof R & string): RecordText | null {
  return recordText(record as R & Translatable, field);
}

/** The field's text alone (select options, table cells, summaries): the translation if any, else the English. */
export function editorPlain<R extends object>(record: R, field: keyof R & string): string {
  return editorText(record, field)?.text ?? '';
}

/** A whole percent as the page's language writes it: "60%", "60 %" (fr, narrow no-break space). */
export function formatPercent(percent: number): string {
  return t('fighters.percent', { percent: formatNumber(percent) });
}
