import { useId, useMemo, useState, type ReactNode } from 'react';
import { useDebouncedCommit } from '../../../lib/use-debounced-commit';
import { minWidth } from '../../../lib/breakpoints';
import { useMediaQuery } from '../../../lib/use-media-query';
import { ANY_PARTNER, NO_PARTNER, countActiveFilters, type EventFilters } from '../lib/filters';
import { AFFILIATION_LABELS } from '../lib/labels';
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
    <section className="timeline-filters card" aria-label="Filters">
      <div className="timeline-filters__bar">
        <p className="timeline-filters__count" role="status">
          <strong className="num">{formatCount(listed)}</strong> of{' '}
          <span className="num">{formatCount(data.total)}</span> events
        </p>
        <button type="button" className="button button--quiet" onClick={onClear} disabled={active === 0}>
          Clear filters
        </button>
      </div>
      <details
        open={open}
        onToggle={(e) => {
          const next = e.currentTarget.open;
          if (next !== open) setOpenOverride(next);
        }}
      >
        <summary>Filters{active > 0 && <span className="muted"> ({active} active)</span>}</summary>
        <div className="timeline-filters__grid">
          <Field label="From" htmlFor={`${id}-from`}>
            <select
              id={`${id}-from`}
              value={state.from ?? ''}
              onChange={(e) => onChange({ from: e.target.value || null, period: null })}
            >
              <option value="">Earliest</option>
              {withCurrent(months, state.from).map((m) => (
                <option key={m} value={m}>
                  {formatPeriod(m)}
                </option>
              ))}
            </select>
          </Field>
          <Field label="To" htmlFor={`${id}-to`}>
            <select
              id={`${id}-to`}
              value={state.to ?? ''}
              onChange={(e) => onChange({ to: e.target.value || null, period: null })}
            >
              <option value="">Latest</option>
              {withCurrent(months, state.to).map((m) => (
                <option key={m} value={m}>
                  {formatPeriod(m)}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Region or city" htmlFor={`${id}-region`}>
            <select
              id={`${id}-region`}
              value={state.region ?? ''}
              onChange={(e) => onChange({ region: e.target.value || null })}
            >
              <option value="">All places</option>
              {state.region !== null &&
                !options.regions.includes(state.region) &&
                !options.cities.includes(state.region) && (
                  <option value={state.region}>{state.region}</option>
                )}
              <optgroup label="Regions">
                {options.regions.map((r) => (
                  <option key={r} value={r}>
                    {r}
                  </option>
                ))}
              </optgroup>
              <optgroup label="Cities">
                {options.cities.map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </optgroup>
            </select>
          </Field>
          <Field label="Affiliation" htmlFor={`${id}-affiliation`}>
            <select
              id={`${id}-affiliation`}
              value={state.affiliation ?? ''}
              onChange={(e) => {
                const value = options.affiliations.find((a) => a === e.target.value) ?? null;
                onChange({ affiliation: value });
              }}
            >
              <option value="">All</option>
              {options.affiliations.map((a) => (
                <option key={a} value={a}>
                  {AFFILIATION_LABELS[a]}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Agency" htmlFor={`${id}-agency`}>
            <select
              id={`${id}-agency`}
              value={state.agency ?? ''}
              onChange={(e) => onChange({ agency: e.target.value || null })}
            >
              <option value="">All agencies</option>
              {withCurrent(options.agencies, state.agency).map((a) => (
                <option key={a} value={a}>
                  {a}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Foreign partner" htmlFor={`${id}-partner`}>
            <select
              id={`${id}-partner`}
              value={state.partner ?? ''}
              onChange={(e) => onChange({ partner: e.target.value || null })}
            >
              <option value="">With or without</option>
              <option value={ANY_PARTNER}>Joint with any foreign partner</option>
              <option value={NO_PARTNER}>Moroccan agencies only</option>
              {withCurrent(
                options.partners,
                state.partner === ANY_PARTNER || state.partner === NO_PARTNER ? null : state.partner,
              ).map((p) => (
                <option key={p} value={p}>
                  Joint with {p}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Minimum arrested" htmlFor={`${id}-min`}>
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
          <Field label="Search places and details" htmlFor={`${id}-q`} wide>
            <input
              id={`${id}-q`}
              type="search"
              value={q}
              onChange={(e) => setQ(e.target.value)}
              placeholder="e.g. Tangier, female, Spain"
            />
          </Field>
        </div>
      </details>
    </section>
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
