import { Fragment, type ReactNode } from 'react';

// Messages with elements inside (a bold date, a cited link): the message is
// translated with a marked slot for each element, then split around the slots, so
// translators can move the element within the sentence. (components/rich-message.tsx
// does the same from a message id; this form suits messages built before rendering.)
const MARK = '\u2063';

/** The value to pass for a placeholder that will hold an element: t('id', { date: slot('date') }). */
export const slot = (name: string) => `${MARK}${name}${MARK}`;

/** The translated message with each slot replaced by its element. */
export function rich(message: string, nodes: Record<string, ReactNode>): ReactNode[] {
  return message.split(MARK).map((part, i) => <Fragment key={i}>{i % 2 === 1 ? nodes[part] : part}</Fragment>);
}
