import {
  AFFILIATIONS,
  CONTEXT_CATEGORIES,
  type Affiliation,
  type ContextCategory,
} from '../../../data/schema';
import { parseEnum, parseList, type UrlCodec } from '../../../lib/url-state';
import type { EventFilters } from './filters';
import { GRANULARITIES, formatMonth, isPeriod, parseMonth, type Granularity } from './periods';
import { SORT_KEYS, type SortKey } from './sort';

export const MEASURES = ['cells', 'arrests'] as const;
export type Measure = (typeof MEASURES)[number];

export interface TimelineState extends EventFilters {
  by: Granularity;
  /** Bars show documented cells, or people arrested. */
  measure: Measure;
  /** Range of months, "YYYY-MM", both ends included; null = open. */
  from: string | null;
  to: string | null;
  /** Context-event categories drawn on the chart. */
  context: ContextCategory[];
  sort: SortKey;
  /** A selected bar: "2016", "2016-Q3" or "2016-10". */
  period: string | null;
  /** A selected event id. */
  event: string | null;
}

export const DEFAULT_STATE: TimelineState = {
  by: 'year',
  measure: 'cells',
  from: null,
  to: null,
  context: [...CONTEXT_CATEGORIES],
  region: null,
  affiliation: null,
  agency: null,
  partner: null,
  minArrests: null,
  q: '',
  sort: 'date',
  period: null,
  event: null,
};

const ID = /^[a-z0-9][a-z0-9-]*$/;

const text = (value: string | null): string | null => {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
};

const month = (value: string | null): string | null => {
  const index = parseMonth(value);
  return index === null ? null : formatMonth(index);
};

function parseContext(value: string | null): ContextCategory[] {
  if (value === 'none') return [];
  const list = parseList(value, CONTEXT_CATEGORIES);
  return list.length === 0 ? [...CONTEXT_CATEGORIES] : list;
}

function parseMinArrests(value: string | null): number | null {
  if (value === null || !/^\d{1,6}$/.test(value)) return null;
  const n = Number(value);
  return n > 0 ? n : null;
}

export const timelineCodec: UrlCodec<TimelineState> = {
  keys: [
    'by',
    'measure',
    'from',
    'to',
    'context',
    'region',
    'affiliation',
    'agency',
    'partner',
    'minArrests',
    'q',
    'sort',
    'period',
    'event',
  ],
  parse(params) {
    let from = month(params.get('from'));
    let to = month(params.get('to'));
    if (from !== null && to !== null && from > to) [from, to] = [to, from];
    const affiliation = params.get('affiliation');
    const period = text(params.get('period'));
    const event = text(params.get('event'));
    return {
      by: parseEnum(params.get('by'), GRANULARITIES, DEFAULT_STATE.by),
      measure: parseEnum(params.get('measure'), MEASURES, DEFAULT_STATE.measure),
      from,
      to,
      context: parseContext(params.get('context')),
      region: text(params.get('region')),
      affiliation: affiliation !== null && isAffiliation(affiliation) ? affiliation : null,
      agency: text(params.get('agency')),
      partner: text(params.get('partner')),
      minArrests: parseMinArrests(params.get('minArrests')),
      q: params.get('q') ?? '',
      sort: parseEnum(params.get('sort'), SORT_KEYS, DEFAULT_STATE.sort),
      period: period !== null && isPeriod(period) ? period : null,
      event: event !== null && ID.test(event) ? event : null,
    };
  },
  write(state) {
    const allContext = CONTEXT_CATEGORIES.every((c) => state.context.includes(c));
    return {
      by: state.by === DEFAULT_STATE.by ? null : state.by,
      measure: state.measure === DEFAULT_STATE.measure ? null : state.measure,
      from: state.from,
      to: state.to,
      context: allContext
        ? null
        : state.context.length === 0
          ? 'none'
          : CONTEXT_CATEGORIES.filter((c) => state.context.includes(c)).join(','),
      region: state.region,
      affiliation: state.affiliation,
      agency: state.agency,
      partner: state.partner,
      minArrests: state.minArrests === null ? null : String(state.minArrests),
      q: state.q.trim() === '' ? null : state.q,
      sort: state.sort === DEFAULT_STATE.sort ? null : state.sort,
      period: state.period,
      event: state.event,
    };
  },
};

function isAffiliation(value: string): value is Affiliation {
  return (AFFILIATIONS as readonly string[]).includes(value);
}
