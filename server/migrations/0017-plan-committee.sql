-- The municipality's IKC committee responds to a plan of action (issue 21.6): decisions (for example on a subsidy
-- request) and a thread with the IKC team.

-- Decisions are never updated: a new decision replaces the one in force and names it in `replaces`, so the history
-- stays whole and nothing changes silently. The one in force is the decision no other decision replaces.
create table plan_decisions (
  id uuid primary key default gen_random_uuid(),
  plan_id uuid not null references plans (id) on delete cascade,
  -- What it is about: "Subsidieaanvraag 2027".
  subject text not null check (length(subject) between 1 and 200),
  outcome text not null check (outcome in ('granted', 'not_granted', 'revise')),
  -- In cents; only with "granted", so no amount reads as money granted when it was not.
  amount_cents integer check (amount_cents between 1 and 1000000000),
  reason text not null default '' check (length(reason) <= 2000),
  -- The day the committee decided, which may lie before the day it was recorded.
  decided_on date not null,
  decided_by uuid references users (id),
  recorded_at timestamptz not null default now(),
  -- Deferred: a backup restores rows in key order, and a decision may sort before the one it replaces.
  replaces uuid unique references plan_decisions (id) deferrable initially deferred,
  check (outcome = 'granted' or length(reason) > 0),
  check (outcome = 'granted' or amount_cents is null),
  check (replaces is null or replaces <> id)
);
create index plan_decisions_plan on plan_decisions (plan_id, recorded_at desc);
-- One first decision per plan; with `replaces` unique, the decisions of a plan form a single line.
create unique index plan_decisions_first on plan_decisions (plan_id) where replaces is null;

-- One thread per plan: the committee asks, the IKC team answers.
create table plan_comments (
  id uuid primary key default gen_random_uuid(),
  plan_id uuid not null references plans (id) on delete cascade,
  body text not null check (length(body) between 1 and 2000),
  user_id uuid references users (id),
  -- The writer's role when writing, so the thread still says who spoke for whom after a role changes.
  author_role text not null check (author_role in ('admin', 'researcher', 'ikc', 'municipality')),
  at timestamptz not null default now()
);
create index plan_comments_plan on plan_comments (plan_id, at);
