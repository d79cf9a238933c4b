import { DOMAINS, HORIZONS } from '../../../data/schema';
import type { Countermeasure, Domain, Horizon } from '../../../data/schema';
import type { ChartTable } from '../../../charts/chart-types';
import { t } from '../../../i18n/i18n';
import { intlLocale } from '../../../i18n/format-locale';
import { DOMAIN_LABELS, HORIZON_LABELS, pluralMeasures } from './labels';

export interface DomainBar {
  domain: Domain;
  label: string;
  short: number;
  long: number;
  both: number;
  total: number;
}

/**
 * Measures per domain split by horizon, largest first (schema order breaks
 * ties). `domains` limits the bars to the domains in scope; zero bars stay so
 * a gap shows as a gap.
 */
export function domainBars(
  measures: readonly Countermeasure[],
  domains: readonly Domain[] = DOMAINS,
): DomainBar[] {
  const counts = new Map<Domain, Record<Horizon, number>>(
    domains.map((d) => [d, { short: 0, long: 0, both: 0 }]),
  );
  for (const m of measures) {
    const row = counts.get(m.domain);
    if (row) row[m.horizon]++;
  }
  return domains
    .map((domain, order) => {
      const c = counts.get(domain) ?? { short: 0, long: 0, both: 0 };
      return { bar: { domain, label: DOMAIN_LABELS[domain], ...c, total: c.short + c.long + c.both }, order };
    })
    .sort((a, b) => b.bar.total - a.bar.total || a.order - b.order)
    .map((x) => x.bar);
}

export function domainTable(bars: readonly DomainBar[]): ChartTable {
  return {
    columns: [
      { key: 'domain', label: t('countermeasures.facet.domain') },
      ...HORIZONS.map((h) => ({ key: h, label: HORIZON_LABELS[h], numeric: true })),
      { key: 'total', label: t('countermeasures.chart.total'), numeric: true },
    ],
    rows: bars.map((b) => ({ domain: b.label, short: b.short, long: b.long, both: b.both, total: b.total })),
  };
}

/** One sentence: the largest domain, its split, and how many domains have nothing. */
export function domainSummary(bars: readonly DomainBar[]): string {
  const total = bars.reduce((n, b) => n + b.total, 0);
  const top = bars[0];
  if (!top || total === 0) return t('countermeasures.byDomain.summary.none');
  const lower = (text: string) => text.toLocaleLowerCase(intlLocale());
  const split = HORIZONS.filter((h) => top[h] > 0)
    .map((h) => t('countermeasures.summary.splitItem', { count: String(top[h]), horizon: lower(HORIZON_LABELS[h]) }))
    .join(t('countermeasures.summary.splitSeparator'));
  const empty = bars.filter((b) => b.total === 0).length;
  const lead = t('countermeasures.byDomain.summary.lead', {
    measures: pluralMeasures(total),
    domain: lower(top.label),
    total: String(top.total),
    split,
  });
  if (empty === 0) return lead;
  return `${lead} ${t('countermeasures.byDomain.summary.empty', { empty, domains: String(bars.length) })}`;
}
