import { ChartFrame } from '../../../charts/chart-frame';
import { ExternalLink } from '../../../components/external-link';
import { provenanceLabel } from '../../../data/source-kinds';
import { sourcesCitedBy } from '../../../data/sources';
import { useT } from '../../../i18n/use-t';
import type { FightersData } from '../lib/fighters-data';
import {
  detentionLabel,
  detentionDate,
  detentionKeysGiven,
  detentionSummary,
  detentionTable,
  detentionValue,
} from '../lib/detention';
import { rich, slot } from '../../../components/rich-slots';
import { EditorText } from './editor-text';

/** Detention and return figures as a framed table (plot 'html'): one column per statement, qualifiers kept. */
export function DetentionFrame({ data }: { data: FightersData }) {
  const t = useT();
  const figures = data.detention;
  const keys = detentionKeysGiven(figures);
  const kinds = (ids: readonly string[]) =>
    ids.flatMap((id) => {
      const source = data.sourcesById.get(id);
      return source ? [source.kind] : [];
    });
  return (
    <ChartFrame
      version={data.version}
      chartId="fighters-detention"
      deferUntilNear={false}
      plot="html"
      title={t('fighters.chart.detention.title')}
      subtitle={t('fighters.detention.subtitle')}
      sources={sourcesCitedBy(figures, data.sourcesById)}
      summary={detentionSummary(figures)}
      table={detentionTable(figures)}
      height={0}
      emptyReason={figures.length === 0 ? t('fighters.detention.empty') : null}
      notes={
        <>
          <p>{t('fighters.detention.notes')}</p>
          {figures
            .filter((f) => f.note || f.dateNote)
            .map((f) => (
              <p key={f.id}>
                {rich(t('fighters.detention.noteOf', { date: slot('date'), note: slot('note') }), {
                  date: <strong>{detentionDate(f)}</strong>,
                  note: (
                    <>
                      {f.dateNote && <EditorText record={f} field="dateNote" />}
                      {f.dateNote && f.note && ' '}
                      {f.note && <EditorText record={f} field="note" />}
                    </>
                  ),
                })}
              </p>
            ))}
        </>
      }
    >
      <div className="chart-table-wrap" tabIndex={0} role="region" aria-label={t('fighters.detention.region')}>
        <table className="chart-table detention-table">
          <caption className="visually-hidden">{t('fighters.detention.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('fighters.table.figure')}</th>
              {figures.map((f) => (
                <th key={f.id} scope="col" className="num">
                  {detentionDate(f)}
                  <span className="detention-table__who">
                    <EditorText record={f} field="speaker" />
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{t('fighters.detention.counts')}</th>
              {figures.map((f) => (
                <td key={f.id}>{f.scope ? <EditorText record={f} field="scope" /> : '–'}</td>
              ))}
            </tr>
            {keys.map((k) => (
              <tr key={k}>
                <th scope="row">{detentionLabel(k)}</th>
                {figures.map((f) => (
                  <td key={f.id} className="num">
                    {detentionValue(f, k)}
                    {k === 'returnedInPeriod' && f.figures[k] !== null && f.period && (
                      <span className="muted">
                        {' '}
                        (<EditorText record={f} field="period" />)
                      </span>
                    )}
                  </td>
                ))}
              </tr>
            ))}
            <tr>
              <th scope="row">{t('fighters.detention.howWeKnow')}</th>
              {figures.map((f) => (
                <td key={f.id}>{provenanceLabel(f.official, kinds(f.sources))}</td>
              ))}
            </tr>
            <tr>
              <th scope="row">{t('fighters.detention.sources')}</th>
              {figures.map((f) => (
                <td key={f.id}>
                  {f.sources.map((id, i) => {
                    const s = data.sourcesById.get(id);
                    return (
                      <span key={id}>
                        {i > 0 && t('fighters.summary.listSeparator')}
                        {s ? (
                          <ExternalLink href={s.url}>{s.publisher}</ExternalLink>
                        ) : (
                          id
                        )}
                      </span>
                    );
                  })}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
    </ChartFrame>
  );
}
