CREATE TABLE "survey_links" (
	"workspace_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"request_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "survey_links_workspace_id_token_hash_pk" PRIMARY KEY("workspace_id","token_hash")
);
--> statement-breakpoint
CREATE TABLE "survey_requests" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"assignment_id" uuid,
	"contact_id" uuid NOT NULL,
	"kind" text DEFAULT 'evaluation' NOT NULL,
	"language" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"sent_at" timestamp with time zone,
	"sent_to" text,
	"reminders_sent" smallint DEFAULT 0 NOT NULL,
	"last_reminder_at" timestamp with time zone,
	"answered_at" timestamp with time zone,
	"evaluation_id" uuid,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "survey_requests_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
ALTER TABLE "survey_links" ADD CONSTRAINT "survey_links_workspace_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("workspace_id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "survey_links" ADD CONSTRAINT "survey_links_request_id_fk" FOREIGN KEY ("workspace_id","request_id") REFERENCES "public"."survey_requests"("workspace_id","id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "survey_requests" ADD CONSTRAINT "survey_requests_workspace_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("workspace_id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "survey_requests" ADD CONSTRAINT "survey_requests_organization_id_fk" FOREIGN KEY ("workspace_id","organization_id") REFERENCES "public"."organizations"("workspace_id","id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "survey_requests" ADD CONSTRAINT "survey_requests_assignment_id_fk" FOREIGN KEY ("workspace_id","assignment_id") REFERENCES "public"."assignments"("workspace_id","id") ON DELETE SET NULL ("assignment_id") ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "survey_requests" ADD CONSTRAINT "survey_requests_contact_id_fk" FOREIGN KEY ("workspace_id","contact_id") REFERENCES "public"."contacts"("workspace_id","id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "survey_requests" ADD CONSTRAINT "survey_requests_created_by_fk" FOREIGN KEY ("workspace_id","created_by") REFERENCES "public"."users"("workspace_id","id") ON DELETE SET NULL ("created_by") ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "survey_requests" ADD CONSTRAINT "survey_requests_evaluation_id_fk" FOREIGN KEY ("workspace_id","evaluation_id") REFERENCES "public"."evaluations"("workspace_id","id") ON DELETE SET NULL ("evaluation_id") ON UPDATE no action DEFERRABLE;--> statement-breakpoint
CREATE INDEX "survey_links_request_idx" ON "survey_links" USING btree ("workspace_id","request_id");--> statement-breakpoint
CREATE INDEX "survey_requests_organization_idx" ON "survey_requests" USING btree ("workspace_id","organization_id");--> statement-breakpoint
CREATE INDEX "survey_requests_reminder_idx" ON "survey_requests" USING btree ("workspace_id","sent_at") WHERE "survey_requests"."answered_at" is null and "survey_requests"."revoked_at" is null and "survey_requests"."sent_at" is not null;