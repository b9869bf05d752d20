-- Staff workspace: scoped roles, invitations, login throttling, audit log, single-use codes, mystery-guest
-- visits and the review of open answers.

alter table users add column disabled_at timestamptz;

-- What a user may see besides their role: researcher → organisations; municipality → one organisation;
-- ikc → one IKC or chosen locations. Admins need no rows.
create table user_scopes (
  user_id uuid not null references users (id) on delete cascade,
  organisation_id uuid references organisations (id),
  ikc_id uuid references ikcs (id),
  location_id uuid references locations (id),
  check (num_nonnulls(organisation_id, ikc_id, location_id) = 1)
);
create index user_scopes_user on user_scopes (user_id);
create unique index user_scopes_unique on user_scopes (user_id, coalesce(organisation_id, ikc_id, location_id));

-- Invitation and reset links: single use, hashed like sessions.
create table password_tokens (
  id text primary key,
  user_id uuid not null references users (id) on delete cascade,
  purpose text not null check (purpose in ('invite', 'reset')),
  expires_at timestamptz not null,
  used_at timestamptz
);

-- Failed logins per email in fixed windows; in the database so every server process sees the same count.
create table login_failures (
  email text not null,
  window_start timestamptz not null,
  failures integer not null default 0,
  primary key (email, window_start)
);

-- Who did what to which object, never respondent content.
create table audit_log (
  id bigserial primary key,
  at timestamptz not null default now(),
  user_id uuid references users (id),
  action text not null,
  target_type text not null,
  target_id text,
  details jsonb not null default '{}'
);
create index audit_log_at on audit_log (at desc);

alter table rounds add column single_use_codes boolean not null default false;
alter table rounds add column name text;

-- Single-use codes. Deliberately no timestamps and no link to responses: a code cannot be tied to answers.
create table access_codes (
  code text primary key check (code ~ '^[A-Z2-9]{8}$'),
  round_id uuid not null references rounds (id) on delete cascade,
  audience text not null check (audience in ('parents', 'professionals', 'children')),
  batch integer not null,
  used boolean not null default false,
  -- Only while the respondent is still answering, so they can resume on any device; cleared on completion, after
  -- which nothing ties the code to the answers.
  resume_response_id uuid
);
create index access_codes_round on access_codes (round_id, audience, batch);

-- Mystery-guest visits: the id is chosen by the client, so a form syncs exactly once like a response.
create table visits (
  id uuid primary key,
  round_id uuid not null references rounds (id),
  instrument_key text not null,
  instrument_version integer not null,
  answers jsonb not null,
  visited_on date not null,
  recorded_by uuid references users (id),
  updated_at timestamptz not null default now()
);
create index visits_round on visits (round_id);

-- The researcher's decision on each open answer; `redacted` replaces the text everywhere it is shown.
create table open_answer_reviews (
  response_id uuid not null references responses (id) on delete cascade,
  question text not null,
  decision text not null check (decision in ('shareable', 'hidden')),
  redacted text,
  primary key (response_id, question)
);
