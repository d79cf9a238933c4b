import { parseEnum, type UrlCodec } from '../../../lib/url-state';
import { MAP_SIZES, type MapSize } from './map-places';

/** The map's own URL state, beside the timeline's (its filters and range apply to the map too). */
export interface MapState {
  /** Marks sized by dismantlings or by people arrested. */
  mapBy: MapSize;
  /** The selected place's id (or "name|country" for a place without coordinates). */
  place: string | null;
}

export const mapCodec: UrlCodec<MapState> = {
  keys: ['mapBy', 'place'],
  parse(params) {
    const place = params.get('place')?.trim() ?? '';
    return {
      mapBy: parseEnum(params.get('mapBy'), MAP_SIZES, 'events'),
      place: place === '' || place.length > 200 ? null : place,
    };
  },
  write(state) {
    return { mapBy: state.mapBy === 'events' ? null : state.mapBy, place: state.place };
  },
};
