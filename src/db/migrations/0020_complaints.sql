CREATE TABLE "complaints" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"contact_id" uuid,
	"professional_id" uuid,
	"subject" text NOT NULL,
	"description" text,
	"severity" text NOT NULL,
	"received_on" date NOT NULL,
	"acknowledged_on" date,
	"solved_on" date,
	"closed_on" date,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "complaints_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_workspace_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("workspace_id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_organization_id_fk" FOREIGN KEY ("workspace_id","organization_id") REFERENCES "public"."organizations"("workspace_id","id") ON DELETE cascade ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_contact_id_fk" FOREIGN KEY ("workspace_id","contact_id") REFERENCES "public"."contacts"("workspace_id","id") ON DELETE SET NULL ("contact_id") ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_professional_id_fk" FOREIGN KEY ("workspace_id","professional_id") REFERENCES "public"."users"("workspace_id","id") ON DELETE SET NULL ("professional_id") ON UPDATE no action DEFERRABLE;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_created_by_fk" FOREIGN KEY ("workspace_id","created_by") REFERENCES "public"."users"("workspace_id","id") ON DELETE SET NULL ("created_by") ON UPDATE no action DEFERRABLE;--> statement-breakpoint
CREATE INDEX "complaints_organization_idx" ON "complaints" USING btree ("workspace_id","organization_id","received_on");--> statement-breakpoint
CREATE INDEX "complaints_open_idx" ON "complaints" USING btree ("workspace_id","received_on") WHERE "complaints"."closed_on" is null;