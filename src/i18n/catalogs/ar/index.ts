// The ar catalog: one JSON file of ICU messages per area of the app, merged.
// Each area's file is compiled to Lingui's runtime format at build (scripts/vite-plugin-catalogs.ts).
import app from './app.json';
import charts from './charts.json';
import countermeasures from './countermeasures.json';
import data from './data.json';
import fighters from './fighters.json';
import overview from './overview.json';
import ownData from './own-data.json';
import presentEmbed from './present-embed.json';
import sources from './sources.json';
import timeline from './timeline.json';

export const messages = {
  ...app,
  ...charts,
  ...countermeasures,
  ...data,
  ...fighters,
  ...overview,
  ...ownData,
  ...presentEmbed,
  ...sources,
  ...timeline,
};
