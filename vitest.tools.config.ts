import { defineConfig } from 'vitest/config';

// Checks of the exports by the tools that read them, installed from Debian (biber): run by .ci/run,
// not by `npm test`.
export default defineConfig({
  test: {
    include: ['tests/tools/**/*.test.ts'],
    testTimeout: 120_000,
  },
});
