import { OKABE_ITO } from '../../../charts/palette';

/** One colour per country, the same in every count: Morocco keeps the app's blue. */
const COLOURS: Record<string, string> = {
  MA: OKABE_ITO.blue,
  TN: OKABE_ITO.orange,
  DZ: OKABE_ITO.green,
  LY: OKABE_ITO.purple,
  EG: OKABE_ITO.vermillion,
};

export const countryColour = (code: string): string => COLOURS[code] ?? '#6b7580';
