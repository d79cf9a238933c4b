import { recordText, type Translatable } from '../../../i18n/record-text';

/** Any record: those without a `translations` field are simply always in English. */
type AnyRecord = Translatable & Record<string, unknown>;
import { useT } from '../../../i18n/use-t';

/**
 * A text the editors wrote (method conventions, coverage notes, reliability
 * notes): in the page's language when the bundle has it, else the English text
 * marked lang="en" with a small "(in English)".
 */
export function EditorText<R extends object>({ record, field }: { record: R; field: keyof R & string }) {
  const t = useT();
  const text = recordText<AnyRecord>(record as unknown as AnyRecord, field);
  if (!text) return null;
  if (!text.fallback) return text.text;
  return (
    <>
      <span lang={text.lang}>{text.text}</span> <small className="muted">{t('sources.recordText.inEnglish')}</small>
    </>
  );
}
