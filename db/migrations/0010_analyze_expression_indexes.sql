-- The statistics of an expression index (lower(city), lower(country), lower(name), …) are gathered only by
-- ANALYZE of its table. Without them the planner assumes 0.5 % of the rows for any `lower(city) = …` and
-- picks nested loops where a hash join is faster (a 1,000,000-contact filter on city and a custom field:
-- 5,000 rows expected, 83,000 found). Autovacuum analyzes a table only after enough of it changes, so
-- the indexes of migration 0007 get their statistics here.
ANALYZE "contacts";--> statement-breakpoint
ANALYZE "accounts";--> statement-breakpoint
ANALYZE "deals";
