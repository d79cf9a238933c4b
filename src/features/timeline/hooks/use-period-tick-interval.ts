import { minWidth } from '../../../lib/breakpoints';
import { useMediaQuery } from '../../../lib/use-media-query';
import { granularityOfPeriod, periodTickInterval } from '../lib/periods';

/** Where a full-width chart has room for the wide number of x-axis labels. */
const WIDE_QUERY = minWidth('medium');
/** Month or quarter labels that fit on the x axis of a full-width chart: phone, then wide screen. */
const LABEL_ROOM = { narrow: 6, wide: 10 } as const;

/** The x-axis interval for `count` periods shown from `firstPeriod` on ("2016", "2016-Q3", "2016-10"). */
export function usePeriodTickInterval(firstPeriod: string | undefined, count: number): number {
  const wide = useMediaQuery(WIDE_QUERY);
  const granularity = firstPeriod === undefined ? null : granularityOfPeriod(firstPeriod);
  return granularity === null
    ? 0
    : periodTickInterval(granularity, count, wide ? LABEL_ROOM.wide : LABEL_ROOM.narrow);
}
