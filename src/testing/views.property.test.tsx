// Every view renders any valid bundle: random sizes, empty sections, hostile
// text. jsdom draws no chart (no layout), so this proves the data paths, the
// tables and the text; the browser specs prove the drawing.
import { cleanup, screen } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRoutes } from '../app/router';
import { DEFAULT_BUNDLE_URL } from '../data/load-bundle';
import { bundleArb } from './arbitrary-bundle';
import { renderRoutes, stubFetch } from './render-route';

afterEach(() => {
  vi.unstubAllGlobals();
});

const VIEWS = [
  '/',
  '/fighters',
  '/timeline',
  '/countermeasures',
  '/sources',
  '/present',
  '/embed/fighters-composition',
];
const RUNS = 15;

describe('every view renders every valid bundle (properties)', () => {
  it.each(VIEWS)(
    '%s',
    async (view) => {
      // React reports caught render errors on console.error; a failing run should say which.
      const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      try {
        await fc.assert(
          fc.asyncProperty(bundleArb({ max: 5 }), async (bundle) => {
            try {
              stubFetch({}, bundle);
              const { container, queryClient } = renderRoutes(createRoutes, view);
              // Ready: the bundle has arrived, the view's code has loaded and no loading state is left.
              await vi.waitFor(
                () => {
                  expect(queryClient.getQueryState(['bundle', DEFAULT_BUNDLE_URL])?.status).toBe('success');
                  expect(container.querySelector('main')).not.toBeNull();
                  expect(container.querySelector('[aria-busy="true"]')).toBeNull();
                },
                { timeout: 5000 },
              );
              // Embeds and slides may show an empty state instead of a chart; pages always have their h1.
              if (!view.startsWith('/embed') && !view.startsWith('/present')) {
                expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
              }
              const text = container.textContent ?? '';
              expect(text).not.toMatch(
                /This view failed to load|This chart could not be drawn|does not match the bundle format/,
              );
              expect(container.querySelector('script, iframe, img[onerror], [onload]')).toBeNull();
            } finally {
              cleanup();
              vi.unstubAllGlobals();
            }
          }),
          { numRuns: RUNS },
        );
      } finally {
        consoleError.mockRestore();
      }
    },
    120_000,
  );
});
