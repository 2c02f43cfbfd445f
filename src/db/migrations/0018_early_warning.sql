CREATE TABLE "acute_signals" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"recorded_on" date NOT NULL,
	"note" text,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "acute_signals_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "signal_dismissals" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"fingerprint" text NOT NULL,
	"reason" text NOT NULL,
	"dismissed_by" uuid,
	"dismissed_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "signal_dismissals_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "signal_weights" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "acute_signals" ADD CONSTRAINT "acute_signals_workspace_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("workspace_id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "acute_signals" ADD CONSTRAINT "acute_signals_organization_id_fk" FOREIGN KEY ("workspace_id","organization_id") REFERENCES "public"."organizations"("workspace_id","id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "acute_signals" ADD CONSTRAINT "acute_signals_recorded_by_fk" FOREIGN KEY ("workspace_id","recorded_by") REFERENCES "public"."users"("workspace_id","id") ON DELETE SET NULL ("recorded_by") ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "signal_dismissals" ADD CONSTRAINT "signal_dismissals_workspace_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("workspace_id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "signal_dismissals" ADD CONSTRAINT "signal_dismissals_organization_id_fk" FOREIGN KEY ("workspace_id","organization_id") REFERENCES "public"."organizations"("workspace_id","id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "signal_dismissals" ADD CONSTRAINT "signal_dismissals_dismissed_by_fk" FOREIGN KEY ("workspace_id","dismissed_by") REFERENCES "public"."users"("workspace_id","id") ON DELETE SET NULL ("dismissed_by") ON UPDATE no action DEFERRABLE;--> statement-breakpoint
CREATE INDEX "acute_signals_recorded_idx" ON "acute_signals" USING btree ("workspace_id","recorded_on");--> statement-breakpoint
CREATE INDEX "acute_signals_organization_idx" ON "acute_signals" USING btree ("workspace_id","organization_id","recorded_on");--> statement-breakpoint
CREATE UNIQUE INDEX "signal_dismissals_signal_key" ON "signal_dismissals" USING btree ("workspace_id","organization_id","kind");