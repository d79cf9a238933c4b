import { useId, useMemo, useState, type ReactNode } from 'react';
import { useDebouncedCommit } from '../../../lib/use-debounced-commit';
import { minWidth } from '../../../lib/breakpoints';
import { useMediaQuery } from '../../../lib/use-media-query';
import { ANY_PARTNER, NO_PARTNER, countActiveFilters, type EventFilters } from '../lib/filters';
import { affiliationLabel } from '../lib/labels';
import { useT } from '../../../i18n/use-t';
import { richText } from './rich-text';
import { formatMonth, formatPeriod, type MonthSpan } from '../lib/periods';
import type { TimelineData } from '../lib/timeline-data';
import type { TimelineState } from '../lib/timeline-url';
import { formatCount } from '../../../lib/format';

interface Props {
  data: TimelineData;
  state: TimelineState;
  filters: EventFilters;
  listed: number;
  onChange: (change: Partial<TimelineState>) => void;
  onClear: () => void;
}

/** Adds a value from the URL that the data no longer has, so the select still shows it. */
const withCurrent = (values: string[], current: string | null) =>
  current === null || values.includes(current) ? values : [current, ...values];

function monthsOf(extent: MonthSpan | null): string[] {
  if (!extent) return [];
  const months: string[] = [];
  for (let m = extent.start; m <= extent.end; m += 1) months.push(formatMonth(m));
  return months;
}

export function TimelineFilters({ data, state, filters, listed, onChange, onClear }: Props) {
  const t = useT();
  const wide = useMediaQuery(minWidth('wide'));
  const [openOverride, setOpenOverride] = useState<boolean | null>(null);
  const open = openOverride ?? wide;
  const id = useId();
  const [q, setQ] = useDebouncedCommit(state.q, (value) => onChange({ q: value }));
  const months = useMemo(() => monthsOf(data.extent), [data.extent]);
  const active =
    countActiveFilters(filters) + (state.from !== null || state.to !== null ? 1 : 0) + (state.period ? 1 : 0);
  const { options } = data;

  return (
    <section className="timeline-filters card" aria-label={t('timeline.filters.label')}>
      <div className="timeline-filters__bar">
        <p className="timeline-filters__count" role="status">
          <FilterCount listed={listed} total={data.total} />
        </p>
        <button type="button" className="button button--quiet" onClick={onClear} disabled={active === 0}>
          {t('timeline.filters.clear')}
        </button>
      </div>
      <details
        open={open}
        onToggle={(e) => {
          const next = e.currentTarget.open;
          if (next !== open) setOpenOverride(next);
        }}
      >
        <summary>
          {t('timeline.filters.label')}
          {active > 0 && <span className="muted">{t('timeline.filters.active', { count: active })}</span>}
        </summary>
        <div className="timeline-filters__grid">
          <Field label={t('timeline.filters.from')} htmlFor={`${id}-from`}>
            <select
              id={`${id}-from`}
              value={state.from ?? ''}
              onChange={(e) => onChange({ from: e.target.value || null, period: null })}
            >
              <option value="">{t('timeline.filters.earliest')}</option>
              {withCurrent(months, state.from).map((m) => (
                <option key={m} value={m}>
                  {formatPeriod(m)}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('timeline.filters.to')} htmlFor={`${id}-to`}>
            <select
              id={`${id}-to`}
              value={state.to ?? ''}
              onChange={(e) => onChange({ to: e.target.value || null, period: null })}
            >
              <option value="">{t('timeline.filters.latest')}</option>
              {withCurrent(months, state.to).map((m) => (
                <option key={m} value={m}>
                  {formatPeriod(m)}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('timeline.filters.region')} htmlFor={`${id}-region`}>
            <select
              id={`${id}-region`}
              value={state.region ?? ''}
              onChange={(e) => onChange({ region: e.target.value || null })}
            >
              <option value="">{t('timeline.filters.allPlaces')}</option>
              {state.region !== null &&
                !options.regions.includes(state.region) &&
                !options.cities.includes(state.region) && (
                  <option value={state.region}>{state.region}</option>
                )}
              <optgroup label={t('timeline.filters.regions')}>
                {options.regions.map((r) => (
                  <option key={r} value={r}>
                    {r}
                  </option>
                ))}
              </optgroup>
              <optgroup label={t('timeline.filters.cities')}>
                {options.cities.map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </optgroup>
            </select>
          </Field>
          <Field label={t('timeline.filters.affiliation')} htmlFor={`${id}-affiliation`}>
            <select
              id={`${id}-affiliation`}
              value={state.affiliation ?? ''}
              onChange={(e) => {
                const value = options.affiliations.find((a) => a === e.target.value) ?? null;
                onChange({ affiliation: value });
              }}
            >
              <option value="">{t('timeline.filters.all')}</option>
              {options.affiliations.map((a) => (
                <option key={a} value={a}>
                  {affiliationLabel(a)}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('timeline.filters.agency')} htmlFor={`${id}-agency`}>
            <select
              id={`${id}-agency`}
              value={state.agency ?? ''}
              onChange={(e) => onChange({ agency: e.target.value || null })}
            >
              <option value="">{t('timeline.filters.allAgencies')}</option>
              {withCurrent(options.agencies, state.agency).map((a) => (
                <option key={a} value={a}>
                  {a}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('timeline.filters.partner')} htmlFor={`${id}-partner`}>
            <select
              id={`${id}-partner`}
              value={state.partner ?? ''}
              onChange={(e) => onChange({ partner: e.target.value || null })}
            >
              <option value="">{t('timeline.filters.partnerEither')}</option>
              <option value={ANY_PARTNER}>{t('timeline.filters.partnerAny')}</option>
              <option value={NO_PARTNER}>{t('timeline.filters.partnerNone')}</option>
              {withCurrent(
                options.partners,
                state.partner === ANY_PARTNER || state.partner === NO_PARTNER ? null : state.partner,
              ).map((p) => (
                <option key={p} value={p}>
                  {t('timeline.filters.partnerNamed', { partner: p })}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('timeline.filters.minArrests')} htmlFor={`${id}-min`}>
            <input
              id={`${id}-min`}
              type="number"
              inputMode="numeric"
              min={0}
              step={1}
              value={state.minArrests ?? ''}
              onChange={(e) => {
                const n = e.target.valueAsNumber;
                onChange({ minArrests: Number.isInteger(n) && n > 0 ? n : null });
              }}
            />
          </Field>
          <Field label={t('timeline.filters.search')} htmlFor={`${id}-q`} wide>
            <input
              id={`${id}-q`}
              type="search"
              value={q}
              onChange={(e) => setQ(e.target.value)}
              placeholder={t('timeline.filters.searchPlaceholder')}
            />
          </Field>
        </div>
      </details>
    </section>
  );
}

/** "4 of 12 events": the sentence translated whole, its two numbers styled where the language puts them. */
function FilterCount({ listed, total }: { listed: number; total: number }) {
  const t = useT();
  return richText(
    t,
    'timeline.filters.count',
    {},
    {
      listed: <strong className="num">{formatCount(listed)}</strong>,
      total: <span className="num">{formatCount(total)}</span>,
    },
  );
}

function Field({
  label,
  htmlFor,
  wide,
  children,
}: {
  label: string;
  htmlFor: string;
  wide?: boolean;
  children: ReactNode;
}) {
  return (
    <div className={wide ? 'field timeline-field--wide' : 'field'}>
      <label htmlFor={htmlFor}>{label}</label>
      {children}
    </div>
  );
}
