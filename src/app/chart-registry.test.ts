// Every chart in the deck and the embeds has a title message; the English one is
// the feature's own title, word for word, and the others are in their language.
import { describe, expect, it } from 'vitest';
import { COUNTERMEASURES_CHARTS } from '../features/countermeasures/countermeasures-charts';
import { FIGHTERS_CHARTS, FIGHTERS_CHARTS_ADDED } from '../features/fighters/fighters-charts';
import { TIMELINE_CHARTS, TIMELINE_CHARTS_ADDED } from '../features/timeline/timeline-charts';
import { activateLocale } from '../i18n/i18n';
import { CHART_TITLE_IDS, CHARTS } from './chart-registry';

const FEATURE_CHARTS = [...FIGHTERS_CHARTS, ...TIMELINE_CHARTS, ...COUNTERMEASURES_CHARTS, ...TIMELINE_CHARTS_ADDED, ...FIGHTERS_CHARTS_ADDED];

describe('chart titles', () => {
  it('gives every chart a title message whose English is the feature’s title', () => {
    expect(CHARTS.map((c) => c.id)).toEqual(FEATURE_CHARTS.map((c) => c.id));
    expect(Object.keys(CHART_TITLE_IDS).sort()).toEqual(CHARTS.map((c) => c.id).sort());
    expect(CHARTS.map((c) => c.title)).toEqual(FEATURE_CHARTS.map((c) => c.title));
  });

  it('reads titles in the page’s language', async () => {
    await activateLocale('fr', null);
    expect(CHARTS.find((c) => c.id === 'timeline-map')?.title).toBe('Où des cellules ont été démantelées');
    await activateLocale('ar', null);
    expect(CHARTS.find((c) => c.id === 'timeline-map')?.title).toBe('أين فُكّكت الخلايا');
  });
});
