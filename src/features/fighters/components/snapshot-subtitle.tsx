import { formatPartialDate } from '../../../lib/dates';
import type { FighterSnapshot } from '../../../data/schema';
import { provenanceLabel } from '../../../data/source-kinds';
import type { SourcesById } from '../../../data/sources';
import { useT } from '../../../i18n/use-t';
import { EditorText } from './editor-text';

export function SnapshotSubtitle({ snapshot, sourcesById }: { snapshot: FighterSnapshot; sourcesById: SourcesById }) {
  const t = useT();
  const kinds = snapshot.sources.flatMap((id) => {
    const source = sourcesById.get(id);
    return source ? [source.kind] : [];
  });
  const provenance = provenanceLabel(snapshot.official, kinds);
  const date = formatPartialDate(snapshot.date, snapshot.approximate);
  return (
    <>
      {snapshot.placed ? t('fighters.date.placed', { date }) : date} · <EditorText record={snapshot} field="speaker" /> ·{' '}
      {snapshot.official ? provenance : <strong>{provenance}</strong>}
      {snapshot.dateNote && (
        <>
          {' '}
          · <EditorText record={snapshot} field="dateNote" />
        </>
      )}
    </>
  );
}
