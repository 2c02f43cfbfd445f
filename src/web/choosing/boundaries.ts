// Category boundaries on the 0–10 grade in words (method.md §3.3): "above 8", "from 6". A
// boundary is kept in tenths with an inclusive flag (decision 0011).
import type { GradeBound } from './queries.ts';

/** A grade with one decimal in the user's language: 8.2 or 8,2. */
export function formatGrade(grade: number, language: string): string {
  return new Intl.NumberFormat(language, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(grade);
}

/** A boundary's grade as short as it goes: 8 rather than 8.0, but 7,5. */
export function formatBoundGrade(tenths: number, language: string): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(tenths / 10);
}

/** How a boundary reads: the lowest category takes the rest. */
export function boundaryKind(bound: GradeBound): 'above' | 'from' | 'rest' {
  if (bound.tenths === 0 && bound.inclusive) return 'rest';
  return bound.inclusive ? 'from' : 'above';
}

/** A grade typed by the user ("7,5", "8") in tenths; null when it is not a grade 0–10. */
export function parseBoundGrade(text: string): number | null {
  const normalized = text.trim().replace(',', '.');
  if (!/^\d{1,2}(\.\d)?$/.test(normalized)) return null;
  const tenths = Math.round(Number(normalized) * 10);
  return tenths <= 100 ? tenths : null;
}
