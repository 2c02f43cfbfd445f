DROP INDEX "organizations_search_trgm_idx";--> statement-breakpoint
CREATE INDEX "organizations_search_trgm_idx" ON "organizations" USING gin ("search_key" gin_trgm_ops) WITH (fastupdate=false);