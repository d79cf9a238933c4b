import { useHeadingLevel } from '../components/heading-level';

/** A chart with nothing to draw: its title (the page's h1 in an embed) and why. */
export function EmptyChart({ title, message }: { title: string; message: string }) {
  const Heading = useHeadingLevel() === 1 ? 'h1' : 'h2';
  return (
    <section className="chart-frame">
      <Heading className="chart-frame__title">{title}</Heading>
      <p className="chart-state">{message}</p>
    </section>
  );
}
