import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';

// Route modules load lazily; on a busy 2-core machine the first import can take over a second.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
});

// The app loads each view's words with the view (src/app/router.tsx); tests call views'
// functions directly, so every English area is loaded first.
beforeAll(async () => {
  const { loadAllAreas } = await import('../i18n/i18n');
  await loadAllAreas('en');
});

// A test that renders in French or Arabic leaves the next one in English.
afterEach(async () => {
  const { activeLocale, activateLocale } = await import('../i18n/i18n');
  if (activeLocale() !== 'en') await activateLocale('en', null);
});
