// Okabe-Ito colours (safe under the common colour-vision deficiencies), with
// one fixed meaning each across the whole app: women are always vermillion,
// killed always the dark grey-blue, short term always orange, and so on.
export const OKABE_ITO = {
  blue: '#0072B2',
  orange: '#E69F00',
  green: '#009E73',
  vermillion: '#D55E00',
  purple: '#CC79A7',
  sky: '#56B4E9',
  yellow: '#F0E442',
  black: '#000000',
} as const;

export const FIGURE_COLOURS = {
  total: '#1a1d21',
  joinedIsis: OKABE_ITO.purple,
  men: OKABE_ITO.blue,
  women: OKABE_ITO.vermillion,
  children: OKABE_ITO.orange,
  returned: OKABE_ITO.green,
  killed: '#4d5560',
  unaccounted: OKABE_ITO.sky,
  killedSyria: '#4d5560',
  killedIraq: '#7a828c',
  returneesProsecuted: OKABE_ITO.blue,
} as const;

export const HORIZON_COLOURS = {
  short: OKABE_ITO.orange,
  long: OKABE_ITO.blue,
  both: OKABE_ITO.purple,
} as const;

export const APPROACH_COLOURS = {
  hard: OKABE_ITO.vermillion,
  soft: OKABE_ITO.green,
} as const;

/**
 * Affiliation of a dismantled cell (event timeline). Okabe-Ito where it has a
 * free colour; the Islamic State in the Sahel takes sienna (#A0522D), the one
 * addition: Okabe-Ito's remaining green and vermillion are the context lane's,
 * and black would vanish in the dark theme. Sienna stays at least 19 CIELAB
 * units from the four others and from the context colours under protanopia,
 * deuteranopia and tritanopia (palette.test.ts), and keeps 5.5:1 against white
 * and 3.3:1 against the dark theme's background as a mark. Labels beside it
 * are written in the text colour, so legend text keeps 4.5:1.
 */
export const AFFILIATION_COLOURS = {
  isis: OKABE_ITO.blue,
  'isis-recruitment': OKABE_ITO.orange,
  'pro-isis': OKABE_ITO.sky,
  'isis-libya': OKABE_ITO.purple,
  'isis-sahel': '#A0522D',
} as const;

export const CONTEXT_COLOURS = {
  'attack-morocco': OKABE_ITO.vermillion,
  'law-institution': OKABE_ITO.blue,
  'isis-territory': '#4d5560',
  'international-cooperation': OKABE_ITO.green,
} as const;

/** Black or white, whichever reads better on a #rrggbb fill (WCAG relative luminance). */
export function labelColourOn(hex: string): string {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return '#000000';
  const lin = (c: string) => {
    const v = parseInt(c, 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  const l = 0.2126 * lin(m[1] ?? '0') + 0.7152 * lin(m[2] ?? '0') + 0.0722 * lin(m[3] ?? '0');
  // Contrast with white is 1.05/(l+0.05); with black (l+0.05)/0.05.
  return 1.05 / (l + 0.05) >= (l + 0.05) / 0.05 ? '#ffffff' : '#000000';
}
