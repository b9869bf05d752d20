-- Data model v0: organisations → IKCs → locations; rounds pin questionnaire versions; links; responses.
-- Privacy: no table holds an IP address or user agent, and responses carry a date without time of day.

create table organisations (
  id uuid primary key default gen_random_uuid(),
  name text not null check (length(name) between 1 and 200),
  kind text not null check (kind in ('municipality', 'school_board')),
  archived_at timestamptz,
  created_at timestamptz not null default now()
);

create table ikcs (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisations (id),
  name text not null check (length(name) between 1 and 200),
  archived_at timestamptz,
  created_at timestamptz not null default now()
);
create index ikcs_organisation on ikcs (organisation_id);

create table locations (
  id uuid primary key default gen_random_uuid(),
  ikc_id uuid not null references ikcs (id),
  name text not null check (length(name) between 1 and 200),
  address text,
  has_school boolean not null default true,
  has_childcare boolean not null default true,
  -- Denominators of response rates.
  families integer check (families >= 0),
  pupils_8_12 integer check (pupils_8_12 >= 0),
  professionals integer check (professionals >= 0),
  archived_at timestamptz,
  created_at timestamptz not null default now()
);
create index locations_ikc on locations (ikc_id);

create table rounds (
  id uuid primary key default gen_random_uuid(),
  location_id uuid not null references locations (id),
  kind text not null check (kind in ('baseline', 'follow_up')),
  status text not null default 'draft' check (status in ('draft', 'open', 'closed', 'reported')),
  opens_on date not null,
  closes_on date not null,
  created_at timestamptz not null default now(),
  check (closes_on >= opens_on)
);
create index rounds_location on rounds (location_id);

-- The questionnaire version each audience of a round answers, pinned when the round is created.
create table round_instruments (
  round_id uuid not null references rounds (id) on delete cascade,
  audience text not null check (audience in ('parents', 'professionals', 'children')),
  instrument_key text not null,
  instrument_version integer not null,
  primary key (round_id, audience)
);

create table links (
  -- 128 random bits, base64url.
  id text primary key check (id ~ '^[A-Za-z0-9_-]{22}$'),
  round_id uuid not null,
  audience text not null,
  created_at timestamptz not null default now(),
  unique (round_id, audience),
  foreign key (round_id, audience) references round_instruments (round_id, audience)
);

create table responses (
  -- Chosen by the client, so every save is idempotent.
  id uuid primary key,
  link_id text not null references links (id),
  round_id uuid not null references rounds (id),
  audience text not null,
  instrument_key text not null,
  instrument_version integer not null,
  locale text not null,
  answers jsonb not null,
  status text not null check (status in ('partial', 'complete')),
  -- The date only: a time of day could link a response to a person.
  received_on date not null
);
create index responses_round on responses (round_id, audience, status);

create table users (
  id uuid primary key default gen_random_uuid(),
  email text not null unique check (email = lower(email)),
  name text not null,
  role text not null check (role in ('admin', 'researcher', 'ikc', 'municipality')),
  password_hash text,
  created_at timestamptz not null default now()
);

create table sessions (
  -- sha256 of the cookie's token: a leaked table does not leak sessions.
  id text primary key,
  user_id uuid not null references users (id) on delete cascade,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null
);
create index sessions_user on sessions (user_id);
