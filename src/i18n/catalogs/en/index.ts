// The English catalog's ids, for the type of `t()` (src/i18n/i18n.ts imports this as a
// type only). At run time each area's file is loaded on its own, compiled to Lingui's
// format at build (scripts/vite-plugin-catalogs.ts).
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
