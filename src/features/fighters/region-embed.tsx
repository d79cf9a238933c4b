import { WithBundle } from '../../components/with-bundle';
import { RegionFrame } from './components/region-frame';
import { selectRegion } from './lib/region-data';

/** The comparison with the neighbours on its own: the page, embeds and slides. */
export function RegionEmbed() {
  return <WithBundle select={selectRegion}>{(data) => <RegionFrame data={data} />}</WithBundle>;
}
