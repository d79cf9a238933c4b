import { PageHeader } from '../../components/page-header';

export function FightersPage() {
  return (
    <PageHeader
      title="Moroccan foreign fighters"
      lede="How many Moroccans went to Syria and Iraq, who they were, what became of them, and how the official count changed from 2014 to 2021."
    />
  );
}
