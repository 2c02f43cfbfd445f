// A fiscal year is named by the calendar year it starts in; one that does not start in January
// spans two calendar years and says so ("2024/25").
export function fiscalYearLabel(year: number, startMonth: number): string {
  if (startMonth === 1) return String(year);
  return `${year}/${String((year + 1) % 100).padStart(2, '0')}`;
}
