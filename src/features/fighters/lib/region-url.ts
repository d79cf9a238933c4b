import { REGIONAL_MEASURES, type RegionalMeasure } from '../../../data/schema';
import { parseEnum, type UrlCodec } from '../../../lib/url-state';

export const REGION_VIEWS = ['count', 'per-million'] as const;
export type RegionView = (typeof REGION_VIEWS)[number];

/** The comparison chart's own URL state, beside the fighters view's (its keys are prefixed so they never meet). */
export interface RegionState {
  regionMeasure: RegionalMeasure;
  /** The figures as stated, or per million inhabitants (derived). */
  regionBy: RegionView;
}

export const regionCodec: UrlCodec<RegionState> = {
  keys: ['regionMeasure', 'regionBy'],
  parse(params) {
    return {
      regionMeasure: parseEnum(params.get('regionMeasure'), REGIONAL_MEASURES, 'went'),
      regionBy: parseEnum(params.get('regionBy'), REGION_VIEWS, 'count'),
    };
  },
  write(state) {
    return {
      regionMeasure: state.regionMeasure === 'went' ? null : state.regionMeasure,
      regionBy: state.regionBy === 'count' ? null : state.regionBy,
    };
  },
};
