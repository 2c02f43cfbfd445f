// Easter Sunday by the Gregorian computus: the first Sunday after the ecclesiastical full moon on
// or after 21 March. Ascension (Easter + 39 days) and Whit Sunday (Easter + 49) hang on it.
import { formatIsoDate } from '../portfolio/iso-date.ts';
import { invalidField } from '../errors.ts';

/** Easter Sunday of a Gregorian year (1583 or later) as YYYY-MM-DD. */
export function easterSunday(year: number): string {
  if (!Number.isInteger(year) || year < 1583 || year > 9999)
    throw invalidField('year', `must be a whole Gregorian year from 1583 to 9999, got ${year}`);
  const golden = year % 19; // place in the 19-year cycle of the moon
  const century = Math.floor(year / 100);
  const yearInCentury = year % 100;
  const skippedLeapDays = Math.floor(century / 4);
  const moonCorrection = Math.floor((century + 8) / 25);
  const moonShift = Math.floor((century - moonCorrection + 1) / 3);
  // where the ecclesiastical full moon falls after 21 March
  const epact = (19 * golden + century - skippedLeapDays - moonShift + 15) % 30;
  // from that full moon to the Sunday after it
  const toSunday =
    (32 + 2 * (century % 4) + 2 * Math.floor(yearInCentury / 4) - epact - (yearInCentury % 4)) % 7;
  // the rare cases where the full moon date would break the 19-year cycle
  const correction = Math.floor((golden + 11 * epact + 22 * toSunday) / 451);
  const daysAfter22March = epact + toSunday - 7 * correction;
  const month = Math.floor((daysAfter22March + 114) / 31);
  const day = ((daysAfter22March + 114) % 31) + 1;
  return formatIsoDate({ year, month, day });
}
