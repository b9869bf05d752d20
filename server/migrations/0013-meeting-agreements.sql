-- What the IKC team agreed in the feedback meeting (issue 18.1): the criteria it gives priority, in order, and a
-- short note, recorded by the researcher after the meeting. One row per round; the plan of action starts from it.
-- The publication the meeting was held on is kept, so a later version of the report does not rewrite what was
-- presented; it is set null when that publication row is ever removed with its round.
create table meeting_agreements (
  round_id uuid primary key references rounds (id) on delete cascade,
  met_on date not null,
  priorities text[] not null check (
    cardinality(priorities) between 1 and 3
    and priorities <@ array['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8', 'C9', 'C10']
  ),
  note text not null default '' check (length(note) <= 2000),
  publication_id uuid references report_publications (id) on delete set null,
  recorded_by uuid references users (id),
  recorded_at timestamptz not null default now()
);
