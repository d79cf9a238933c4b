import { PageHeader } from '../../components/page-header';
import { WithBundle } from '../../components/with-bundle';
import { useT } from '../../i18n/use-t';
import { TimelineView } from './components/timeline-view';
import { selectTimeline } from './lib/timeline-data';
import './timeline.css';

export function TimelinePage() {
  const t = useT();
  return (
    <>
      <PageHeader title={t('timeline.page.title')} lede={t('timeline.page.lede')} />
      <WithBundle select={selectTimeline}>{(data) => <TimelineView data={data} />}</WithBundle>
    </>
  );
}
