// Bundles the server with the workspace packages it imports as TypeScript (shared, surveys and their JSON) into
// dist/main.js. Packages that load files relative to themselves at run time stay external.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/main.ts'],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  outfile: 'dist/main.js',
  sourcemap: true,
  external: ['@electric-sql/pglite', '@electric-sql/pglite-socket', 'playwright-core', 'exceljs'],
  // CommonJS dependencies bundled into ESM still call require() for Node's built-ins.
  banner: {
    js: "import { createRequire as __driehoekRequire } from 'node:module'; const require = __driehoekRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
