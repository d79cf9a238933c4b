import type { FigureKey } from '../../../data/schema';
import { parseEnum, parseList, type UrlCodec } from '../../../lib/url-state';

export const TIME_FIGURES = ['total', 'joinedIsis', 'women', 'children', 'returned', 'killed'] as const satisfies readonly FigureKey[];
export type TimeFigure = (typeof TIME_FIGURES)[number];

export interface FightersState {
  /** The statement charts 1 and 2 show; null: the seed article's. */
  snapshot: string | null;
  /** Two statements side by side; null: the seed beside its nearest official statement. */
  compare: [string, string] | null;
  figures: TimeFigure[];
  view: 'count' | 'percent';
  estimates: 'show' | 'hide';
}

const ID = /^[a-z0-9][a-z0-9-]*$/;

export const fightersCodec: UrlCodec<FightersState> = {
  keys: ['snapshot', 'compare', 'figures', 'view', 'estimates'],
  parse(params) {
    const snapshot = params.get('snapshot');
    const compare = (params.get('compare') ?? '').split(',');
    const figures = parseList(params.get('figures'), TIME_FIGURES);
    return {
      snapshot: snapshot !== null && ID.test(snapshot) ? snapshot : null,
      compare:
        compare.length === 2 && compare[0] && compare[1] && ID.test(compare[0]) && ID.test(compare[1])
          ? [compare[0], compare[1]]
          : null,
      figures: figures.length > 0 ? figures : [...TIME_FIGURES],
      view: parseEnum(params.get('view'), ['count', 'percent'] as const, 'count'),
      estimates: parseEnum(params.get('estimates'), ['show', 'hide'] as const, 'show'),
    };
  },
  write(state) {
    const allFigures = state.figures.length === TIME_FIGURES.length;
    return {
      snapshot: state.snapshot,
      compare: state.compare ? state.compare.join(',') : null,
      figures: allFigures ? null : state.figures.join(','),
      view: state.view === 'count' ? null : state.view,
      estimates: state.estimates === 'show' ? null : state.estimates,
    };
  },
};
