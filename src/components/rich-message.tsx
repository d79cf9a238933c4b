import { Fragment, type ReactNode } from 'react';
import type { MessageId, MessageValues } from '../i18n/i18n';
import type { Translate } from '../i18n/use-t';

// A private-use character: never in a message or a value the app shows.
const MARK = '\uE000';
const SPLIT = new RegExp(`${MARK}(\\d+)${MARK}`);

/**
 * A message whose placeholders hold elements (a link, a <code>, a <strong>):
 * each element's place is marked in the translated text, which is then split
 * there, so translators move the whole phrase and the elements go where it puts them.
 * Strings and numbers are passed to the message as they are.
 */
export function richMessage(t: Translate, id: MessageId, values: Record<string, ReactNode>): ReactNode {
  const nodes: ReactNode[] = [];
  const plain: MessageValues = {};
  for (const [name, value] of Object.entries(values)) {
    if (typeof value === 'string' || typeof value === 'number') plain[name] = value;
    else {
      plain[name] = `${MARK}${nodes.length}${MARK}`;
      nodes.push(value);
    }
  }
  return t(id, plain)
    .split(SPLIT)
    .map((part, index) => (index % 2 === 0 ? part : <Fragment key={index}>{nodes[Number(part)]}</Fragment>));
}
