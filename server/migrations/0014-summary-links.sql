-- Public links to a round's summaries for parents and children (decision 0011). A link shows whatever publication
-- of the round's report is in force; renewing gives a new id and ends the old one, withdrawing ends it without a
-- new one. Ended links stay as rows so an old letter's address answers "niet meer beschikbaar" instead of "unknown".
create table summary_links (
  -- 128 random bits, base64url (22 characters), like a respondent's link: unguessable, short enough for a QR code.
  id text primary key check (id ~ '^[A-Za-z0-9_-]{22}$'),
  round_id uuid not null references rounds (id) on delete cascade,
  created_at timestamptz not null default now(),
  created_by uuid references users (id),
  ended_at timestamptz,
  ended_by uuid references users (id)
);
-- At most one working link per round.
create unique index summary_links_one_active on summary_links (round_id) where ended_at is null;
