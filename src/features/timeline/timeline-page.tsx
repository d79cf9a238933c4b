import { PageHeader } from '../../components/page-header';

export function TimelinePage() {
  return (
    <PageHeader
      title="Timeline of cell dismantlings"
      lede="Terrorist cells dismantled in Morocco from 2014 to 2020, set against official yearly counts and the events around them."
    />
  );
}
