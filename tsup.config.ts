import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'esbuild';
import { defineConfig } from 'tsup';

// The dts build runs TypeScript 6, which deprecates options tsup still sets.
const dts = { compilerOptions: { ignoreDeprecations: '6.0' } };

/**
 * The CLI uses the library only through its public entry, and the built CLI imports the built
 * `./index.js` instead of bundling a second copy of the code and data.
 */
const cliUsesBuiltLibrary: Plugin = {
  name: 'cli-uses-built-library',
  setup(build) {
    const publicEntry = fileURLToPath(new URL('./src/index.js', import.meta.url));
    build.onResolve({ filter: /(^|\/)index\.js$/ }, (args) =>
      /[\\/]src[\\/]cli[\\/]/.test(args.importer) && resolve(args.resolveDir, args.path) === publicEntry ? { path: './index.js', external: true } : undefined,
    );
  },
};

export default defineConfig([
  {
    entry: { index: 'src/index.ts', schema: 'src/schema.ts', edition: 'src/edition.ts' },
    format: ['esm', 'cjs'],
    dts,
    target: 'node20',
    platform: 'neutral',
    treeshake: true,
    silent: true,
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
    silent: true,
    sourcemap: false,
    banner: { js: '#!/usr/bin/env node' },
    esbuildPlugins: [cliUsesBuiltLibrary],
  },
]);
