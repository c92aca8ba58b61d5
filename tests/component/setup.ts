import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { preloadViews } from '../../src/ui/views/lazy-views';

afterEach(() => {
  cleanup();
  window.localStorage.clear();
});

// The tabs' views load on demand in the app (see lazy-views.tsx); here they start loaded, as after a first visit,
// so that a test can query a tab's content as soon as it opens it. The browser tests load them on demand.
beforeAll(() => preloadViews());
