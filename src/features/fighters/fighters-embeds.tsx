import { WithBundle } from '../../components/with-bundle';
import { FightersChart, type FightersChartId } from './components/fighters-chart';
import { selectFighters } from './lib/fighters-data';
import './fighters.css';

/** A fighters chart on its own (embeds and slides), with its state from the URL. */
export function FightersEmbed({ chartId }: { chartId: FightersChartId }) {
  return <WithBundle select={selectFighters}>{(data) => <FightersChart data={data} chartId={chartId} />}</WithBundle>;
}
