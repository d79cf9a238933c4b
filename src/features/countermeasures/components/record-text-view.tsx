import { recordText, type Translatable } from '../../../i18n/record-text';

/** Any record: those without a `translations` field are simply always in English. */
type AnyRecord = Translatable & Record<string, unknown>;
import { useT } from '../../../i18n/use-t';

interface Props<R extends object> {
  record: R;
  /** An editor-written field: title, description, horizonReason. */
  field: keyof R & string;
  /** Shown when the record has no such text. */
  fallback?: string;
}

/**
 * A text the editors wrote, in the page's language when the bundle has it; else
 * the English text, marked as English (lang="en" and a small "(in English)").
 */
export function RecordTextView<R extends object>({ record, field, fallback }: Props<R>) {
  const t = useT();
  const text = recordText<AnyRecord>(record as unknown as AnyRecord, field);
  if (!text) return fallback ?? null;
  if (!text.fallback) return text.text;
  return (
    <>
      <span lang={text.lang}>{text.text}</span>{' '}
      <small className="muted">{t('countermeasures.recordText.inEnglish')}</small>
    </>
  );
}
