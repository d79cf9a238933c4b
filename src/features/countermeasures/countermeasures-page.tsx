import { PageHeader } from '../../components/page-header';

export function CountermeasuresPage() {
  return (
    <PageHeader
      title="Countermeasures"
      lede="What was already in place, what the seed article recommended now and later, and which responses are hard or soft."
    />
  );
}
