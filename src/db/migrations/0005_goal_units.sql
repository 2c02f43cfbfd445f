ALTER TABLE "category_goals" ADD COLUMN "unit" text;--> statement-breakpoint
UPDATE "category_goals" SET
  "unit" = CASE
    WHEN "measure" LIKE 'own:%' THEN split_part("measure", ':', 2)
    WHEN "measure" = 'retentionRateBasisPoints' THEN 'basisPoints'
    WHEN "measure" = 'relationshipLengthMonths' THEN 'months'
    WHEN "measure" = 'acquisitionCostCents' THEN 'cents'
    WHEN "measure" = 'serviceLinesPerClientHundredths' THEN 'hundredths'
    WHEN "measure" = 'revenuePerHourCents' THEN 'cents'
    WHEN "measure" = 'tariffLevelBasisPoints' THEN 'basisPoints'
    WHEN "measure" = 'discountBasisPoints' THEN 'basisPoints'
    WHEN "measure" = 'referringClientsBasisPoints' THEN 'basisPoints'
    WHEN "measure" = 'clientsFromReferrals' THEN 'count'
    WHEN "measure" = 'largestClientShareBasisPoints' THEN 'basisPoints'
    WHEN "measure" = 'topFiveShareBasisPoints' THEN 'basisPoints'
    WHEN "measure" = 'servicesDeveloped' THEN 'count'
    WHEN "measure" = 'newServiceRevenueCents' THEN 'cents'
    ELSE 'count'
  END,
  "measure" = CASE
    WHEN "measure" LIKE 'own:%:%' THEN 'own:' || substr("measure", length('own:' || split_part("measure", ':', 2) || ':') + 1)
    ELSE "measure"
  END;--> statement-breakpoint
ALTER TABLE "category_goals" ALTER COLUMN "unit" SET NOT NULL;
