import { existsSync, readFileSync } from 'node:fs';
import { loadInstruments, loadScanModel } from '@driehoek/surveys';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '../../platform/db';
import { silentLogger } from '../../platform/logger';
import { insertSyntheticRound } from '../../seed/synthetic-round';
import { openTestDatabase, testClock } from '../../test-support/test-database';
import { buildRoundReport } from '../reports/build-report';
import { insertLocation } from '../structure/location-queries';
import { insertIkc, insertOrganisation } from '../structure/organisation-queries';
import { SCORING_REVISION, scoredCells } from './location-scores';

// Stored overview rows are only rescored when their inputs or SCORING_REVISION change. A change to scoring or to the
// cell's labels that leaves the revision alone would keep showing municipalities the old levels: this test pins
// the cells of one fixed location (two seeded rounds) to the revision that produced them.
const GOLDEN = new URL('./scoring-revision.golden.json', import.meta.url);

let db: Database;
let roundId = '';
beforeAll(async () => {
  db = await openTestDatabase();
  const sql = db.sql;
  const organisationId = await insertOrganisation(sql, { name: 'Gemeente Vast', kind: 'municipality' });
  const ikcId = await insertIkc(sql, { organisationId, name: 'IKC Vast' });
  const locationId = await insertLocation(sql, { ikcId, name: 'Vast', families: 80 });
  const counts = { parents: 40, professionals: 10, children: 20 };
  const round = (kind: 'baseline' | 'follow_up', opensOn: string, target: number, seed: number) =>
    insertSyntheticRound(sql, loadInstruments(), {
      locationId,
      kind,
      status: 'closed',
      opensOn,
      closesOn: opensOn.replace(/-01$/, '-28'),
      counts,
      targets: Object.fromEntries(loadScanModel().criteria.map((c, i) => [c.id, target + (i % 3) * 0.3])),
      seed,
    });
  await round('baseline', '2026-10-01', 1.3, 11);
  ({ roundId } = await round('follow_up', '2027-10-01', 2.1, 12));
}, 60_000);
afterAll(() => db?.close());

it('pins the overview cells of a fixed location to SCORING_REVISION', async () => {
  const deps = { sql: db.sql, catalog: loadInstruments(), now: testClock().now, logger: silentLogger };
  const cells = scoredCells(loadScanModel().criteria, await buildRoundReport(deps, roundId));
  // The baseline round's id is random; its date is not.
  const actual = { revision: SCORING_REVISION, baseline: cells.baseline?.opensOn ?? null, cells: cells.cells };
  const golden = existsSync(GOLDEN) ? (JSON.parse(readFileSync(GOLDEN, 'utf8')) as typeof actual) : undefined;
  expect(
    actual,
    golden?.revision === SCORING_REVISION
      ? 'The overview cells changed while SCORING_REVISION stayed the same: stored rows would keep the old levels. ' +
          'Raise SCORING_REVISION in location-scores.ts, then write these cells with the new revision to ' +
          'scoring-revision.golden.json.'
      : 'scoring-revision.golden.json is for another revision (or missing): write the cells above with this one.',
  ).toEqual(golden);
});
