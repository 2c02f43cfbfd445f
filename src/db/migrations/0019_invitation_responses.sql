ALTER TABLE "activity_contacts" ADD COLUMN "response" text;--> statement-breakpoint
ALTER TABLE "activity_contacts" ADD COLUMN "responded_on" date;