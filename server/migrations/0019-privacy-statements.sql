-- The privacy statement of an organisation (issue 22.4): what it writes itself (controller, contact, data protection
-- officer, its own explanation), shown beside fixed text in the parents' six languages. The fixed parts live in
-- surveys/privacy/v<N>.json, not here.

-- The public id of an organisation's statement: 22 base64url characters from 128 random bits. Every organisation
-- has one from the start, so every landing page, letter and poster can link the statement before it is written.
alter table organisations
  add column privacy_id text not null unique
    default translate(encode(decode(replace(gen_random_uuid()::text, '-', ''), 'hex'), 'base64'), '+/=', '-_');

-- What the organisation wrote; no row until it saved once (the page then names the organisation and says so).
create table privacy_statements (
  organisation_id uuid primary key references organisations (id) on delete cascade,
  controller text not null check (length(controller) between 2 and 200),
  contact text not null check (length(contact) between 5 and 500),
  privacy_officer text not null default '' check (length(privacy_officer) <= 300),
  own_text text not null default '' check (length(own_text) <= 3000),
  text_locale text not null check (text_locale in ('nl', 'en', 'ar', 'tr', 'pl', 'uk')),
  updated_on date not null,
  updated_by uuid references users (id) on delete set null
);
