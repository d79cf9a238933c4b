import { PageHeader } from '../../components/page-header';
import { WithBundle } from '../../components/with-bundle';
import { TimelineView } from './components/timeline-view';
import { selectTimeline } from './lib/timeline-data';
import './timeline.css';

export function TimelinePage() {
  return (
    <>
      <PageHeader
        title="Timeline of cell dismantlings"
        lede="Terrorist cells dismantled in Morocco, as documented in the press from 2014 on, set against official yearly counts and the events around them."
      />
      <WithBundle select={selectTimeline}>{(data) => <TimelineView data={data} />}</WithBundle>
    </>
  );
}
