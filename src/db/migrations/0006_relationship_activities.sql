CREATE TABLE "activities" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"type" text NOT NULL,
	"p" text,
	"status" text NOT NULL,
	"on_date" date NOT NULL,
	"subject" text NOT NULL,
	"notes" text,
	"minutes" integer,
	"cost_cents" bigint,
	"follow_up_on" date,
	"follow_up_note" text,
	"follow_up_done_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "activities_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "activity_contacts" (
	"workspace_id" uuid NOT NULL,
	"activity_id" uuid NOT NULL,
	"contact_id" uuid NOT NULL,
	CONSTRAINT "activity_contacts_workspace_id_activity_id_contact_id_pk" PRIMARY KEY("workspace_id","activity_id","contact_id")
);
--> statement-breakpoint
CREATE TABLE "activity_professionals" (
	"workspace_id" uuid NOT NULL,
	"activity_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "activity_professionals_workspace_id_activity_id_user_id_pk" PRIMARY KEY("workspace_id","activity_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "service_concepts" (
	"workspace_id" uuid NOT NULL,
	"scheme_id" uuid NOT NULL,
	"category" text NOT NULL,
	"norms" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_concepts_workspace_id_scheme_id_category_pk" PRIMARY KEY("workspace_id","scheme_id","category")
);
--> statement-breakpoint
CREATE INDEX "activities_organization_idx" ON "activities" USING btree ("workspace_id","organization_id","on_date");--> statement-breakpoint
CREATE INDEX "activities_planned_idx" ON "activities" USING btree ("workspace_id","on_date") WHERE "activities"."status" = 'planned';--> statement-breakpoint
CREATE INDEX "activities_follow_up_idx" ON "activities" USING btree ("workspace_id","follow_up_on") WHERE "activities"."follow_up_on" is not null and "activities"."follow_up_done_at" is null;--> statement-breakpoint
CREATE INDEX "activity_contacts_contact_idx" ON "activity_contacts" USING btree ("workspace_id","contact_id");--> statement-breakpoint
CREATE INDEX "activity_professionals_user_idx" ON "activity_professionals" USING btree ("workspace_id","user_id");