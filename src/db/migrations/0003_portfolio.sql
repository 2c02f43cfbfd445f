CREATE TABLE "acquisition_investments" (
	"workspace_id" uuid NOT NULL,
	"fiscal_year" smallint NOT NULL,
	"hours" numeric(12, 2) NOT NULL,
	"hourly_rate_cents" bigint NOT NULL,
	"money_cents" bigint NOT NULL,
	"notes" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "acquisition_investments_workspace_id_fiscal_year_pk" PRIMARY KEY("workspace_id","fiscal_year")
);
--> statement-breakpoint
CREATE TABLE "client_decisions" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"fiscal_year" smallint NOT NULL,
	"decision" text NOT NULL,
	"note" text,
	"user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "client_decisions_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "client_years" (
	"workspace_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"fiscal_year" smallint NOT NULL,
	"revenue_cents" bigint NOT NULL,
	"costed_revenue_cents" bigint NOT NULL,
	"cost_cents" bigint NOT NULL,
	"hours" numeric(14, 2),
	"hour_revenue_cents" bigint NOT NULL,
	"lines" bigint NOT NULL,
	"credit_notes" bigint NOT NULL,
	"credit_cents" bigint NOT NULL,
	"first_invoice_date" date NOT NULL,
	"service_lines" text[] NOT NULL,
	CONSTRAINT "client_years_workspace_id_organization_id_fiscal_year_pk" PRIMARY KEY("workspace_id","organization_id","fiscal_year")
);
--> statement-breakpoint
CREATE TABLE "import_mappings" (
	"workspace_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"source_key" text NOT NULL,
	"mapping" jsonb NOT NULL,
	"options" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "import_mappings_workspace_id_kind_source_key_pk" PRIMARY KEY("workspace_id","kind","source_key")
);
--> statement-breakpoint
CREATE TABLE "imports" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"kind" text NOT NULL,
	"source_name" text NOT NULL,
	"format" text NOT NULL,
	"rows_read" bigint NOT NULL,
	"lines_written" bigint NOT NULL,
	"lines_already_present" bigint NOT NULL,
	"rows_refused" bigint NOT NULL,
	"organizations_created" bigint NOT NULL,
	"user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "imports_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "revenue_plans" (
	"workspace_id" uuid NOT NULL,
	"fiscal_year" smallint NOT NULL,
	"growth_existing_cents" bigint NOT NULL,
	"new_clients_cents" bigint NOT NULL,
	"expected_loss_cents" bigint NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "revenue_plans_workspace_id_fiscal_year_pk" PRIMARY KEY("workspace_id","fiscal_year")
);
--> statement-breakpoint
ALTER TABLE "assignments" ADD COLUMN "import_id" uuid;--> statement-breakpoint
ALTER TABLE "assignments" ADD COLUMN "fingerprint" text;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "customer_code" text;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "one_off" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "revenue_lines" ADD COLUMN "description" text;--> statement-breakpoint
ALTER TABLE "revenue_lines" ADD COLUMN "import_id" uuid;--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "dependency_threshold_bp" smallint DEFAULT 2000 NOT NULL;--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "abc_boundary_a_bp" smallint DEFAULT 8000 NOT NULL;--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "abc_boundary_b_bp" smallint DEFAULT 9500 NOT NULL;--> statement-breakpoint
CREATE INDEX "client_decisions_organization_idx" ON "client_decisions" USING btree ("workspace_id","organization_id","fiscal_year");--> statement-breakpoint
CREATE UNIQUE INDEX "assignments_fingerprint_key" ON "assignments" USING btree ("workspace_id","fingerprint") WHERE "assignments"."fingerprint" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "organizations_customer_code_key" ON "organizations" USING btree ("workspace_id","customer_code") WHERE "organizations"."customer_code" is not null;--> statement-breakpoint
CREATE INDEX "revenue_lines_import_idx" ON "revenue_lines" USING btree ("workspace_id","import_id");--> statement-breakpoint
INSERT INTO "client_years" ("workspace_id", "organization_id", "fiscal_year", "revenue_cents", "costed_revenue_cents", "cost_cents", "hours", "hour_revenue_cents", "lines", "credit_notes", "credit_cents", "first_invoice_date", "service_lines")
SELECT l."workspace_id", l."organization_id",
  extract(year from l."invoice_date" - make_interval(months => w."fiscal_year_start_month" - 1))::smallint,
  sum(l."amount_cents"),
  coalesce(sum(l."amount_cents") filter (where l."cost_cents" is not null), 0),
  coalesce(sum(l."cost_cents"), 0),
  sum(l."hours"),
  coalesce(sum(l."amount_cents") filter (where l."hours" is not null), 0),
  count(*),
  count(*) filter (where l."amount_cents" < 0),
  coalesce(-sum(l."amount_cents") filter (where l."amount_cents" < 0), 0),
  min(l."invoice_date"),
  coalesce(array_agg(distinct l."service_line" order by l."service_line") filter (where l."service_line" is not null), '{}')
FROM "revenue_lines" l
JOIN "workspaces" w ON w."workspace_id" = l."workspace_id"
GROUP BY 1, 2, 3;
