import { formatCount } from '../../../lib/format';
import { formatPartialDate } from '../../../lib/dates';
import { dirOf } from '../../../i18n/locales';
import { useLocale, useT } from '../../../i18n/use-t';
import type { Bucket, OfficialSeries } from '../lib/aggregate';
import { seriesColour } from '../lib/colours';
import type { ContextMarker } from '../lib/context-markers';
import { editorText } from '../lib/editor-text';
import { qualified } from '../lib/labels';
import type { Measure } from '../lib/timeline-url';
import { richText } from './rich-text';

interface Props {
  active: boolean;
  bucket: Bucket | undefined;
  series: OfficialSeries[];
  measure: Measure;
  markers: ContextMarker[];
}

export function BucketTooltip({ active, bucket, series, measure, markers }: Props) {
  const t = useT();
  const locale = useLocale();
  if (!active || !bucket) return null;
  const context = markers.filter((m) => m.period === bucket.key);
  return (
    // The plot runs left to right in every language; the tooltip's text reads in the page's direction.
    <div className="timeline-tooltip" dir={dirOf(locale)}>
      <p className="timeline-tooltip__title">{bucket.label}</p>
      <p>
        {richText(t, 'timeline.tooltip.documented', {}, { count: <strong className="num">{formatCount(bucket.events)}</strong> })}
        {bucket.followUps > 0 && (
          <span className="muted">{t('timeline.tooltip.followUps', { count: formatCount(bucket.followUps) })}</span>
        )}
      </p>
      <p>
        {richText(t, 'timeline.tooltip.arrested', {}, { count: <strong className="num">{formatCount(bucket.arrested)}</strong> })}
        {bucket.laterArrests > 0 && t('timeline.tooltip.later', { count: formatCount(bucket.laterArrests) })}
        {bucket.arrestsUnstated > 0 && (
          <span className="muted">{t('timeline.tooltip.unstated', { count: bucket.arrestsUnstated })}</span>
        )}
        {bucket.abroad > 0 && t('timeline.tooltip.abroad', { count: formatCount(bucket.abroad) })}
      </p>
      {bucket.official.map((count, i) => {
        const s = series[i];
        if (!count || !s) return null;
        const value = measure === 'arrests' ? count.arrests : count.count;
        if (value === null || value === undefined) return null;
        const flags = `${count.official ? '' : t('timeline.tooltip.unofficialFlag')}${count.placed ? t('timeline.tooltip.placedFlag') : ''}`;
        return (
          <p key={s.name}>
            <span
              className="timeline-tooltip__swatch"
              style={{ background: seriesColour(s.name) }}
              aria-hidden="true"
            />
            {richText(
              t,
              'timeline.tooltip.official',
              { series: s.name, flags },
              {
                figure: (
                  <strong className="num">
                    {qualified(count, value, measure === 'arrests' ? count.arrestsQualifier : count.qualifier)}
                  </strong>
                ),
                documented: (
                  <span className="num">{measure === 'arrests' ? bucket.arrested + bucket.laterArrests : bucket.events}</span>
                ),
              },
            )}
          </p>
        );
      })}
      {context.map((m) => (
        <p key={m.event.id} className="muted">
          {t('timeline.tooltip.context', {
            number: m.number,
            title: editorText(m.event, 'title'),
            date: formatPartialDate(m.event.date, m.event.approximate),
          })}
        </p>
      ))}
      <p className="timeline-tooltip__hint muted">{t('timeline.tooltip.hint')}</p>
    </div>
  );
}
