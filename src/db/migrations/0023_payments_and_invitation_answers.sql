ALTER TABLE "activity_contacts" ADD COLUMN "response" text;--> statement-breakpoint
ALTER TABLE "activity_contacts" ADD COLUMN "responded_on" date;--> statement-breakpoint
ALTER TABLE "revenue_lines" ADD COLUMN "due_on" date;--> statement-breakpoint
ALTER TABLE "revenue_lines" ADD COLUMN "paid_on" date;--> statement-breakpoint
ALTER TABLE "revenue_lines" ADD COLUMN "payment_tracked" boolean DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX "revenue_lines_payment_idx" ON "revenue_lines" USING btree ("workspace_id","invoice_date") WHERE "revenue_lines"."payment_tracked";