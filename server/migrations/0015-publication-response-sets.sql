-- Which complete responses each publication of a round scored. A new publication whose responses of a perspective
-- differ from an earlier publication's by fewer than the minimum group size is refused: laid side by side, the two
-- would give those few respondents' answers by subtraction (the time axis of anonymity).
create table publication_responses (
  publication_id uuid not null references report_publications (id) on delete cascade,
  -- No foreign key on purpose: a response removed later must still count as a difference against this publication,
  -- whose snapshot still carries it.
  response_id uuid not null,
  perspective text not null,
  primary key (publication_id, response_id)
);
