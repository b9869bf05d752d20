-- A location's scored overview row (levels of its latest closed round and the movement from the round before),
-- stored when a round closes and whenever a view finds it stale, so every server process reads instead of rescoring.
-- `fingerprint` names everything the row was scored from; a row whose fingerprint no longer matches is rescored.
create table location_scores (
  location_id uuid primary key references locations (id) on delete cascade,
  fingerprint text not null,
  scored jsonb not null
);
