import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Route modules load lazily; on a busy 2-core machine the first import can take over a second.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
});
