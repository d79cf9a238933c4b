import { PageHeader } from '../../components/page-header';

export function OverviewPage() {
  return (
    <PageHeader
      title="Morocco and ISIS: foreign fighters and counter-terrorism"
      documentTitle="Overview"
      lede="A cited dashboard of Moroccan foreign fighters, terrorist-cell dismantlings and the responses to them."
    />
  );
}
