-- The report of a whole IKC (issue 18.4, decision 0013): computed only from the publications in force of its
-- locations, published by the researcher like a location report. The one in force is the newest version that was
-- not retracted; earlier versions stay as history (and for the time axis below).
create table ikc_report_publications (
  id uuid primary key default gen_random_uuid(),
  ikc_id uuid not null references ikcs (id) on delete cascade,
  version integer not null check (version >= 1),
  snapshot jsonb not null,
  published_at timestamptz not null default now(),
  published_by uuid references users (id),
  retracted_at timestamptz,
  retracted_by uuid references users (id),
  retract_reason text check (length(retract_reason) <= 2000),
  unique (ikc_id, version)
);
create index ikc_report_publications_ikc on ikc_report_publications (ikc_id, version desc);

-- Which responses each shown school/childcare group of a publication used, per location and perspective, and the
-- hidden rest (which follows from the location's published total by subtraction). A later version hides a split whose
-- sets differ from any earlier version's by 1 to minGroupSize - 1 responses: side by side they would give those
-- respondents' answers away.
create table ikc_report_split_responses (
  publication_id uuid not null references ikc_report_publications (id) on delete cascade,
  location_id uuid not null references locations (id),
  perspective text not null check (perspective in ('parents', 'professionals')),
  sector_group text not null check (sector_group in ('school', 'childcare', 'both', 'rest')),
  -- No foreign key on purpose (as publication_responses): a response removed later still differs from this set.
  response_id uuid not null,
  primary key (publication_id, location_id, perspective, sector_group, response_id)
);
