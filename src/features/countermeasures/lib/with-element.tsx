import { Fragment, type ReactNode } from 'react';

/** A character no message contains: where the element goes in the translated text. */
const SLOT = '\uE000';

/**
 * A translated sentence with one element inside it (a <code> id, a link), wherever
 * the language puts it: `withElement((slot) => t('…', { id: slot }), <code>{id}</code>)`.
 */
export function withElement(message: (slot: string) => string, element: ReactNode): ReactNode {
  const parts = message(SLOT).split(SLOT);
  return parts.map((part, i) => (
    <Fragment key={i}>
      {i > 0 && element}
      {part}
    </Fragment>
  ));
}
