import { useLocale, useT } from '../../../i18n/use-t';
import { editorText } from '../lib/editor-text';

/**
 * An editor-written text of a record, in the page's language when the bundle has
 * it; otherwise the English text, marked lang="en" with a small "(in English)".
 */
export function EditorText<R extends object>({ record, field }: { record: R; field: keyof R & string }) {
  const t = useT();
  const locale = useLocale();
  const text = editorText(record, field);
  if (!text) return null;
  if (!text.fallback) return text.lang === locale ? <>{text.text}</> : <span lang={text.lang}>{text.text}</span>;
  return (
    <>
      <span lang="en">{text.text}</span> <small className="muted">{t('fighters.recordText.inEnglish')}</small>
    </>
  );
}
