CREATE TABLE "agreed_scores" (
	"workspace_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"criterion_id" uuid NOT NULL,
	"score" smallint NOT NULL,
	"user_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agreed_scores_workspace_id_organization_id_criterion_id_pk" PRIMARY KEY("workspace_id","organization_id","criterion_id")
);
--> statement-breakpoint
CREATE TABLE "category_goals" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"scheme_id" uuid NOT NULL,
	"category" text NOT NULL,
	"kind" text NOT NULL,
	"name" text,
	"measure" text NOT NULL,
	"target" bigint NOT NULL,
	"direction" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "category_goals_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "category_overrides" (
	"workspace_id" uuid NOT NULL,
	"scheme_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"category" text NOT NULL,
	"reason" text NOT NULL,
	"user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "category_overrides_workspace_id_scheme_id_organization_id_pk" PRIMARY KEY("workspace_id","scheme_id","organization_id")
);
--> statement-breakpoint
CREATE TABLE "category_schemes" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"name" text NOT NULL,
	"preset" text,
	"kind" text NOT NULL,
	"definition" jsonb NOT NULL,
	"is_primary" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "category_schemes_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "classifications" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"scheme_id" uuid NOT NULL,
	"definition" jsonb NOT NULL,
	"criteria" jsonb NOT NULL,
	"client_count" bigint NOT NULL,
	"note" text,
	"user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "classifications_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "client_categories" (
	"workspace_id" uuid NOT NULL,
	"classification_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"category" text,
	"total" bigint NOT NULL,
	"maximum" bigint NOT NULL,
	CONSTRAINT "client_categories_workspace_id_classification_id_organization_id_pk" PRIMARY KEY("workspace_id","classification_id","organization_id")
);
--> statement-breakpoint
CREATE TABLE "criteria" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"key" text NOT NULL,
	"name" text,
	"criterion_group" text NOT NULL,
	"source" text NOT NULL,
	"weight" smallint NOT NULL,
	"scale_max" smallint DEFAULT 3 NOT NULL,
	"data_mapping" jsonb,
	"position" smallint NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "criteria_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "criterion_scores" (
	"workspace_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"criterion_id" uuid NOT NULL,
	"scorer_id" uuid NOT NULL,
	"score" smallint NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "criterion_scores_workspace_id_organization_id_criterion_id_scorer_id_pk" PRIMARY KEY("workspace_id","organization_id","criterion_id","scorer_id")
);
--> statement-breakpoint
CREATE TABLE "prospect_profiles" (
	"workspace_id" uuid NOT NULL,
	"scheme_id" uuid NOT NULL,
	"profile" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "prospect_profiles_workspace_id_scheme_id_pk" PRIMARY KEY("workspace_id","scheme_id")
);
--> statement-breakpoint
CREATE TABLE "scoring_revisions" (
	"workspace_id" uuid PRIMARY KEY NOT NULL,
	"revision" bigint NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "value_tags" (
	"workspace_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"tag" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "value_tags_workspace_id_organization_id_tag_pk" PRIMARY KEY("workspace_id","organization_id","tag")
);
--> statement-breakpoint
CREATE INDEX "category_goals_scheme_idx" ON "category_goals" USING btree ("workspace_id","scheme_id","category");--> statement-breakpoint
CREATE UNIQUE INDEX "category_schemes_primary_key" ON "category_schemes" USING btree ("workspace_id") WHERE "category_schemes"."is_primary";--> statement-breakpoint
CREATE INDEX "classifications_scheme_idx" ON "classifications" USING btree ("workspace_id","scheme_id","created_at");--> statement-breakpoint
CREATE INDEX "client_categories_organization_idx" ON "client_categories" USING btree ("workspace_id","organization_id");--> statement-breakpoint
CREATE UNIQUE INDEX "criteria_key" ON "criteria" USING btree ("workspace_id","key");--> statement-breakpoint
CREATE INDEX "criterion_scores_criterion_idx" ON "criterion_scores" USING btree ("workspace_id","criterion_id");