-- Every new response on a link bumped one counter row, so concurrent submissions queued on that row's lock until
-- each commit reached the disk (about 200 per second). Spreading the count over shards removes the queue; the
-- limit reads the sum.
alter table link_traffic add column shard smallint not null default 0;
alter table link_traffic drop constraint link_traffic_pkey;
alter table link_traffic add primary key (link_id, minute, shard);
