import { defineConfig } from 'vitest/config';

// The schema check of the TEI export: needs jing and TEI_ALL_RNG, the path of tei_all.rng.
export default defineConfig({
  test: {
    include: ['tests/tei-schema/**/*.test.ts'],
    testTimeout: 120_000,
  },
});
