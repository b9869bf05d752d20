-- The researcher's report: judgement beside the computed levels, and publications that freeze what the IKC team,
-- the municipality, the overview and the plan of action see (decision 0009). A round is 'reported' exactly while it
-- has a publication in force.

-- The report's summary: what goes well, what to work on, advice.
create table report_judgements (
  round_id uuid primary key references rounds (id) on delete cascade,
  strengths text not null default '' check (length(strengths) <= 4000),
  improvements text not null default '' check (length(improvements) <= 4000),
  advice text not null default '' check (length(advice) <= 4000),
  updated_by uuid references users (id),
  updated_at timestamptz not null default now()
);

-- Per criterion: the researcher's interpretation and, when they disagree with the computed level, their level with
-- the reason (never one without the other).
create table criterion_judgements (
  round_id uuid not null references rounds (id) on delete cascade,
  criterion text not null check (criterion ~ '^C([1-9]|10)$'),
  interpretation text not null default '' check (length(interpretation) <= 4000),
  adjusted_level smallint check (adjusted_level in (1, 2, 3)),
  reason text check (length(reason) <= 2000),
  updated_by uuid references users (id),
  updated_at timestamptz not null default now(),
  primary key (round_id, criterion),
  check (adjusted_level is null or length(trim(coalesce(reason, ''))) > 0)
);

-- Mystery-guest notes and observations the researcher chose to quote in the report.
create table report_quotes (
  round_id uuid not null references rounds (id) on delete cascade,
  visit_id uuid not null references visits (id) on delete cascade,
  question text not null,
  primary key (round_id, visit_id, question)
);

-- Every publication of a round's report, with the snapshot readers see. The one in force is the newest version that
-- was not retracted; an earlier version stays as history.
create table report_publications (
  id uuid primary key default gen_random_uuid(),
  round_id uuid not null references rounds (id) on delete cascade,
  version integer not null check (version >= 1),
  snapshot jsonb not null,
  fingerprint text not null,
  published_at timestamptz not null default now(),
  published_by uuid references users (id),
  retracted_at timestamptz,
  retracted_by uuid references users (id),
  retract_reason text check (length(retract_reason) <= 2000),
  unique (round_id, version)
);
create index report_publications_round on report_publications (round_id, version desc);

-- Rounds marked 'reported' before publications existed have no snapshot to show: they go back to 'closed', so the
-- researcher publishes them (and only then do IKC and municipality users see their report).
update rounds set status = 'closed' where status = 'reported';
