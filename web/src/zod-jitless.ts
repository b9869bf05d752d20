// zod 4 probes `new Function` when a schema is built, to compile fast parsers. Our CSP forbids eval, so the probe
// only logs a violation; jitless mode skips it. This must run before any chunk that defines schemas, hence its
// own module, imported first by main.tsx.
const g = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
g.__zod_globalConfig = { ...g.__zod_globalConfig, jitless: true };
