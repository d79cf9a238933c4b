import type { SourceKind } from './schema';

/** Short English labels for source kinds, for badges, citations and the bibliography. */
export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  'official-statement': 'Official text, read directly',
  'official-publication': 'Official publication',
  'press-report-of-official': 'Press report of an official statement',
  'state-media': 'State-media copy',
  'press-report': 'Press report',
  'op-ed': 'Opinion article',
  'law-text': 'Law text',
  'think-tank-report': 'Think-tank report',
  mirror: 'Mirror copy',
  'reference-work': 'Reference work',
};
