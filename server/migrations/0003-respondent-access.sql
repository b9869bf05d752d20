-- When a round was closed by hand: respondents who were answering may still submit during the grace period.
alter table rounds add column closed_at timestamptz;

-- New responses per link per minute: counts only, no response ids, so it cannot identify anyone. Shared by every
-- server process, so the rate limit holds behind a load balancer.
create table link_traffic (
  link_id text not null references links (id) on delete cascade,
  minute timestamptz not null,
  new_responses integer not null default 0,
  primary key (link_id, minute)
);
