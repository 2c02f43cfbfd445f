CREATE TABLE "sign_in_counters" (
	"workspace_id" uuid NOT NULL,
	"key" text NOT NULL,
	"window_start" timestamp with time zone DEFAULT now() NOT NULL,
	"attempts" integer NOT NULL,
	"next_check_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_check" text,
	CONSTRAINT "sign_in_counters_workspace_id_key_pk" PRIMARY KEY("workspace_id","key")
);
