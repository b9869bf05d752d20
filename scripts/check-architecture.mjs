// The layer rules of docs/architecture.md, checked on the code's runtime imports (type-only imports are erased and
// do not count). Fails with one line per broken rule. Part of `pnpm check`.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { cruise } from 'dependency-cruiser';

const root = new URL('..', import.meta.url).pathname;
process.chdir(root);

const forbidden = [
  {
    name: 'shared-is-pure',
    comment: 'shared holds pure domain code and contracts: no other package, no Node built-ins (no I/O)',
    from: { path: '^shared/src' },
    to: { pathNot: '^(shared/src|node_modules)', dependencyTypesNot: ['npm'] },
  },
  {
    name: 'shared-no-io',
    comment: 'shared does no I/O',
    from: { path: '^shared/src' },
    to: { dependencyTypes: ['core'] },
  },
  {
    name: 'web-not-server',
    comment: 'the web app talks to the server over HTTP through the shared contracts only',
    from: { path: '^web/src' },
    to: { path: '^server/' },
  },
  {
    name: 'platform-not-features',
    comment: 'server/src/platform is what features build on; it never imports a feature',
    from: { path: '^server/src/platform' },
    to: { path: '^server/src/features' },
  },
  {
    name: 'no-circular',
    comment: 'no module imports itself through others',
    from: {},
    to: { circular: true },
  },
];

const result = await cruise(['shared/src', 'server/src', 'web/src', 'surveys/src'], {
  validate: true,
  ruleSet: { forbidden },
  tsPreCompilationDeps: false,
  doNotFollow: { path: 'node_modules' },
  exclude: { path: '(\\.test\\.tsx?$|/test-support/|/test/|\\.d\\.ts$)' },
  moduleSystems: ['es6'],
});

const problems = [];
for (const v of result.output.summary.violations) problems.push(`${v.rule.name}: ${v.from} → ${v.to}`);

const STAFF_FRAME = new Set(['shell', 'ui', 'router', 'survey']);

/**
 * The feature a module belongs to (server/src/features/<f>, web/src/staff/<f>), or undefined. The staff app's
 * frame (shell, ui, router, survey) is not a feature: the shell mounts every feature and features use its parts.
 */
const featureOf = (path) => {
  const match = /^(server\/src\/features|web\/src\/staff)\/([^/]+)\//.exec(path ?? '');
  if (!match || (match[1] === 'web/src/staff' && STAFF_FRAME.has(match[2]))) return undefined;
  return `${match[1]}/${match[2]}`;
};

// Cycles between features (a → b → a over any number of modules), per app.
const edges = new Map();
for (const m of result.output.modules) {
  const from = featureOf(m.source);
  if (!from) continue;
  for (const d of m.dependencies) {
    const to = featureOf(d.resolved);
    if (!to || to === from || d.dependencyTypes.includes('type-only')) continue;
    if (!edges.has(from)) edges.set(from, new Set());
    edges.get(from).add(to);
  }
}
const cycles = new Set();
const visit = (node, path) => {
  for (const next of edges.get(node) ?? []) {
    const at = path.indexOf(next);
    if (at >= 0) cycles.add(path.slice(at).concat(next).join(' → '));
    else visit(next, [...path, next]);
  }
};
for (const node of edges.keys()) visit(node, [node]);
for (const c of cycles) problems.push(`feature cycle: ${c}`);

// One feature list: the contract files name it; the server has a folder per feature; the staff app's folders are
// features too, apart from its frame.
const dirs = (path) => readdirSync(path).filter((d) => statSync(join(path, d)).isDirectory());
const NOT_FEATURES = new Set(['common', 'endpoint', 'errors', 'paging', 'index']);
const features = readdirSync('shared/src/contracts')
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  .map((f) => f.slice(0, -3))
  .filter((f) => !NOT_FEATURES.has(f));
const server = dirs('server/src/features');
const staff = dirs('web/src/staff').filter((d) => !STAFF_FRAME.has(d));
for (const f of features)
  if (!server.includes(f)) problems.push(`feature ${f} has a contract but no server/src/features/${f}`);
for (const f of server)
  if (!features.includes(f)) problems.push(`server/src/features/${f} has no shared/src/contracts/${f}.ts`);
for (const f of staff)
  if (!features.includes(f)) problems.push(`web/src/staff/${f} is not a feature (nor shell, ui, router, survey)`);

if (problems.length > 0) {
  console.error(`architecture: ${problems.length} problem(s)\n${problems.map((p) => `  ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(
  `architecture: ${result.output.summary.totalCruised} modules, ${features.length} features, no cycles, layers respected`,
);
