-- A response's round and audience are its link's: one foreign key on (link_id, round_id, audience) says so, where
-- two separate keys (link, round) allowed a response whose round was not its link's. One check per inserted
-- response instead of two (the checks were half of a batch insert's execution time, decision 0006), though the
-- bench showed no throughput change beyond its noise.
alter table links add constraint links_id_round_audience_key unique (id, round_id, audience);
alter table responses
  add constraint responses_link_round_audience_fkey foreign key (link_id, round_id, audience)
    references links (id, round_id, audience);
alter table responses drop constraint responses_link_id_fkey;
alter table responses drop constraint responses_round_id_fkey;
