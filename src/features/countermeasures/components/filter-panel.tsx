import { useState } from 'react';
import { APPROACH_COLOURS, HORIZON_COLOURS } from '../../../charts/palette';
import { ACTORS, APPROACHES, DOMAINS, HORIZONS, STATUSES, type Horizon } from '../../../data/schema';
import { minWidth } from '../../../lib/breakpoints';
import { useMediaQuery } from '../../../lib/use-media-query';
import { formatCount } from '../../../lib/format';
import { useT } from '../../../i18n/use-t';
import { toggleValue, type CountermeasureFilters } from '../lib/countermeasures-url';
import { FACETS, type FacetCounts } from '../lib/filter';
import {
  ACTOR_LABELS,
  APPROACH_LABELS,
  BASES,
  BASIS_LABELS,
  DOMAIN_LABELS,
  STATUS_LABELS,
  translatedLabels,
} from '../lib/labels';
import { ChoiceGroup } from './choice-group';
import { SearchBox } from './search-box';

interface Props {
  filters: CountermeasureFilters;
  counts: FacetCounts;
  onChange: (update: (filters: CountermeasureFilters) => CountermeasureFilters) => void;
  /** Bumped by "Clear filters" so a half-typed search is dropped with the rest. */
  resetKey: number;
}

/** Every filter, in a disclosure that starts open on wide screens and folded on phones. */
/** The boxes say "only": ticking "Short term" alone leaves out the measures that act in both. */
const HORIZON_FILTER_LABELS = translatedLabels<Horizon>({
  short: 'countermeasures.filters.horizonOnly.short',
  long: 'countermeasures.filters.horizonOnly.long',
  both: 'countermeasures.filters.horizonOnly.both',
});

/**
 * "Acts in the short term: 20 (13 short only + 7 both)", computed from the
 * facet counts (other filters applied), with a button that ticks both boxes.
 * The URL keeps its meaning: horizon=short is short only, horizon=short,both
 * is everything that acts in the short term.
 */
function HorizonNote({
  counts,
  onShow,
}: {
  counts: Partial<Record<Horizon, number>>;
  onShow: (horizon: Horizon[]) => void;
}) {
  const t = useT();
  const both = counts.both ?? 0;
  const lines = (['short', 'long'] as const).map((h) => {
    const only = counts[h] ?? 0;
    const total = only + both;
    const values = { total, only: formatCount(only), both: formatCount(both) };
    return (
      <li key={h}>
        {h === 'short' ? t('countermeasures.filters.actsShort', values) : t('countermeasures.filters.actsLong', values)}{' '}
        {total > 0 && (
          <button
            type="button"
            className="button button--quiet cm-horizon-note__show"
            onClick={() => onShow([h, 'both'])}
          >
            {h === 'short'
              ? t('countermeasures.filters.showShort', { total })
              : t('countermeasures.filters.showLong', { total })}
          </button>
        )}
      </li>
    );
  });
  return <ul className="cm-horizon-note muted">{lines}</ul>;
}

export function FilterPanel({ filters, counts, onChange, resetKey }: Props) {
  const t = useT();
  const wide = useMediaQuery(minWidth('wide'));
  const [open, setOpen] = useState(wide);
  const active = FACETS.reduce((n, key) => n + filters[key].length, 0) + (filters.q.trim() === '' ? 0 : 1);

  return (
    <details className="cm-filters card" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="cm-filters__summary">
        <span className="cm-filters__title">{t('countermeasures.filters.title')}</span>
        {active > 0 && (
          <span className="cm-filters__active">{t('countermeasures.filters.active', { count: active })}</span>
        )}
      </summary>
      <div className="cm-filters__body">
        <SearchBox key={resetKey} value={filters.q} onCommit={(q) => onChange((f) => ({ ...f, q }))} />
        <div className="cm-filters__grid">
          <ChoiceGroup
            legend={t('countermeasures.facet.horizon')}
            options={HORIZONS}
            labels={HORIZON_FILTER_LABELS}
            note={
              <HorizonNote
                counts={counts.horizon}
                onShow={(horizon) => onChange((f) => ({ ...f, horizon }))}
              />
            }
            colours={HORIZON_COLOURS}
            selected={filters.horizon}
            counts={counts.horizon}
            onToggle={(v) => onChange((f) => ({ ...f, horizon: toggleValue(f.horizon, v, HORIZONS) }))}
          />
          <ChoiceGroup
            legend={t('countermeasures.facet.approach')}
            options={APPROACHES}
            labels={APPROACH_LABELS}
            colours={APPROACH_COLOURS}
            selected={filters.approach}
            counts={counts.approach}
            onToggle={(v) => onChange((f) => ({ ...f, approach: toggleValue(f.approach, v, APPROACHES) }))}
          />
          <ChoiceGroup
            legend={t('countermeasures.facet.basis')}
            options={BASES}
            labels={BASIS_LABELS}
            selected={filters.basis}
            counts={counts.basis}
            onToggle={(v) => onChange((f) => ({ ...f, basis: toggleValue(f.basis, v, BASES) }))}
          />
          <ChoiceGroup
            legend={t('countermeasures.facet.status')}
            options={STATUSES}
            labels={STATUS_LABELS}
            selected={filters.status}
            counts={counts.status}
            onToggle={(v) => onChange((f) => ({ ...f, status: toggleValue(f.status, v, STATUSES) }))}
          />
          <ChoiceGroup
            legend={t('countermeasures.facet.actor')}
            options={ACTORS}
            labels={ACTOR_LABELS}
            selected={filters.actor}
            counts={counts.actor}
            onToggle={(v) => onChange((f) => ({ ...f, actor: toggleValue(f.actor, v, ACTORS) }))}
          />
          <ChoiceGroup
            legend={t('countermeasures.facet.domain')}
            className="cm-choices--wide"
            options={DOMAINS}
            labels={DOMAIN_LABELS}
            selected={filters.domain}
            counts={counts.domain}
            onToggle={(v) => onChange((f) => ({ ...f, domain: toggleValue(f.domain, v, DOMAINS) }))}
          />
        </div>
      </div>
    </details>
  );
}
