// Calendar days as whole numbers (days since 1970-01-01, UTC), so the generator can add and
// compare dates without time zones, and print them as ISO dates the database stores as they are.

const msPerDay = 86_400_000;

export const dayOf = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / msPerDay;

// A generated firm formats the same few thousand days hundreds of thousands of times.
const isoDays = new Map<number, string>();

export function isoDay(day: number): string {
  let iso = isoDays.get(day);
  if (iso === undefined) {
    iso = new Date(day * msPerDay).toISOString().slice(0, 10);
    isoDays.set(day, iso);
  }
  return iso;
}

export const yearOf = (day: number): number => Number(isoDay(day).slice(0, 4));

export const firstDayOfYear = (year: number): number => Date.UTC(year, 0, 1) / msPerDay;

export const lastDayOfYear = (year: number): number => Date.UTC(year, 11, 31) / msPerDay;

/** A moment on a day: `minutes` after midnight UTC. */
export const momentOn = (day: number, minutes: number): Date =>
  new Date(day * msPerDay + minutes * 60_000);
