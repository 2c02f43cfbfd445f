-- Rows kept before the database checked references may name a row that is gone or in another
-- firm. They are removed or their reference is nulled first, so that adding the keys never
-- fails (decision 0028): a row that is part of what it names goes, an optional reference is
-- nulled. Parents are cleaned before their children, as removing a row orphans its own.
DELETE FROM "users" AS "child" WHERE NOT EXISTS (SELECT 1 FROM "workspaces" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id");
--> statement-breakpoint
DELETE FROM "sessions" AS "child" WHERE NOT EXISTS (SELECT 1 FROM "workspaces" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id");
--> statement-breakpoint
DELETE FROM "api_tokens" AS "child" WHERE NOT EXISTS (SELECT 1 FROM "workspaces" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id");
--> statement-breakpoint
DELETE FROM "invitations" AS "child" WHERE NOT EXISTS (SELECT 1 FROM "workspaces" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id");
--> statement-breakpoint
DELETE FROM "organizations" AS "child" WHERE NOT EXISTS (SELECT 1 FROM "workspaces" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id");
--> statement-breakpoint
DELETE FROM "contacts" AS "child" WHERE NOT EXISTS (SELECT 1 FROM "workspaces" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id");
--> statement-breakpoint
DELETE FROM "assignments" AS "child" WHERE NOT EXISTS (SELECT 1 FROM "workspaces" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id");
--> statement-breakpoint
DELETE FROM "revenue_lines" AS "child" WHERE NOT EXISTS (SELECT 1 FROM "workspaces" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id");
--> statement-breakpoint
DELETE FROM "client_years" AS "child" WHERE NOT EXISTS (SELECT 1 FROM "workspaces" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id");
--> statement-breakpoint
DELETE FROM "imports" AS "child" WHERE NOT EXISTS (SELECT 1 FROM "workspaces" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id");
--> statement-breakpoint
DELETE FROM "import_mappings" AS "child" WHERE NOT EXISTS (SELECT 1 FROM "workspaces" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id");
--> statement-breakpoint
DELETE FROM "revenue_plans" AS "child" WHERE NOT EXISTS (SELECT 1 FROM "workspaces" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id");
--> statement-breakpoint
DELETE FROM "acquisition_investments" AS "child" WHERE NOT EXISTS (SELECT 1 FROM "workspaces" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id");
--> statement-breakpoint
DELETE FROM "client_decisions" AS "child" WHERE NOT EXISTS (SELECT 1 FROM "workspaces" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id");
--> statement-breakpoint
DELETE FROM "criteria" AS "child" WHERE NOT EXISTS (SELECT 1 FROM "workspaces" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id");
--> statement-breakpoint
DELETE FROM "criterion_scores" AS "child" WHERE NOT EXISTS (SELECT 1 FROM "workspaces" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id");
--> statement-breakpoint
DELETE FROM "scoring_revisions" AS "child" WHERE NOT EXISTS (SELECT 1 FROM "workspaces" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id");
--> statement-breakpoint
DELETE FROM "agreed_scores" AS "child" WHERE NOT EXISTS (SELECT 1 FROM "workspaces" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id");
--> statement-breakpoint
DELETE FROM "category_schemes" AS "child" WHERE NOT EXISTS (SELECT 1 FROM "workspaces" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id");
--> statement-breakpoint
DELETE FROM "classifications" AS "child" WHERE NOT EXISTS (SELECT 1 FROM "workspaces" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id");
--> statement-breakpoint
DELETE FROM "client_categories" AS "child" WHERE NOT EXISTS (SELECT 1 FROM "workspaces" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id");
--> statement-breakpoint
DELETE FROM "category_overrides" AS "child" WHERE NOT EXISTS (SELECT 1 FROM "workspaces" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id");
--> statement-breakpoint
DELETE FROM "category_override_history" AS "child" WHERE NOT EXISTS (SELECT 1 FROM "workspaces" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id");
--> statement-breakpoint
DELETE FROM "value_tags" AS "child" WHERE NOT EXISTS (SELECT 1 FROM "workspaces" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id");
--> statement-breakpoint
DELETE FROM "category_goals" AS "child" WHERE NOT EXISTS (SELECT 1 FROM "workspaces" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id");
--> statement-breakpoint
DELETE FROM "prospect_profiles" AS "child" WHERE NOT EXISTS (SELECT 1 FROM "workspaces" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id");
--> statement-breakpoint
DELETE FROM "service_concepts" AS "child" WHERE NOT EXISTS (SELECT 1 FROM "workspaces" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id");
--> statement-breakpoint
DELETE FROM "activities" AS "child" WHERE NOT EXISTS (SELECT 1 FROM "workspaces" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id");
--> statement-breakpoint
DELETE FROM "activity_contacts" AS "child" WHERE NOT EXISTS (SELECT 1 FROM "workspaces" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id");
--> statement-breakpoint
DELETE FROM "activity_professionals" AS "child" WHERE NOT EXISTS (SELECT 1 FROM "workspaces" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id");
--> statement-breakpoint
DELETE FROM "call_backs" AS "child" WHERE NOT EXISTS (SELECT 1 FROM "workspaces" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id");
--> statement-breakpoint
DELETE FROM "proposals" AS "child" WHERE NOT EXISTS (SELECT 1 FROM "workspaces" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id");
--> statement-breakpoint
DELETE FROM "account_team_members" AS "child" WHERE NOT EXISTS (SELECT 1 FROM "workspaces" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id");
--> statement-breakpoint
DELETE FROM "gifts" AS "child" WHERE NOT EXISTS (SELECT 1 FROM "workspaces" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id");
--> statement-breakpoint
DELETE FROM "calendar_feeds" AS "child" WHERE NOT EXISTS (SELECT 1 FROM "workspaces" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id");
--> statement-breakpoint
DELETE FROM "weekly_digests" AS "child" WHERE NOT EXISTS (SELECT 1 FROM "workspaces" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id");
--> statement-breakpoint
DELETE FROM "audit_log" AS "child" WHERE NOT EXISTS (SELECT 1 FROM "workspaces" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id");
--> statement-breakpoint
DELETE FROM "sessions" AS "child" WHERE NOT EXISTS (SELECT 1 FROM "users" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id" AND "parent"."id" = "child"."user_id");
--> statement-breakpoint
DELETE FROM "api_tokens" AS "child" WHERE NOT EXISTS (SELECT 1 FROM "users" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id" AND "parent"."id" = "child"."user_id");
--> statement-breakpoint
DELETE FROM "invitations" AS "child" WHERE NOT EXISTS (SELECT 1 FROM "users" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id" AND "parent"."id" = "child"."invited_by");
--> statement-breakpoint
UPDATE "organizations" AS "child" SET "relationship_manager_id" = NULL WHERE "relationship_manager_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "users" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id" AND "parent"."id" = "child"."relationship_manager_id");
--> statement-breakpoint
UPDATE "organizations" AS "child" SET "second_professional_id" = NULL WHERE "second_professional_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "users" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id" AND "parent"."id" = "child"."second_professional_id");
--> statement-breakpoint
UPDATE "organizations" AS "child" SET "referred_by_organization_id" = NULL WHERE "referred_by_organization_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "organizations" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id" AND "parent"."id" = "child"."referred_by_organization_id");
--> statement-breakpoint
DELETE FROM "contacts" AS "child" WHERE NOT EXISTS (SELECT 1 FROM "organizations" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id" AND "parent"."id" = "child"."organization_id");
--> statement-breakpoint
UPDATE "organizations" AS "child" SET "referred_by_contact_id" = NULL WHERE "referred_by_contact_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "contacts" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id" AND "parent"."id" = "child"."referred_by_contact_id");
--> statement-breakpoint
UPDATE "imports" AS "child" SET "user_id" = NULL WHERE "user_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "users" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id" AND "parent"."id" = "child"."user_id");
--> statement-breakpoint
DELETE FROM "assignments" AS "child" WHERE NOT EXISTS (SELECT 1 FROM "organizations" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id" AND "parent"."id" = "child"."organization_id");
--> statement-breakpoint
UPDATE "assignments" AS "child" SET "professional_id" = NULL WHERE "professional_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "users" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id" AND "parent"."id" = "child"."professional_id");
--> statement-breakpoint
UPDATE "assignments" AS "child" SET "import_id" = NULL WHERE "import_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "imports" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id" AND "parent"."id" = "child"."import_id");
--> statement-breakpoint
DELETE FROM "revenue_lines" AS "child" WHERE NOT EXISTS (SELECT 1 FROM "organizations" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id" AND "parent"."id" = "child"."organization_id");
--> statement-breakpoint
UPDATE "revenue_lines" AS "child" SET "import_id" = NULL WHERE "import_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "imports" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id" AND "parent"."id" = "child"."import_id");
--> statement-breakpoint
DELETE FROM "client_years" AS "child" WHERE NOT EXISTS (SELECT 1 FROM "organizations" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id" AND "parent"."id" = "child"."organization_id");
--> statement-breakpoint
DELETE FROM "client_decisions" AS "child" WHERE NOT EXISTS (SELECT 1 FROM "organizations" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id" AND "parent"."id" = "child"."organization_id");
--> statement-breakpoint
UPDATE "client_decisions" AS "child" SET "user_id" = NULL WHERE "user_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "users" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id" AND "parent"."id" = "child"."user_id");
--> statement-breakpoint
DELETE FROM "criterion_scores" AS "child" WHERE NOT EXISTS (SELECT 1 FROM "organizations" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id" AND "parent"."id" = "child"."organization_id") OR NOT EXISTS (SELECT 1 FROM "criteria" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id" AND "parent"."id" = "child"."criterion_id") OR NOT EXISTS (SELECT 1 FROM "users" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id" AND "parent"."id" = "child"."scorer_id");
--> statement-breakpoint
DELETE FROM "agreed_scores" AS "child" WHERE NOT EXISTS (SELECT 1 FROM "organizations" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id" AND "parent"."id" = "child"."organization_id") OR NOT EXISTS (SELECT 1 FROM "criteria" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id" AND "parent"."id" = "child"."criterion_id");
--> statement-breakpoint
UPDATE "agreed_scores" AS "child" SET "user_id" = NULL WHERE "user_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "users" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id" AND "parent"."id" = "child"."user_id");
--> statement-breakpoint
DELETE FROM "classifications" AS "child" WHERE NOT EXISTS (SELECT 1 FROM "category_schemes" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id" AND "parent"."id" = "child"."scheme_id");
--> statement-breakpoint
UPDATE "classifications" AS "child" SET "user_id" = NULL WHERE "user_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "users" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id" AND "parent"."id" = "child"."user_id");
--> statement-breakpoint
DELETE FROM "client_categories" AS "child" WHERE NOT EXISTS (SELECT 1 FROM "classifications" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id" AND "parent"."id" = "child"."classification_id") OR NOT EXISTS (SELECT 1 FROM "organizations" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id" AND "parent"."id" = "child"."organization_id");
--> statement-breakpoint
DELETE FROM "category_overrides" AS "child" WHERE NOT EXISTS (SELECT 1 FROM "category_schemes" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id" AND "parent"."id" = "child"."scheme_id") OR NOT EXISTS (SELECT 1 FROM "organizations" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id" AND "parent"."id" = "child"."organization_id");
--> statement-breakpoint
DELETE FROM "category_override_history" AS "child" WHERE NOT EXISTS (SELECT 1 FROM "category_schemes" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id" AND "parent"."id" = "child"."scheme_id") OR NOT EXISTS (SELECT 1 FROM "organizations" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id" AND "parent"."id" = "child"."organization_id");
--> statement-breakpoint
UPDATE "category_overrides" AS "child" SET "user_id" = NULL WHERE "user_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "users" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id" AND "parent"."id" = "child"."user_id");
--> statement-breakpoint
UPDATE "category_override_history" AS "child" SET "user_id" = NULL WHERE "user_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "users" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id" AND "parent"."id" = "child"."user_id");
--> statement-breakpoint
DELETE FROM "value_tags" AS "child" WHERE NOT EXISTS (SELECT 1 FROM "organizations" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id" AND "parent"."id" = "child"."organization_id");
--> statement-breakpoint
DELETE FROM "category_goals" AS "child" WHERE NOT EXISTS (SELECT 1 FROM "category_schemes" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id" AND "parent"."id" = "child"."scheme_id");
--> statement-breakpoint
DELETE FROM "prospect_profiles" AS "child" WHERE NOT EXISTS (SELECT 1 FROM "category_schemes" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id" AND "parent"."id" = "child"."scheme_id");
--> statement-breakpoint
DELETE FROM "service_concepts" AS "child" WHERE NOT EXISTS (SELECT 1 FROM "category_schemes" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id" AND "parent"."id" = "child"."scheme_id");
--> statement-breakpoint
DELETE FROM "activities" AS "child" WHERE NOT EXISTS (SELECT 1 FROM "organizations" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id" AND "parent"."id" = "child"."organization_id");
--> statement-breakpoint
UPDATE "activities" AS "child" SET "created_by" = NULL WHERE "created_by" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "users" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id" AND "parent"."id" = "child"."created_by");
--> statement-breakpoint
DELETE FROM "activity_contacts" AS "child" WHERE NOT EXISTS (SELECT 1 FROM "activities" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id" AND "parent"."id" = "child"."activity_id") OR NOT EXISTS (SELECT 1 FROM "contacts" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id" AND "parent"."id" = "child"."contact_id");
--> statement-breakpoint
DELETE FROM "activity_professionals" AS "child" WHERE NOT EXISTS (SELECT 1 FROM "activities" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id" AND "parent"."id" = "child"."activity_id") OR NOT EXISTS (SELECT 1 FROM "users" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id" AND "parent"."id" = "child"."user_id");
--> statement-breakpoint
DELETE FROM "call_backs" AS "child" WHERE NOT EXISTS (SELECT 1 FROM "organizations" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id" AND "parent"."id" = "child"."organization_id") OR NOT EXISTS (SELECT 1 FROM "users" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id" AND "parent"."id" = "child"."for_user_id");
--> statement-breakpoint
UPDATE "call_backs" AS "child" SET "contact_id" = NULL WHERE "contact_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "contacts" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id" AND "parent"."id" = "child"."contact_id");
--> statement-breakpoint
UPDATE "call_backs" AS "child" SET "created_by" = NULL WHERE "created_by" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "users" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id" AND "parent"."id" = "child"."created_by");
--> statement-breakpoint
DELETE FROM "proposals" AS "child" WHERE NOT EXISTS (SELECT 1 FROM "organizations" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id" AND "parent"."id" = "child"."organization_id");
--> statement-breakpoint
UPDATE "proposals" AS "child" SET "owner_id" = NULL WHERE "owner_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "users" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id" AND "parent"."id" = "child"."owner_id");
--> statement-breakpoint
UPDATE "proposals" AS "child" SET "created_by" = NULL WHERE "created_by" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "users" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id" AND "parent"."id" = "child"."created_by");
--> statement-breakpoint
DELETE FROM "account_team_members" AS "child" WHERE NOT EXISTS (SELECT 1 FROM "organizations" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id" AND "parent"."id" = "child"."organization_id") OR NOT EXISTS (SELECT 1 FROM "users" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id" AND "parent"."id" = "child"."user_id");
--> statement-breakpoint
DELETE FROM "gifts" AS "child" WHERE NOT EXISTS (SELECT 1 FROM "organizations" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id" AND "parent"."id" = "child"."organization_id") OR NOT EXISTS (SELECT 1 FROM "contacts" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id" AND "parent"."id" = "child"."contact_id");
--> statement-breakpoint
UPDATE "gifts" AS "child" SET "created_by" = NULL WHERE "created_by" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "users" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id" AND "parent"."id" = "child"."created_by");
--> statement-breakpoint
DELETE FROM "calendar_feeds" AS "child" WHERE NOT EXISTS (SELECT 1 FROM "users" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id" AND "parent"."id" = "child"."user_id");
--> statement-breakpoint
DELETE FROM "weekly_digests" AS "child" WHERE NOT EXISTS (SELECT 1 FROM "users" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id" AND "parent"."id" = "child"."user_id");
--> statement-breakpoint
UPDATE "audit_log" AS "child" SET "user_id" = NULL WHERE "user_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "users" AS "parent" WHERE "parent"."workspace_id" = "child"."workspace_id" AND "parent"."id" = "child"."user_id");
--> statement-breakpoint
ALTER TABLE "account_team_members" ADD CONSTRAINT "account_team_members_workspace_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("workspace_id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "account_team_members" ADD CONSTRAINT "account_team_members_organization_id_fk" FOREIGN KEY ("workspace_id","organization_id") REFERENCES "public"."organizations"("workspace_id","id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "account_team_members" ADD CONSTRAINT "account_team_members_user_id_fk" FOREIGN KEY ("workspace_id","user_id") REFERENCES "public"."users"("workspace_id","id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "acquisition_investments" ADD CONSTRAINT "acquisition_investments_workspace_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("workspace_id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_workspace_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("workspace_id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_organization_id_fk" FOREIGN KEY ("workspace_id","organization_id") REFERENCES "public"."organizations"("workspace_id","id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_created_by_fk" FOREIGN KEY ("workspace_id","created_by") REFERENCES "public"."users"("workspace_id","id") ON DELETE SET NULL ("created_by") ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "activity_contacts" ADD CONSTRAINT "activity_contacts_workspace_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("workspace_id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "activity_contacts" ADD CONSTRAINT "activity_contacts_activity_id_fk" FOREIGN KEY ("workspace_id","activity_id") REFERENCES "public"."activities"("workspace_id","id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "activity_contacts" ADD CONSTRAINT "activity_contacts_contact_id_fk" FOREIGN KEY ("workspace_id","contact_id") REFERENCES "public"."contacts"("workspace_id","id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "activity_professionals" ADD CONSTRAINT "activity_professionals_workspace_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("workspace_id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "activity_professionals" ADD CONSTRAINT "activity_professionals_activity_id_fk" FOREIGN KEY ("workspace_id","activity_id") REFERENCES "public"."activities"("workspace_id","id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "activity_professionals" ADD CONSTRAINT "activity_professionals_user_id_fk" FOREIGN KEY ("workspace_id","user_id") REFERENCES "public"."users"("workspace_id","id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "agreed_scores" ADD CONSTRAINT "agreed_scores_workspace_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("workspace_id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "agreed_scores" ADD CONSTRAINT "agreed_scores_organization_id_fk" FOREIGN KEY ("workspace_id","organization_id") REFERENCES "public"."organizations"("workspace_id","id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "agreed_scores" ADD CONSTRAINT "agreed_scores_criterion_id_fk" FOREIGN KEY ("workspace_id","criterion_id") REFERENCES "public"."criteria"("workspace_id","id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "agreed_scores" ADD CONSTRAINT "agreed_scores_user_id_fk" FOREIGN KEY ("workspace_id","user_id") REFERENCES "public"."users"("workspace_id","id") ON DELETE SET NULL ("user_id") ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_workspace_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("workspace_id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_user_id_fk" FOREIGN KEY ("workspace_id","user_id") REFERENCES "public"."users"("workspace_id","id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_workspace_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("workspace_id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_organization_id_fk" FOREIGN KEY ("workspace_id","organization_id") REFERENCES "public"."organizations"("workspace_id","id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_professional_id_fk" FOREIGN KEY ("workspace_id","professional_id") REFERENCES "public"."users"("workspace_id","id") ON DELETE SET NULL ("professional_id") ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_import_id_fk" FOREIGN KEY ("workspace_id","import_id") REFERENCES "public"."imports"("workspace_id","id") ON DELETE SET NULL ("import_id") ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_workspace_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("workspace_id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_user_id_fk" FOREIGN KEY ("workspace_id","user_id") REFERENCES "public"."users"("workspace_id","id") ON DELETE SET NULL ("user_id") ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_workspace_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("workspace_id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_user_id_fk" FOREIGN KEY ("workspace_id","user_id") REFERENCES "public"."users"("workspace_id","id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "call_backs" ADD CONSTRAINT "call_backs_workspace_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("workspace_id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "call_backs" ADD CONSTRAINT "call_backs_organization_id_fk" FOREIGN KEY ("workspace_id","organization_id") REFERENCES "public"."organizations"("workspace_id","id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "call_backs" ADD CONSTRAINT "call_backs_contact_id_fk" FOREIGN KEY ("workspace_id","contact_id") REFERENCES "public"."contacts"("workspace_id","id") ON DELETE SET NULL ("contact_id") ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "call_backs" ADD CONSTRAINT "call_backs_for_user_id_fk" FOREIGN KEY ("workspace_id","for_user_id") REFERENCES "public"."users"("workspace_id","id") ON DELETE no action ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "call_backs" ADD CONSTRAINT "call_backs_created_by_fk" FOREIGN KEY ("workspace_id","created_by") REFERENCES "public"."users"("workspace_id","id") ON DELETE SET NULL ("created_by") ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "category_goals" ADD CONSTRAINT "category_goals_workspace_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("workspace_id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "category_goals" ADD CONSTRAINT "category_goals_scheme_id_fk" FOREIGN KEY ("workspace_id","scheme_id") REFERENCES "public"."category_schemes"("workspace_id","id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "category_override_history" ADD CONSTRAINT "category_override_history_workspace_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("workspace_id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "category_override_history" ADD CONSTRAINT "category_override_history_scheme_id_fk" FOREIGN KEY ("workspace_id","scheme_id") REFERENCES "public"."category_schemes"("workspace_id","id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "category_override_history" ADD CONSTRAINT "category_override_history_organization_id_fk" FOREIGN KEY ("workspace_id","organization_id") REFERENCES "public"."organizations"("workspace_id","id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "category_override_history" ADD CONSTRAINT "category_override_history_user_id_fk" FOREIGN KEY ("workspace_id","user_id") REFERENCES "public"."users"("workspace_id","id") ON DELETE SET NULL ("user_id") ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "category_overrides" ADD CONSTRAINT "category_overrides_workspace_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("workspace_id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "category_overrides" ADD CONSTRAINT "category_overrides_scheme_id_fk" FOREIGN KEY ("workspace_id","scheme_id") REFERENCES "public"."category_schemes"("workspace_id","id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "category_overrides" ADD CONSTRAINT "category_overrides_organization_id_fk" FOREIGN KEY ("workspace_id","organization_id") REFERENCES "public"."organizations"("workspace_id","id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "category_overrides" ADD CONSTRAINT "category_overrides_user_id_fk" FOREIGN KEY ("workspace_id","user_id") REFERENCES "public"."users"("workspace_id","id") ON DELETE SET NULL ("user_id") ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "category_schemes" ADD CONSTRAINT "category_schemes_workspace_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("workspace_id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "classifications" ADD CONSTRAINT "classifications_workspace_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("workspace_id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "classifications" ADD CONSTRAINT "classifications_scheme_id_fk" FOREIGN KEY ("workspace_id","scheme_id") REFERENCES "public"."category_schemes"("workspace_id","id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "classifications" ADD CONSTRAINT "classifications_user_id_fk" FOREIGN KEY ("workspace_id","user_id") REFERENCES "public"."users"("workspace_id","id") ON DELETE SET NULL ("user_id") ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "client_categories" ADD CONSTRAINT "client_categories_workspace_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("workspace_id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "client_categories" ADD CONSTRAINT "client_categories_classification_id_fk" FOREIGN KEY ("workspace_id","classification_id") REFERENCES "public"."classifications"("workspace_id","id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "client_categories" ADD CONSTRAINT "client_categories_organization_id_fk" FOREIGN KEY ("workspace_id","organization_id") REFERENCES "public"."organizations"("workspace_id","id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "client_decisions" ADD CONSTRAINT "client_decisions_workspace_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("workspace_id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "client_decisions" ADD CONSTRAINT "client_decisions_organization_id_fk" FOREIGN KEY ("workspace_id","organization_id") REFERENCES "public"."organizations"("workspace_id","id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "client_decisions" ADD CONSTRAINT "client_decisions_user_id_fk" FOREIGN KEY ("workspace_id","user_id") REFERENCES "public"."users"("workspace_id","id") ON DELETE SET NULL ("user_id") ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "client_years" ADD CONSTRAINT "client_years_workspace_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("workspace_id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "client_years" ADD CONSTRAINT "client_years_organization_id_fk" FOREIGN KEY ("workspace_id","organization_id") REFERENCES "public"."organizations"("workspace_id","id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_workspace_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("workspace_id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_organization_id_fk" FOREIGN KEY ("workspace_id","organization_id") REFERENCES "public"."organizations"("workspace_id","id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "criteria" ADD CONSTRAINT "criteria_workspace_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("workspace_id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "criterion_scores" ADD CONSTRAINT "criterion_scores_workspace_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("workspace_id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "criterion_scores" ADD CONSTRAINT "criterion_scores_organization_id_fk" FOREIGN KEY ("workspace_id","organization_id") REFERENCES "public"."organizations"("workspace_id","id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "criterion_scores" ADD CONSTRAINT "criterion_scores_criterion_id_fk" FOREIGN KEY ("workspace_id","criterion_id") REFERENCES "public"."criteria"("workspace_id","id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "criterion_scores" ADD CONSTRAINT "criterion_scores_scorer_id_fk" FOREIGN KEY ("workspace_id","scorer_id") REFERENCES "public"."users"("workspace_id","id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "gifts" ADD CONSTRAINT "gifts_workspace_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("workspace_id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "gifts" ADD CONSTRAINT "gifts_organization_id_fk" FOREIGN KEY ("workspace_id","organization_id") REFERENCES "public"."organizations"("workspace_id","id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "gifts" ADD CONSTRAINT "gifts_contact_id_fk" FOREIGN KEY ("workspace_id","contact_id") REFERENCES "public"."contacts"("workspace_id","id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "gifts" ADD CONSTRAINT "gifts_created_by_fk" FOREIGN KEY ("workspace_id","created_by") REFERENCES "public"."users"("workspace_id","id") ON DELETE SET NULL ("created_by") ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "import_mappings" ADD CONSTRAINT "import_mappings_workspace_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("workspace_id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "imports" ADD CONSTRAINT "imports_workspace_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("workspace_id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "imports" ADD CONSTRAINT "imports_user_id_fk" FOREIGN KEY ("workspace_id","user_id") REFERENCES "public"."users"("workspace_id","id") ON DELETE SET NULL ("user_id") ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_workspace_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("workspace_id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_invited_by_fk" FOREIGN KEY ("workspace_id","invited_by") REFERENCES "public"."users"("workspace_id","id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_workspace_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("workspace_id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_relationship_manager_id_fk" FOREIGN KEY ("workspace_id","relationship_manager_id") REFERENCES "public"."users"("workspace_id","id") ON DELETE SET NULL ("relationship_manager_id") ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_second_professional_id_fk" FOREIGN KEY ("workspace_id","second_professional_id") REFERENCES "public"."users"("workspace_id","id") ON DELETE SET NULL ("second_professional_id") ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_referred_by_organization_id_fk" FOREIGN KEY ("workspace_id","referred_by_organization_id") REFERENCES "public"."organizations"("workspace_id","id") ON DELETE SET NULL ("referred_by_organization_id") ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_referred_by_contact_id_fk" FOREIGN KEY ("workspace_id","referred_by_contact_id") REFERENCES "public"."contacts"("workspace_id","id") ON DELETE SET NULL ("referred_by_contact_id") ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_workspace_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("workspace_id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_organization_id_fk" FOREIGN KEY ("workspace_id","organization_id") REFERENCES "public"."organizations"("workspace_id","id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_owner_id_fk" FOREIGN KEY ("workspace_id","owner_id") REFERENCES "public"."users"("workspace_id","id") ON DELETE SET NULL ("owner_id") ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_created_by_fk" FOREIGN KEY ("workspace_id","created_by") REFERENCES "public"."users"("workspace_id","id") ON DELETE SET NULL ("created_by") ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "prospect_profiles" ADD CONSTRAINT "prospect_profiles_workspace_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("workspace_id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "prospect_profiles" ADD CONSTRAINT "prospect_profiles_scheme_id_fk" FOREIGN KEY ("workspace_id","scheme_id") REFERENCES "public"."category_schemes"("workspace_id","id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "revenue_lines" ADD CONSTRAINT "revenue_lines_workspace_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("workspace_id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "revenue_lines" ADD CONSTRAINT "revenue_lines_organization_id_fk" FOREIGN KEY ("workspace_id","organization_id") REFERENCES "public"."organizations"("workspace_id","id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "revenue_lines" ADD CONSTRAINT "revenue_lines_import_id_fk" FOREIGN KEY ("workspace_id","import_id") REFERENCES "public"."imports"("workspace_id","id") ON DELETE SET NULL ("import_id") ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "revenue_plans" ADD CONSTRAINT "revenue_plans_workspace_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("workspace_id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "scoring_revisions" ADD CONSTRAINT "scoring_revisions_workspace_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("workspace_id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "service_concepts" ADD CONSTRAINT "service_concepts_workspace_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("workspace_id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "service_concepts" ADD CONSTRAINT "service_concepts_scheme_id_fk" FOREIGN KEY ("workspace_id","scheme_id") REFERENCES "public"."category_schemes"("workspace_id","id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_workspace_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("workspace_id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_fk" FOREIGN KEY ("workspace_id","user_id") REFERENCES "public"."users"("workspace_id","id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_workspace_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("workspace_id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "value_tags" ADD CONSTRAINT "value_tags_workspace_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("workspace_id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "value_tags" ADD CONSTRAINT "value_tags_organization_id_fk" FOREIGN KEY ("workspace_id","organization_id") REFERENCES "public"."organizations"("workspace_id","id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "weekly_digests" ADD CONSTRAINT "weekly_digests_workspace_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("workspace_id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "weekly_digests" ADD CONSTRAINT "weekly_digests_user_id_fk" FOREIGN KEY ("workspace_id","user_id") REFERENCES "public"."users"("workspace_id","id") ON DELETE cascade ON UPDATE no action DEFERRABLE;