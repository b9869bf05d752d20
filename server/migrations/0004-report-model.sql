-- The scan model version a round is scored with, pinned like its questionnaires: a newer model never changes the
-- report of an earlier round.
alter table rounds add column model_version integer not null default 1;
