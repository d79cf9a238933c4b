import type { ReactNode } from 'react';
import { richMessage } from '../../../components/rich-message';
import type { MessageId, MessageValues } from '../../../i18n/i18n';
import type { Translate } from '../../../i18n/use-t';

/**
 * A message with elements in it ("<strong>4</strong> of 12 events"): translated
 * whole, so each language places the elements where its grammar puts them.
 * `nodes` fills the named placeholders with elements; `values` with text.
 * The shared richMessage does the work; this keeps the timeline's two-argument form.
 */
export function richText(t: Translate, id: MessageId, values: MessageValues, nodes: Record<string, ReactNode>): ReactNode {
  const text: Record<string, ReactNode> = {};
  for (const [name, value] of Object.entries(values)) text[name] = value ?? '';
  return richMessage(t, id, { ...text, ...nodes });
}
