-- Failed attempts counted in fixed windows under a key: a staff account's logins, a trusted device's logins, a
-- user's password changes, bad single-use codes on a link. In the database so every server process counts together.
-- Nothing here identifies a respondent: per-client counts (addresses) are kept in each process's memory only.
alter table login_failures rename to failed_attempts;
alter table failed_attempts rename column email to key;
alter table failed_attempts rename column failures to attempts;
update failed_attempts set key = 'login:' || key;

-- Browsers a staff member logged in from before: their attempts are counted apart from everyone else's, so a
-- guesser who locks the account for unknown devices does not lock out its owner (OWASP "device cookies").
create table trusted_devices (
  -- sha256 of the cookie's token, like sessions.
  id text primary key,
  user_id uuid not null references users (id) on delete cascade,
  expires_at timestamptz not null
);
create index trusted_devices_user on trusted_devices (user_id);
