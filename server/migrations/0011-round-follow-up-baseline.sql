-- A follow-up round names the round it is compared with (issue 21): the report compares with that round instead of
-- guessing the latest earlier one at the location. Null for baselines and for rounds made before this column.
alter table rounds add column baseline_round_id uuid references rounds (id);
create index rounds_baseline on rounds (baseline_round_id) where baseline_round_id is not null;
