import { defineConfig } from 'tsup';

// The dts build runs TypeScript 6, which deprecates options tsup still sets.
const dts = { compilerOptions: { ignoreDeprecations: '6.0' } };

export default defineConfig([
  {
    entry: { index: 'src/index.ts', schema: 'src/schema.ts' },
    format: ['esm', 'cjs'],
    dts,
    target: 'node20',
    platform: 'neutral',
    treeshake: true,
    splitting: false,
    sourcemap: false,
    external: ['zod'],
  },
  {
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    treeshake: true,
    sourcemap: false,
    banner: { js: '#!/usr/bin/env node' },
  },
]);
