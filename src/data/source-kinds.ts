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

/**
 * How a record's figure reached us, in a few words: `official` says a Moroccan
 * official gave it; the kinds of its sources say whether we read the official
 * text or a press or state-media account of it. Never "official statement" for a
 * press report.
 */
export function provenanceLabel(official: boolean, kinds: readonly SourceKind[]): string {
  if (!official) return 'not an official figure';
  if (kinds.some((k) => k === 'official-statement' || k === 'official-publication')) return 'official figure, read in the official text';
  if (kinds.some((k) => k === 'state-media')) return 'official figure, reported by state media';
  if (kinds.some((k) => k === 'press-report-of-official' || k === 'press-report' || k === 'mirror')) {
    return 'official figure, reported by the press';
  }
  return 'official figure, reported second-hand';
}
