DROP INDEX "accounts_name_trgm";--> statement-breakpoint
DROP INDEX "deals_name_trgm";