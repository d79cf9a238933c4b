import { describe, expect, it } from 'vitest';
import { perceivedDistance, type Deficiency } from '../testing/colour-vision';
import { AFFILIATION_COLOURS, APPROACH_COLOURS, CONTEXT_COLOURS, FIGURE_COLOURS, HORIZON_COLOURS, labelColourOn } from './palette';

// Colours that appear together in one chart must stay apart for everyone.
const GROUPS: Record<string, string[]> = {
  composition: [FIGURE_COLOURS.men, FIGURE_COLOURS.women, FIGURE_COLOURS.children],
  outcomes: [FIGURE_COLOURS.returned, FIGURE_COLOURS.killed, FIGURE_COLOURS.unaccounted],
  'figures over time': [
    FIGURE_COLOURS.joinedIsis,
    FIGURE_COLOURS.women,
    FIGURE_COLOURS.children,
    FIGURE_COLOURS.returned,
    FIGURE_COLOURS.killed,
  ],
  horizons: Object.values(HORIZON_COLOURS),
  approaches: Object.values(APPROACH_COLOURS),
  context: Object.values(CONTEXT_COLOURS),
  affiliations: Object.values(AFFILIATION_COLOURS),
  // The event timeline draws the Sahel's cells right under the context lane.
  'Sahel beside the context lane': [AFFILIATION_COLOURS['isis-sahel'], ...Object.values(CONTEXT_COLOURS)],
};
const DEFICIENCIES: Deficiency[] = ['none', 'protanopia', 'deuteranopia', 'tritanopia'];
const MIN_DISTANCE = 12;

describe('palette under colour-vision deficiencies', () => {
  for (const [group, colours] of Object.entries(GROUPS)) {
    it.each(DEFICIENCIES)(`${group} stays distinguishable with %s`, (deficiency) => {
      let worst = Infinity;
      for (let i = 0; i < colours.length; i++)
        for (let j = i + 1; j < colours.length; j++)
          worst = Math.min(worst, perceivedDistance(colours[i] ?? '', colours[j] ?? '', deficiency));
      expect(worst).toBeGreaterThanOrEqual(MIN_DISTANCE);
    });
  }
});

describe('labelColourOn', () => {
  it.each([
    ['#0072B2', '#ffffff'],
    ['#E69F00', '#000000'],
    ['#56B4E9', '#000000'],
    ['#4d5560', '#ffffff'],
    ['#A0522D', '#ffffff'],
  ])('on %s uses %s', (fill, label) => {
    expect(labelColourOn(fill)).toBe(label);
  });
});
