-- Two indexes for the resident list (src/modules/residents/store.ts listResidents), found with
-- EXPLAIN (ANALYZE, BUFFERS) on 1,000,000 generated residents in 20 municipalities (~59,000 in the largest);
-- plans and numbers in docs/performance.md.
-- Both are plain CREATE INDEX (migrations run in a transaction): on a table of a million rows each takes
-- about a second, during which writes to residents wait.

-- The municipality-wide list ("all": the default view of an income consultant) is ordered by surname, id.
-- The caseload and team views have their own (municipality_id, contact_person_id|team_id, surname, id)
-- indexes; the municipality view had none, so every page fetched and sorted every resident of the
-- municipality: page 1 took 51 ms (Bitmap Heap Scan of 59,427 rows + top-N sort); with this index it is
-- an Index Scan that stops after 25 rows: 0.4 ms. Filtered municipality lists (target group + ladder
-- category) walk it in order too: 36 ms → 5.5 ms.
CREATE INDEX residents_municipality_name ON residents (municipality_id, surname, id);

-- Postcode search is `postcode LIKE '1234AB%'`. A btree with the default operator class can only serve
-- LIKE under the "C" collation; under any other (C.UTF-8 here, nl_NL/en_US in production) residents_postcode
-- is used for municipality_id alone and every postcode of the municipality is filtered (59,417 rows removed
-- for a 10-row answer: page 20 ms, count 4.4 ms). The pattern operator class turns the prefix into an index
-- range: page 0.09 ms, count 0.02 ms. (residents_postcode itself then serves no query of the store.)
CREATE INDEX residents_postcode_prefix ON residents (municipality_id, postcode bpchar_pattern_ops);
