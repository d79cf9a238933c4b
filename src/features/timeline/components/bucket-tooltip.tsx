import { formatCount } from '../../../lib/format';
import { formatPartialDate } from '../../../lib/dates';
import type { Bucket, OfficialSeries } from '../lib/aggregate';
import { seriesColour } from '../lib/colours';
import type { ContextMarker } from '../lib/context-markers';
import { qualified } from '../lib/labels';
import type { Measure } from '../lib/timeline-url';

interface Props {
  active: boolean;
  bucket: Bucket | undefined;
  series: OfficialSeries[];
  measure: Measure;
  markers: ContextMarker[];
}

export function BucketTooltip({ active, bucket, series, measure, markers }: Props) {
  if (!active || !bucket) return null;
  const context = markers.filter((m) => m.period === bucket.key);
  return (
    <div className="timeline-tooltip">
      <p className="timeline-tooltip__title">{bucket.label}</p>
      <p>
        Documented dismantlings: <strong className="num">{formatCount(bucket.events)}</strong>
        {bucket.followUps > 0 && <span className="muted"> (+{formatCount(bucket.followUps)} follow-up, not a new cell)</span>}
      </p>
      <p>
        Arrested in Morocco: <strong className="num">{formatCount(bucket.arrested)}</strong>
        {bucket.laterArrests > 0 && <> + {formatCount(bucket.laterArrests)} later</>}
        {bucket.arrestsUnstated > 0 && <span className="muted"> ({bucket.arrestsUnstated} not stated)</span>}
        {bucket.abroad > 0 && <>; {formatCount(bucket.abroad)} abroad in joint operations</>}
      </p>
      {bucket.official.map((count, i) => {
        const s = series[i];
        if (!count || !s) return null;
        const value = measure === 'arrests' ? count.arrests : count.count;
        if (value === null || value === undefined) return null;
        return (
          <p key={s.name}>
            <span
              className="timeline-tooltip__swatch"
              style={{ background: seriesColour(s.name) }}
              aria-hidden="true"
            />
            <strong className="num">{qualified(count, value, measure === 'arrests' ? count.arrestsQualifier : count.qualifier)}</strong> official ({s.name}
            {count.official ? '' : ', unofficial'}
            {count.placed ? ', year placed by the editors' : ''}),{' '}
            <span className="num">
              {measure === 'arrests' ? bucket.arrested + bucket.laterArrests : bucket.events}
            </span>{' '}
            documented
          </p>
        );
      })}
      {context.map((m) => (
        <p key={m.event.id} className="muted">
          {m.number}. {m.event.title}, {formatPartialDate(m.event.date, m.event.approximate)}
        </p>
      ))}
      <p className="timeline-tooltip__hint muted">Select the bar to list its events.</p>
    </div>
  );
}
