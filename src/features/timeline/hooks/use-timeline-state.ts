import { useUrlState } from '../../../lib/url-state';
import { timelineCodec } from '../lib/timeline-url';

/** The timeline's view state, all of it in the URL. */
export function useTimelineState() {
  return useUrlState(timelineCodec);
}
