import { t } from '../i18n/i18n';
import type { SourceKind } from './schema';

/**
 * Short labels for source kinds, for badges, citations and the bibliography, in
 * the active language: each is read at access time.
 */
export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  get 'official-statement'() {
    return t('data.sourceKind.officialStatement');
  },
  get 'official-publication'() {
    return t('data.sourceKind.officialPublication');
  },
  get 'press-report-of-official'() {
    return t('data.sourceKind.pressReportOfOfficial');
  },
  get 'state-media'() {
    return t('data.sourceKind.stateMedia');
  },
  get 'press-report'() {
    return t('data.sourceKind.pressReport');
  },
  get 'op-ed'() {
    return t('data.sourceKind.opEd');
  },
  get 'law-text'() {
    return t('data.sourceKind.lawText');
  },
  get 'think-tank-report'() {
    return t('data.sourceKind.thinkTankReport');
  },
  get mirror() {
    return t('data.sourceKind.mirror');
  },
  get 'reference-work'() {
    return t('data.sourceKind.referenceWork');
  },
};

/**
 * How a record's figure reached us, in a few words: `official` says a Moroccan
 * official gave it; the kinds of its sources say whether we read the official
 * text or a press or state-media account of it. Never "official statement" for a
 * press report.
 */
export function provenanceLabel(official: boolean, kinds: readonly SourceKind[]): string {
  if (!official) return t('data.provenance.notOfficial');
  if (kinds.some((k) => k === 'official-statement' || k === 'official-publication')) return t('data.provenance.officialText');
  if (kinds.some((k) => k === 'state-media')) return t('data.provenance.stateMedia');
  if (kinds.some((k) => k === 'press-report-of-official' || k === 'press-report' || k === 'mirror')) {
    return t('data.provenance.press');
  }
  return t('data.provenance.secondHand');
}
