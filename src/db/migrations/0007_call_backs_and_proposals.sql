CREATE TABLE "call_backs" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"contact_id" uuid,
	"caller_name" text,
	"called_on" date NOT NULL,
	"for_user_id" uuid NOT NULL,
	"note" text,
	"returned_on" date,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "call_backs_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "proposals" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"title" text NOT NULL,
	"stage" text NOT NULL,
	"requested_on" date NOT NULL,
	"sent_on" date,
	"decided_on" date,
	"value_cents" bigint,
	"lost_reason" text,
	"owner_id" uuid,
	"angle" text,
	"position" integer DEFAULT 0 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "proposals_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE INDEX "call_backs_open_idx" ON "call_backs" USING btree ("workspace_id","for_user_id","called_on") WHERE "call_backs"."returned_on" is null;--> statement-breakpoint
CREATE INDEX "call_backs_organization_idx" ON "call_backs" USING btree ("workspace_id","organization_id","called_on");--> statement-breakpoint
CREATE INDEX "proposals_stage_idx" ON "proposals" USING btree ("workspace_id","stage","position");--> statement-breakpoint
CREATE INDEX "proposals_organization_idx" ON "proposals" USING btree ("workspace_id","organization_id","requested_on");