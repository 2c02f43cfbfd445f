// Goals per category in the form and the table: the method's measures by kind, and a goal's
// whole-number value (basis points, cents, hundredths, months, a count) as the user types and
// reads it (a percentage, euros, a decimal).
import { formatMoney, formatNumber, type Language } from '../format.ts';
import type { Schemas } from '../api/client.ts';

export type Goal = Schemas['CategoryGoal'];
export type GoalKind = Goal['kind'];
export type MeasureUnit = Goal['unit'];
export type GoalDirection = Goal['direction'];

/** The six goals of the method, each with the measures the product tracks, and the firm's own. */
export const measuresByKind = {
  loyalty: ['retentionRateBasisPoints', 'relationshipLengthMonths', 'acquisitionCostCents'],
  crossSelling: ['serviceLinesPerClientHundredths'],
  priceSensitivity: ['revenuePerHourCents', 'tariffLevelBasisPoints', 'discountBasisPoints'],
  ambassadors: ['referringClientsBasisPoints', 'clientsFromReferrals'],
  dependency: ['largestClientShareBasisPoints', 'topFiveShareBasisPoints'],
  newServices: ['servicesDeveloped', 'newServiceRevenueCents'],
  custom: [],
} as const satisfies Record<GoalKind, readonly string[]>;

export type GoalMeasure = (typeof measuresByKind)[Exclude<GoalKind, 'custom'>][number];

export const goalKinds = Object.keys(measuresByKind) as GoalKind[];

/** Each measure's unit and the direction it usually goes, as the server has them. */
export const measureDefaults: Record<GoalMeasure, { unit: MeasureUnit; direction: GoalDirection }> =
  {
    retentionRateBasisPoints: { unit: 'basisPoints', direction: 'atLeast' },
    relationshipLengthMonths: { unit: 'months', direction: 'atLeast' },
    acquisitionCostCents: { unit: 'cents', direction: 'atMost' },
    serviceLinesPerClientHundredths: { unit: 'hundredths', direction: 'atLeast' },
    revenuePerHourCents: { unit: 'cents', direction: 'atLeast' },
    tariffLevelBasisPoints: { unit: 'basisPoints', direction: 'atLeast' },
    discountBasisPoints: { unit: 'basisPoints', direction: 'atMost' },
    referringClientsBasisPoints: { unit: 'basisPoints', direction: 'atLeast' },
    clientsFromReferrals: { unit: 'count', direction: 'atLeast' },
    largestClientShareBasisPoints: { unit: 'basisPoints', direction: 'atMost' },
    topFiveShareBasisPoints: { unit: 'basisPoints', direction: 'atMost' },
    servicesDeveloped: { unit: 'count', direction: 'atLeast' },
    newServiceRevenueCents: { unit: 'cents', direction: 'atLeast' },
  };

export function isGoalMeasure(key: string): key is GoalMeasure {
  return Object.hasOwn(measureDefaults, key);
}

/** How many of the stored whole units make one typed unit: 1% is 100 basis points, € 1 is 100. */
const perTyped: Record<MeasureUnit, number> = {
  basisPoints: 100,
  cents: 100,
  hundredths: 100,
  months: 1,
  count: 1,
};

/** The number the user types for a stored value: 9500 basis points → 95 (%). */
export function typedValue(value: number, unit: MeasureUnit): number {
  return value / perTyped[unit];
}

/** The stored whole number for what the user typed: 95 (%) → 9500; rounded to a whole unit. */
export function storedValue(typed: number, unit: MeasureUnit): number {
  return Math.round(typed * perTyped[unit]);
}

/** A stored value as the user reads it: "95,0%", "€ 1.250,00", "1,33", "24 months" as a number. */
export function formatGoalValue(
  value: number,
  unit: MeasureUnit,
  options: { language: Language; currency: string },
): string {
  switch (unit) {
    case 'basisPoints':
      return `${formatNumber(value / 100, options.language)}%`;
    case 'cents':
      return formatMoney(value, options.currency, options.language);
    case 'hundredths':
      return new Intl.NumberFormat(options.language === 'nl' ? 'nl-NL' : 'en-GB', {
        minimumFractionDigits: 2,
        maximumFractionDigits: 2,
      }).format(value / 100);
    case 'months':
    case 'count':
      return formatNumber(value, options.language);
  }
}
