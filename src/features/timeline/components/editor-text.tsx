import type { ElementType } from 'react';
import { useT } from '../../../i18n/use-t';
import { editorRecordText } from '../lib/editor-text';

interface Props<R extends object> {
  record: R;
  field: keyof R & string;
  /** The element around the text: a paragraph, or a span inside one. */
  as?: ElementType;
  className?: string;
}

/**
 * A text the editors wrote (an event's details, a note), in the page's language
 * when the bundle has it; otherwise the English text, marked as such, in its own
 * language and direction so an Arabic page lays it out left to right.
 */
export function EditorText<R extends object>({ record, field, as: Tag = 'span', className }: Props<R>) {
  const t = useT();
  const text = editorRecordText(record, field);
  if (!text) return null;
  if (!text.fallback) return <Tag className={className}>{text.text}</Tag>;
  return (
    <Tag className={className}>
      <span lang="en" dir="ltr">
        {text.text}
      </span>{' '}
      <span className="muted record-text-marker">{t('timeline.recordText.inEnglish')}</span>
    </Tag>
  );
}
