import { formatPartialDate } from '../../../lib/dates';
import type { FighterSnapshot } from '../../../data/schema';

export function SnapshotSubtitle({ snapshot }: { snapshot: FighterSnapshot }) {
  return (
    <>
      {formatPartialDate(snapshot.date, snapshot.approximate)} · {snapshot.speaker} ·{' '}
      {snapshot.official ? 'official statement' : <strong>not an official statement</strong>}
      {snapshot.dateNote && <> · {snapshot.dateNote}</>}
    </>
  );
}
