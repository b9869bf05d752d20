// Bundles the server (and the workspace packages it imports as TypeScript) into dist/main.js.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/main.ts'],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  outfile: 'dist/main.js',
  sourcemap: true,
  // PGlite loads its WASM and data files relative to its own module: keep it (and postgres) as packages.
  packages: 'external',
  logLevel: 'warning',
});
