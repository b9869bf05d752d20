-- Plans of action: per location, started from a report round; goals per criterion with Knoster's five conditions;
-- actions with owner, dates and status; and every status change or evidence note over time.

create table plans (
  id uuid primary key default gen_random_uuid(),
  location_id uuid not null references locations (id),
  -- The round whose report the plan starts from: one plan per round.
  round_id uuid not null unique references rounds (id),
  title text not null check (length(title) between 1 and 200),
  -- The action library version the suggestions came from, pinned like a round pins its questionnaires.
  library_version integer not null,
  -- "Blijven de tienminutengesprekken bestaan?"; null while unanswered.
  ten_minute_rounds_stay text check (ten_minute_rounds_stay in ('yes', 'partly', 'no')),
  created_by uuid references users (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index plans_location on plans (location_id);

create table plan_goals (
  id uuid primary key default gen_random_uuid(),
  plan_id uuid not null references plans (id) on delete cascade,
  criterion text not null check (criterion ~ '^C([1-9]|10)$'),
  ambition integer not null check (ambition in (2, 3)),
  goal text not null default '' check (length(goal) <= 2000),
  -- Knoster's conditions for change, as the team wrote them.
  vision text not null default '' check (length(vision) <= 2000),
  skills text not null default '' check (length(skills) <= 2000),
  incentives text not null default '' check (length(incentives) <= 2000),
  resources text not null default '' check (length(resources) <= 2000),
  action_plan text not null default '' check (length(action_plan) <= 2000),
  created_at timestamptz not null default now(),
  unique (plan_id, criterion)
);

create table plan_actions (
  id uuid primary key default gen_random_uuid(),
  goal_id uuid not null references plan_goals (id) on delete cascade,
  -- The library action it was taken from; null for the team's own action.
  library_key text,
  title text not null check (length(title) between 1 and 200),
  description text not null default '' check (length(description) <= 2000),
  owner text not null default '' check (length(owner) <= 120),
  starts_on date,
  due_on date,
  status text not null default 'planned' check (status in ('planned', 'in_progress', 'done', 'stopped')),
  -- The basic form the action uses (form:start-conversation …), from the library.
  form text check (form ~ '^form:[a-z][a-z-]*$'),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (due_on is null or starts_on is null or due_on >= starts_on)
);
create index plan_actions_goal on plan_actions (goal_id);

-- Status changes and evidence notes, who and when: the plan's history for the IKC committee.
create table plan_updates (
  id uuid primary key default gen_random_uuid(),
  plan_id uuid not null references plans (id) on delete cascade,
  action_id uuid not null references plan_actions (id) on delete cascade,
  from_status text check (from_status in ('planned', 'in_progress', 'done', 'stopped')),
  to_status text not null check (to_status in ('planned', 'in_progress', 'done', 'stopped')),
  note text check (length(note) <= 2000),
  user_id uuid references users (id),
  at timestamptz not null default now()
);
create index plan_updates_plan on plan_updates (plan_id, at);
