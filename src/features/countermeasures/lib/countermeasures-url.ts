import { ACTORS, APPROACHES, DOMAINS, HORIZONS, STATUSES } from '../../../data/schema';
import type { Actor, Approach, Domain, Horizon, Status } from '../../../data/schema';
import { parseEnum, parseList, type UrlCodec } from '../../../lib/url-state';
import { BASES, type HorizonBasis } from './labels';

export const ROW_DIMENSIONS = ['domain', 'actor', 'approach', 'status'] as const;
export type RowDimension = (typeof ROW_DIMENSIONS)[number];

/** The filters alone (the row dimension changes the layout, not the measures shown). */
export interface CountermeasureFilters {
  horizon: Horizon[];
  approach: Approach[];
  domain: Domain[];
  actor: Actor[];
  status: Status[];
  basis: HorizonBasis[];
  /** Free text as typed; matching trims and folds case and accents. */
  q: string;
}

export interface CountermeasuresState extends CountermeasureFilters {
  rows: RowDimension;
}

/** Long enough for any title; a pasted essay in ?q= is cut rather than searched. */
const MAX_QUERY = 200;

export const DEFAULT_STATE: CountermeasuresState = {
  horizon: [],
  approach: [],
  domain: [],
  actor: [],
  status: [],
  basis: [],
  q: '',
  rows: 'domain',
};

/**
 * `?horizon=short,long&approach=hard&domain=education,religious-field&actor=&status=
 * &basis=stated|assigned&q=&rows=domain|actor|approach|status`. Lists are
 * comma-separated; unknown values are dropped; a list naming every value is
 * kept as written (it filters nothing, but it is what the user chose).
 */
export const countermeasuresCodec: UrlCodec<CountermeasuresState> = {
  keys: ['horizon', 'approach', 'domain', 'actor', 'status', 'basis', 'q', 'rows'],
  parse(params) {
    return {
      horizon: parseList(params.get('horizon'), HORIZONS),
      approach: parseList(params.get('approach'), APPROACHES),
      domain: parseList(params.get('domain'), DOMAINS),
      actor: parseList(params.get('actor'), ACTORS),
      status: parseList(params.get('status'), STATUSES),
      basis: parseList(params.get('basis'), BASES),
      q: (params.get('q') ?? '').slice(0, MAX_QUERY),
      rows: parseEnum(params.get('rows'), ROW_DIMENSIONS, 'domain'),
    };
  },
  write(state) {
    const list = (values: readonly string[]) => (values.length > 0 ? values.join(',') : null);
    return {
      horizon: list(state.horizon),
      approach: list(state.approach),
      domain: list(state.domain),
      actor: list(state.actor),
      status: list(state.status),
      basis: list(state.basis),
      q: state.q.trim() === '' ? null : state.q.slice(0, MAX_QUERY),
      rows: state.rows === 'domain' ? null : state.rows,
    };
  },
};

export function hasActiveFilters(state: CountermeasureFilters): boolean {
  return (
    state.horizon.length +
      state.approach.length +
      state.domain.length +
      state.actor.length +
      state.status.length +
      state.basis.length >
      0 || state.q.trim() !== ''
  );
}

/** Every filter off; the row dimension is a layout choice and stays. */
export function clearFilters(state: CountermeasuresState): CountermeasuresState {
  return { ...DEFAULT_STATE, rows: state.rows };
}

/** Adds or removes one value, keeping the enum's order so URLs are canonical. */
export function toggleValue<T extends string>(selected: readonly T[], value: T, order: readonly T[]): T[] {
  const has = selected.includes(value);
  return order.filter((v) => (v === value ? !has : selected.includes(v)));
}
