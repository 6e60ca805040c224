import { defineConfig } from 'vitest/config';

// Tests of the built package in dist/: run after `npm run build`.
export default defineConfig({
  test: {
    include: ['tests/dist/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
