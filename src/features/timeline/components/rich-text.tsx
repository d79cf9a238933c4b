import { Fragment, type ReactNode } from 'react';
import type { MessageId, MessageValues } from '../../../i18n/i18n';
import type { Translate } from '../../../i18n/use-t';

// Private-use characters stand for the elements while the message is translated.
const FIRST_MARK = 0xe000;
const MARKS = /([\uE000-\uE0FF])/;

/**
 * A message with elements in it ("<strong>4</strong> of 12 events"): translated
 * whole, so each language places the elements where its grammar puts them.
 * `nodes` fills the named placeholders with elements; `values` with text.
 */
export function richText(t: Translate, id: MessageId, values: MessageValues, nodes: Record<string, ReactNode>): ReactNode {
  const names = Object.keys(nodes);
  const marks = Object.fromEntries(names.map((name, i) => [name, String.fromCharCode(FIRST_MARK + i)]));
  return t(id, { ...values, ...marks })
    .split(MARKS)
    .filter((part) => part !== '')
    .map((part, i) => {
      const index = part.length === 1 ? part.charCodeAt(0) - FIRST_MARK : -1;
      const name = index >= 0 ? names[index] : undefined;
      return <Fragment key={i}>{name === undefined ? part : nodes[name]}</Fragment>;
    });
}
