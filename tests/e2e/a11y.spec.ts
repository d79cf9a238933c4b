import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, type Session } from './helpers/browser';

const PAGES = [
  { path: '/', ready: '.key-figures' },
  { path: '/fighters', ready: 'svg .recharts-bar-rectangle' },
  { path: '/timeline', ready: '.dm-mark' },
  { path: '/timeline?event=2018-03-tangier', ready: '.event-detail' },
  { path: '/countermeasures', ready: '[data-measure-id]' },
  { path: '/countermeasures/prison-monitoring', ready: 'dialog' },
  { path: '/sources', ready: '.source-item' },
  { path: '/data', ready: '.own-data-drop' },
  { path: '/embed/fighters-composition', ready: 'svg .recharts-bar-rectangle' },
  { path: '/present?slide=5', ready: 'svg.recharts-surface' },
];

describe.each(['light', 'dark'] as const)('accessibility (axe, WCAG 2.1 AA) in the %s scheme', (scheme) => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession({ width: 390, height: 844 });
    await s.page.emulateMedia({ colorScheme: scheme });
  });
  afterAll(async () => {
    await s.close();
  });

  it.each(PAGES)('$path has no violations', async ({ path, ready }) => {
    await s.page.goto(`${s.baseURL}${path}`);
    await s.page.locator(ready).first().waitFor();
    const results = await new AxeBuilder({ page: s.page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    const violations = results.violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`,
    );
    expect(violations).toEqual([]);
  });
});
