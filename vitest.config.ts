import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/dist/**', 'tests/e2e/**', 'tests/tei-schema/**', 'tests/tools/**', 'node_modules/**'],
  },
});
