ALTER TABLE "contacts" ADD COLUMN "search_key" text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX "contacts_search_trgm_idx" ON "contacts" USING gin ("search_key" gin_trgm_ops) WITH (fastupdate=false);--> statement-breakpoint
-- Contacts kept before this migration: the app writes contactSearchKey; this folds the same
-- text in SQL (lower case, combining accents removed, phone digits appended).
UPDATE "contacts" SET "search_key" = btrim(regexp_replace(regexp_replace(lower(normalize(concat_ws(' ', "first_name", "infix", "last_name", "email", "phone", nullif(regexp_replace(coalesce("phone", ''), '\D', '', 'g'), '')), NFKD)), '[\u0300-\u036f]', '', 'g'), '\s+', ' ', 'g'));
