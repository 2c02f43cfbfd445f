CREATE TABLE "category_override_history" (
	"workspace_id" uuid NOT NULL,
	"scheme_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"category" text NOT NULL,
	"reason" text NOT NULL,
	"user_id" uuid,
	"set_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "category_override_history_workspace_id_scheme_id_organization_id_set_at_pk" PRIMARY KEY("workspace_id","scheme_id","organization_id","set_at")
);
