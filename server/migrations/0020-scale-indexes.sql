-- National scale (issue 24): an overview of 6,000 locations pages, filters and sorts in SQL over the stored rows,
-- and no query of the overview, a report or an export reads a whole large table.

-- The stored overview row says which publication it was read from (the rows a job re-stores are found by joining,
-- not by parsing a text fingerprint), how it was derived (`revision`: raised in code when the derivation changes, after
-- which the background job writes every row again) and its levels per criterion as {"C1": 2, "C2": null, …}, so the
-- overview can count and filter levels without unpacking the cells.
alter table location_scores
  add column publication_id uuid references report_publications (id) on delete cascade,
  add column revision integer not null default 0,
  add column levels jsonb not null default '{}'::jsonb;
update location_scores
   set publication_id = substr(fingerprint, 13)::uuid
 where fingerprint ~ '^publication:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
   and exists (select 1 from report_publications p where p.id::text = substr(fingerprint, 13));
-- A row from before publications (or of a publication since removed) is not worth converting: the job writes it anew.
delete from location_scores where publication_id is null;
update location_scores s
   set levels = coalesce((select jsonb_object_agg(c ->> 'criterion', c -> 'level')
                            from jsonb_array_elements(s.scored -> 'cells') c), '{}'::jsonb);
-- Revision 0 on every converted row: the job re-stores them once with the current code.
alter table location_scores
  alter column publication_id set not null,
  drop column fingerprint;
create index location_scores_publication on location_scores (publication_id);

-- A location's latest reported round (the overview's levels), its latest closed one ("nog niet gepubliceerd"), and the
-- rounds of a location in date order, each one index probe instead of reading all the location's rounds.
create index rounds_location_status on rounds (location_id, status, opens_on desc, created_at desc);
drop index rounds_location;
