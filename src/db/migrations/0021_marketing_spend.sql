CREATE TABLE "marketing_spend" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"spent_on" date NOT NULL,
	"layer" text NOT NULL,
	"description" text NOT NULL,
	"minutes" integer,
	"cost_cents" bigint,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "marketing_spend_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
ALTER TABLE "marketing_spend" ADD CONSTRAINT "marketing_spend_workspace_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("workspace_id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "marketing_spend" ADD CONSTRAINT "marketing_spend_created_by_fk" FOREIGN KEY ("workspace_id","created_by") REFERENCES "public"."users"("workspace_id","id") ON DELETE SET NULL ("created_by") ON UPDATE no action DEFERRABLE;--> statement-breakpoint
CREATE INDEX "marketing_spend_date_idx" ON "marketing_spend" USING btree ("workspace_id","spent_on");
