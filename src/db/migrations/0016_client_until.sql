ALTER TABLE "organizations" ADD COLUMN "client_until" date;--> statement-breakpoint
-- A former client of before this column was a client until its last invoice or its last done
-- activity, whichever came later; one with neither stays unknown (not judged, as before).
UPDATE "organizations" o SET "client_until" = greatest(
  (SELECT max(r.invoice_date) FROM revenue_lines r
    WHERE r.workspace_id = o.workspace_id AND r.organization_id = o.id),
  (SELECT max(a.on_date) FROM activities a
    WHERE a.workspace_id = o.workspace_id AND a.organization_id = o.id AND a.status = 'done'))
WHERE o.status = 'former';
