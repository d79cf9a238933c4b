import { formatPartialDate } from '../../../lib/dates';
import type { FighterSnapshot } from '../../../data/schema';
import { provenanceLabel } from '../../../data/source-kinds';
import type { SourcesById } from '../../../data/sources';

export function SnapshotSubtitle({ snapshot, sourcesById }: { snapshot: FighterSnapshot; sourcesById: SourcesById }) {
  const kinds = snapshot.sources.flatMap((id) => {
    const source = sourcesById.get(id);
    return source ? [source.kind] : [];
  });
  const provenance = provenanceLabel(snapshot.official, kinds);
  return (
    <>
      {formatPartialDate(snapshot.date, snapshot.approximate)}
      {snapshot.placed && ' (year placed by the editors)'} · {snapshot.speaker} ·{' '}
      {snapshot.official ? provenance : <strong>{provenance}</strong>}
      {snapshot.dateNote && <> · {snapshot.dateNote}</>}
    </>
  );
}
