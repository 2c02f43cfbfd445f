CREATE TABLE "client_losses" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"lost_on" date NOT NULL,
	"reason_id" uuid NOT NULL,
	"text" text,
	"manner" text,
	"told" text,
	"recorded_by" uuid,
	"won_back_on" date,
	"win_back_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "client_losses_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "lost_reasons" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"preset" text,
	"name" text,
	"hidden" boolean DEFAULT false NOT NULL,
	"position" smallint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "lost_reasons_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "win_back_policies" (
	"workspace_id" uuid NOT NULL,
	"scheme_id" uuid NOT NULL,
	"category" text NOT NULL,
	"actor" text NOT NULL,
	"user_id" uuid,
	"steps" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "win_back_policies_workspace_id_scheme_id_category_pk" PRIMARY KEY("workspace_id","scheme_id","category")
);
--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "client_loss_id" uuid;--> statement-breakpoint
ALTER TABLE "client_losses" ADD CONSTRAINT "client_losses_workspace_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("workspace_id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "client_losses" ADD CONSTRAINT "client_losses_organization_id_fk" FOREIGN KEY ("workspace_id","organization_id") REFERENCES "public"."organizations"("workspace_id","id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "client_losses" ADD CONSTRAINT "client_losses_reason_id_fk" FOREIGN KEY ("workspace_id","reason_id") REFERENCES "public"."lost_reasons"("workspace_id","id") ON DELETE no action ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "client_losses" ADD CONSTRAINT "client_losses_recorded_by_fk" FOREIGN KEY ("workspace_id","recorded_by") REFERENCES "public"."users"("workspace_id","id") ON DELETE SET NULL ("recorded_by") ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "lost_reasons" ADD CONSTRAINT "lost_reasons_workspace_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("workspace_id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "win_back_policies" ADD CONSTRAINT "win_back_policies_workspace_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("workspace_id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "win_back_policies" ADD CONSTRAINT "win_back_policies_scheme_id_fk" FOREIGN KEY ("workspace_id","scheme_id") REFERENCES "public"."category_schemes"("workspace_id","id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "win_back_policies" ADD CONSTRAINT "win_back_policies_user_id_fk" FOREIGN KEY ("workspace_id","user_id") REFERENCES "public"."users"("workspace_id","id") ON DELETE SET NULL ("user_id") ON UPDATE no action DEFERRABLE;--> statement-breakpoint
CREATE INDEX "client_losses_organization_idx" ON "client_losses" USING btree ("workspace_id","organization_id","lost_on");--> statement-breakpoint
CREATE UNIQUE INDEX "client_losses_open_key" ON "client_losses" USING btree ("workspace_id","organization_id") WHERE "client_losses"."won_back_on" is null;--> statement-breakpoint
CREATE INDEX "client_losses_reason_idx" ON "client_losses" USING btree ("workspace_id","reason_id");--> statement-breakpoint
CREATE UNIQUE INDEX "lost_reasons_preset_key" ON "lost_reasons" USING btree ("workspace_id","preset") WHERE "lost_reasons"."preset" is not null;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_client_loss_id_fk" FOREIGN KEY ("workspace_id","client_loss_id") REFERENCES "public"."client_losses"("workspace_id","id") ON DELETE SET NULL ("client_loss_id") ON UPDATE no action DEFERRABLE;--> statement-breakpoint
CREATE INDEX "activities_client_loss_idx" ON "activities" USING btree ("workspace_id","client_loss_id") WHERE "activities"."client_loss_id" is not null;--> statement-breakpoint
-- every firm of before starts with the preset lost reasons (src/core/winback/client-loss.ts)
INSERT INTO "lost_reasons" ("workspace_id", "id", "preset", "position")
SELECT w."workspace_id", gen_random_uuid(), p."preset", p."position"
FROM "workspaces" w
CROSS JOIN (VALUES ('price', 0), ('quality', 1), ('service', 2), ('contactPersonLeft', 3),
  ('movedToCompetitor', 4), ('clientStoppedOrMerged', 5), ('noLongerNeeded', 6), ('other', 7))
  AS p("preset", "position");