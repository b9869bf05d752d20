-- Double coding of mystery-guest visits (issue 16.3): two raters who code one visit give their codings the same
-- visit code (mg_visit_code) on the same form; the researcher settles the ticks they answered differently. One row
-- per visit: the decisions, keyed by the tick's question name, score instead of the merge of the codings.
-- `visit_code` is stored as scoring reads it (trimmed, upper case). A coding changed after the settlement shows the
-- settlement as to be done again; the decisions stay until the researcher replaces them.
create table visit_settlements (
  round_id uuid not null references rounds (id) on delete cascade,
  instrument_key text not null,
  visit_code text not null,
  answers jsonb not null,
  settled_by uuid references users (id),
  settled_at timestamptz not null default now(),
  primary key (round_id, instrument_key, visit_code)
);

-- The order codings were first stored in: the first coding of a visit gives its context and facts when codings are
-- merged, so scoring reads visits in this order (updated_at moves on every save; heap order moves on updates).
-- Visits stored before this migration get the time it ran, and their id as the tie-break.
alter table visits add column created_at timestamptz not null default now();
