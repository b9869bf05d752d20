import { randomUUID } from 'node:crypto';
import type { Audience } from '@driehoek/shared';
import type { InstrumentCatalog } from '@driehoek/surveys';
import { insertRound } from '../features/rounds/queries';
import { insertLocation } from '../features/structure/location-queries';
import { insertIkc, insertOrganisation } from '../features/structure/organisation-queries';
import { asJson, type RootSql } from '../platform/db';
import { seedDemo } from '../seed/demo';
import { createRandom, syntheticAnswers } from '../seed/synthetic-answers';

/** An open answer a hostile parent might write; the researcher approved it, so it reaches the report. */
export const HOSTILE_ANSWER = '<script>alert("x")</script><img src=x onerror=alert(1)> =HYPERLINK("http://evil")';
/** What only the four professionals of the small round wrote: must appear in no report and no export. */
export const SMALL_GROUP_MARK = 'ALLEEN-VIER-PROFESSIONALS';

export type ReportRounds = {
  demoRoundId: string;
  demoOrganisationId: string;
  demoIkcId: string;
  smallRoundId: string;
  smallOrganisationId: string;
};

/**
 * The demo seed (two locations with realistic synthetic responses), plus for Locatie Noord two mystery-guest visits
 * per touchpoint and reviewed open answers (one hostile, one redacted, one hidden); and a separate round where only
 * four professionals answered beside 30 parents.
 */
export async function seedReportRounds(sql: RootSql, catalog: InstrumentCatalog, now: Date): Promise<ReportRounds> {
  await seedDemo(sql, catalog, now);
  const [demo] = await sql<{ id: string; organisationId: string; ikcId: string }[]>`
    select r.id, i.organisation_id as "organisationId", i.id as "ikcId"
      from rounds r join locations loc on loc.id = r.location_id join ikcs i on i.id = loc.ikc_id
     where loc.name = 'Locatie Noord'`;
  if (!demo) throw new Error('demo seed has no Locatie Noord');
  const random = createRandom(42);
  for (const form of catalog.latestOf('mystery-guest')) {
    for (let i = 0; i < 2; i++) {
      const answers = syntheticAnswers(form, random, { targets: { C3: 2.6, C5: 2.2, C8: 1.8, C9: 2.4 } });
      await sql`insert into visits (id, round_id, instrument_key, instrument_version, answers, visited_on)
                values (${randomUUID()}, ${demo.id}, ${form.key}, ${form.version}, ${asJson(sql, answers)}, '2026-11-16')`;
    }
  }
  const open = await sql<{ id: string }[]>`
    select id from responses where round_id = ${demo.id} and audience = 'parents' and status = 'complete'
     order by md5(id::text) limit 3`;
  const reviews = [
    { decision: 'shareable', redacted: HOSTILE_ANSWER },
    { decision: 'shareable', redacted: '=1+1 De juf [naam] neemt echt de tijd.' },
    { decision: 'hidden', redacted: null },
  ];
  for (const [i, r] of open.entries()) {
    const review = reviews[i];
    if (!review) continue;
    await sql`update responses set answers = answers || ${asJson(sql, { open_change: `origineel antwoord ${i}` })} where id = ${r.id}`;
    await sql`insert into open_answer_reviews (response_id, question, decision, redacted)
              values (${r.id}, 'open_change', ${review.decision}, ${review.redacted})`;
  }

  const organisationId = await insertOrganisation(sql, { name: 'Gemeente Klein', kind: 'municipality' });
  const ikcId = await insertIkc(sql, { organisationId, name: 'IKC Klein' });
  const locationId = await insertLocation(sql, { ikcId, name: 'Locatie Klein', families: 60, professionals: 8 });
  const instruments: Partial<Record<Audience, { key: string; version: number }>> = {};
  for (const audience of ['parents', 'professionals'] as const) {
    const latest = catalog.latest(audience);
    if (latest) instruments[audience] = { key: latest.key, version: latest.version };
  }
  const { roundId, links } = await insertRound(sql, {
    locationId,
    kind: 'baseline',
    status: 'closed',
    opensOn: '2026-10-01',
    closesOn: '2026-10-31',
    instruments,
  });
  for (const [audience, count] of [
    ['parents', 30],
    ['professionals', 4],
  ] as const) {
    const file = catalog.latest(audience);
    const linkId = links[audience];
    if (!file || !linkId) throw new Error(`no ${audience} instrument`);
    const rows = Array.from({ length: count }, () => ({
      id: randomUUID(),
      link_id: linkId,
      round_id: roundId,
      audience,
      instrument_key: file.key,
      instrument_version: file.version,
      locale: 'nl',
      answers: asJson(sql, {
        ...syntheticAnswers(file, random, { targets: {} }),
        ...(audience === 'professionals' ? { open_change: SMALL_GROUP_MARK } : {}),
      }),
      status: 'complete',
      received_on: '2026-10-15',
    }));
    await sql`insert into responses ${sql(rows, 'id', 'link_id', 'round_id', 'audience', 'instrument_key', 'instrument_version', 'locale', 'answers', 'status', 'received_on')}`;
  }
  return {
    demoRoundId: demo.id,
    demoOrganisationId: demo.organisationId,
    demoIkcId: demo.ikcId,
    smallRoundId: roundId,
    smallOrganisationId: organisationId,
  };
}
