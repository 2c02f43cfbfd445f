CREATE TABLE "evaluations" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"assignment_id" uuid,
	"contact_id" uuid NOT NULL,
	"method" text NOT NULL,
	"evaluated_on" date NOT NULL,
	"end_result" smallint,
	"reachability" smallint,
	"keeping_promises" smallint,
	"expertise" smallint,
	"communication" smallint,
	"invoicing" smallint,
	"overall" smallint NOT NULL,
	"recommend" smallint,
	"trust" text,
	"comments" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evaluations_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "improvement_plans" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"evaluation_id" uuid NOT NULL,
	"norm" smallint NOT NULL,
	"what" text,
	"owner_id" uuid,
	"due_on" date NOT NULL,
	"cost_cents" bigint,
	"closed_on" date,
	"closed_by_evaluation_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "improvement_plans_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "satisfaction_norm" smallint DEFAULT 8 NOT NULL;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_workspace_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("workspace_id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_organization_id_fk" FOREIGN KEY ("workspace_id","organization_id") REFERENCES "public"."organizations"("workspace_id","id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_assignment_id_fk" FOREIGN KEY ("workspace_id","assignment_id") REFERENCES "public"."assignments"("workspace_id","id") ON DELETE SET NULL ("assignment_id") ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_contact_id_fk" FOREIGN KEY ("workspace_id","contact_id") REFERENCES "public"."contacts"("workspace_id","id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_created_by_fk" FOREIGN KEY ("workspace_id","created_by") REFERENCES "public"."users"("workspace_id","id") ON DELETE SET NULL ("created_by") ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "improvement_plans" ADD CONSTRAINT "improvement_plans_workspace_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("workspace_id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "improvement_plans" ADD CONSTRAINT "improvement_plans_organization_id_fk" FOREIGN KEY ("workspace_id","organization_id") REFERENCES "public"."organizations"("workspace_id","id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "improvement_plans" ADD CONSTRAINT "improvement_plans_evaluation_id_fk" FOREIGN KEY ("workspace_id","evaluation_id") REFERENCES "public"."evaluations"("workspace_id","id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "improvement_plans" ADD CONSTRAINT "improvement_plans_owner_id_fk" FOREIGN KEY ("workspace_id","owner_id") REFERENCES "public"."users"("workspace_id","id") ON DELETE SET NULL ("owner_id") ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "improvement_plans" ADD CONSTRAINT "improvement_plans_closed_by_evaluation_id_fk" FOREIGN KEY ("workspace_id","closed_by_evaluation_id") REFERENCES "public"."evaluations"("workspace_id","id") ON DELETE SET NULL ("closed_by_evaluation_id") ON UPDATE no action DEFERRABLE;--> statement-breakpoint
CREATE INDEX "evaluations_organization_idx" ON "evaluations" USING btree ("workspace_id","organization_id","evaluated_on");--> statement-breakpoint
CREATE INDEX "evaluations_contact_idx" ON "evaluations" USING btree ("workspace_id","contact_id","evaluated_on");--> statement-breakpoint
CREATE INDEX "evaluations_assignment_idx" ON "evaluations" USING btree ("workspace_id","assignment_id") WHERE "evaluations"."assignment_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "improvement_plans_evaluation_key" ON "improvement_plans" USING btree ("workspace_id","evaluation_id");--> statement-breakpoint
CREATE INDEX "improvement_plans_open_idx" ON "improvement_plans" USING btree ("workspace_id","organization_id") WHERE "improvement_plans"."closed_on" is null;