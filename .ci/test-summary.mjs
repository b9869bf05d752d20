// Reads vitest's JSON reports and prints the closing "N passed, N failed" line that CI is judged by.
// A green run must have run every test: a skipped, pending or todo test counts as failed, and so does a vitest
// project that ran fewer tests than its minimum (a whole file that silently stopped being collected, or a
// describe.skipIf that swallowed a suite). Usage:
//   node .ci/test-summary.mjs <report.json>=<project>,<project> [<report.json>=<project> …]
// CHECK_FAILED=1 in the environment adds one failure for the type check and lint step.
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Tests each project ran on 30 November 2026 (second count, after issues 19, 22 and 24), rounded down by a few so
 * that merging two tests into one does not fail CI: shared 553, surveys 51, server 567, web 223, e2e 84 (tests/e2e
 * and tests/fault). Raise a minimum when a
 * project gains tests; lower it only with the reason in the commit message.
 */
export const MINIMUM_TESTS = { shared: 540, surveys: 48, server: 550, web: 215, e2e: 80 };

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The vitest project a test file belongs to, from its folder (see each package's vitest.config.ts). */
export function projectOf(file) {
  const [top] = relative(root, file).split(sep);
  return top === 'tests' ? 'e2e' : (top ?? '');
}

const NOT_RUN = new Set(['skipped', 'pending', 'todo', 'disabled']);

/**
 * Counts one report. `projects` are the projects the run was asked for: each must reach its minimum.
 * Returns the counts and one line per problem.
 */
export function summarise(report, projects, minimums = MINIMUM_TESTS) {
  const ran = Object.fromEntries(projects.map((p) => [p, 0]));
  const problems = [];
  let passed = 0;
  let failed = 0;
  let notRun = 0;
  for (const file of report.testResults ?? []) {
    const project = projectOf(file.name);
    let failedHere = 0;
    for (const test of file.assertionResults ?? []) {
      const where = `${relative(root, file.name)} › ${test.fullName}`;
      if (test.status === 'passed') {
        passed += 1;
        ran[project] = (ran[project] ?? 0) + 1;
      } else if (NOT_RUN.has(test.status)) {
        notRun += 1;
        problems.push(`not run (${test.status}): ${where}`);
      } else {
        failed += 1;
        failedHere += 1;
        ran[project] = (ran[project] ?? 0) + 1;
      }
    }
    // A file that failed to load or whose hooks threw can fail without any failed test.
    if (file.status === 'failed' && failedHere === 0) {
      failed += 1;
      problems.push(`file failed: ${relative(root, file.name)}: ${(file.message ?? '').split('\n')[0]}`);
    }
  }
  // vitest's own totals, in case a test was left out of the per-file lists.
  const reportedNotRun = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  if (reportedNotRun > notRun) {
    problems.push(`vitest reports ${reportedNotRun} pending or todo tests, ${notRun} listed above`);
    notRun = reportedNotRun;
  }
  if (report.numTotalTestSuites > 0 && !report.success && failed === 0 && notRun === 0) {
    failed += 1;
    problems.push('vitest reports the run as failed without a failed test');
  }
  let belowMinimum = 0;
  for (const project of projects) {
    const minimum = minimums[project] ?? 1;
    if ((ran[project] ?? 0) < minimum) {
      belowMinimum += 1;
      problems.push(`too few tests: ${project} ran ${ran[project] ?? 0}, at least ${minimum} expected`);
    }
  }
  return { passed, failed, notRun, belowMinimum, ran, problems };
}

function main(args) {
  let passed = 0;
  let failed = 0;
  let notRun = 0;
  let belowMinimum = 0;
  for (const arg of args) {
    const [file = '', list = ''] = arg.split('=');
    const projects = list.split(',').filter(Boolean);
    console.log(`\n${basename(file)}:`);
    if (!existsSync(file)) {
      failed += 1;
      console.log('  missing report: the run did not finish');
      continue;
    }
    const result = summarise(JSON.parse(readFileSync(file, 'utf8')), projects);
    for (const project of projects)
      console.log(`  ${project}: ${result.ran[project] ?? 0} tests ran (minimum ${MINIMUM_TESTS[project] ?? 1})`);
    for (const line of result.problems) console.log(`  ${line}`);
    passed += result.passed;
    failed += result.failed;
    notRun += result.notRun;
    belowMinimum += result.belowMinimum;
  }
  const checkFailed = Number(process.env.CHECK_FAILED || 0);
  const reasons = [
    notRun > 0 && `${notRun} skipped, pending or todo tests`,
    belowMinimum > 0 && `${belowMinimum} projects below their minimum`,
    checkFailed > 0 && 'the type check or lint',
  ].filter(Boolean);
  if (reasons.length > 0) console.log(`\ncounted as failed: ${reasons.join('; ')}`);
  const total = failed + notRun + belowMinimum + checkFailed;
  console.log(`${passed} passed, ${total} failed`);
  return total === 0 ? 0 : 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
