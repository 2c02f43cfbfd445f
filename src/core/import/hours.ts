// Hours as time registrations export them: decimals ("12,5") or hours and minutes ("7:30").
import { parseAmount, type DecimalSeparator } from './amount.ts';
import { cellText, quoteCell } from './cell.ts';
import { because, type ProblemReason } from './problem-reason.ts';

export type HoursReading = { ok: true; hours: string | null } | ({ ok: false } & ProblemReason);

/**
 * Hours as a decimal string with at most two decimals ("12.5"), rounded half away from zero;
 * null when the cell is empty. Reads "12,5", "1.234,25", "7:30", "12,5 uur" and XLSX numbers.
 */
export function parseHours(
  value: unknown,
  decimalSeparator: DecimalSeparator | null = null,
): HoursReading {
  const text = cellText(value);
  if (text === '') return { ok: true, hours: null };
  if (text.length > 64) return notHours(value);
  const clock = /^(-?)(\d{1,6}):([0-5]\d)$/.exec(text);
  if (clock) {
    const minutes = Number(clock[2]) * 60 + Number(clock[3]);
    // Hundredths of an hour from minutes, rounded half up: (minutes × 100 + 30) ÷ 60.
    const hundredths = Math.floor((minutes * 100 + 30) / 60);
    return { ok: true, hours: formatHundredths(clock[1] ? -hundredths : hundredths) };
  }
  const number =
    typeof value === 'string' ? text.replace(/\s*(?:uur|uren|u|h|hrs|hours)$/i, '') : value;
  const reading = parseAmount(number, decimalSeparator);
  if (!reading.ok) return notHours(value);
  return { ok: true, hours: formatHundredths(reading.cents) };
}

/** 1250 → "12.5", 1200 → "12", -25 → "-0.25". */
function formatHundredths(hundredths: number): string {
  const size = Math.abs(hundredths);
  const whole = Math.floor(size / 100);
  const fraction = String(size % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  const sign = hundredths < 0 ? '-' : '';
  return fraction ? `${sign}${whole}.${fraction}` : `${sign}${whole}`;
}

const notHours = (value: unknown): HoursReading => ({
  ok: false,
  ...because('hours.notHours', { cell: quoteCell(value) }),
});
