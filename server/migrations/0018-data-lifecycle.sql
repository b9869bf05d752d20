-- The data lifecycle (issue 22, decision 0015): how long raw answers are kept after publication, which responses the
-- researcher left out of scoring, and which responses arrived in a burst the monitor flagged.

-- Days after a round's first publication until its raw data is deleted; null: not set, nothing is deleted
-- automatically (a default would start deleting existing organisations' data on the first run after this migration).
alter table organisations add column retention_days integer check (retention_days between 0 and 3650);

-- The day the round's raw data (answers, open answers and their reviews, visits, codes, traffic) was deleted: its
-- publications stay and say so; nothing can be scored or published again.
alter table rounds add column raw_data_deleted_on date;

-- Responses the researcher excluded from scoring, with why. The response itself stays (visible to researchers as
-- excluded, and included again by deleting this row). A date only: like the response, no time of day.
create table response_exclusions (
  response_id uuid primary key references responses (id) on delete cascade,
  reason text not null check (length(trim(reason)) between 3 and 500),
  excluded_by uuid references users (id),
  excluded_on date not null
);

-- Responses that arrived on one link in a minute with at least the monitor's peak of new responses, grouped by an
-- opaque random id per burst (and server process). It says which responses came together, never when: no minute, no
-- order between bursts. The rows are written again when the round closes, like the responses (decision 0003).
create table response_bursts (
  response_id uuid primary key references responses (id) on delete cascade,
  burst uuid not null
);
create index response_bursts_burst on response_bursts (burst);
