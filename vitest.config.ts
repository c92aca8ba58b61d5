import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Three projects, all run by `npm test`: the pure core in Node, components in jsdom, and the app in real Chromium.
export default defineConfig({
  plugins: [react()],
  test: {
    reporters: ['default', './tests/support/count-reporter.ts'],
    projects: [
      { extends: true, test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'], setupFiles: ['tests/unit/setup.ts'] } },
      // Whole user flows typed key by key in jsdom: under the full suite's load (the browser tests beside them) a long one takes several seconds.
      { extends: true, test: { name: 'component', environment: 'jsdom', include: ['tests/component/**/*.test.{ts,tsx}'], setupFiles: ['tests/component/setup.ts'], testTimeout: 20_000 } },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
