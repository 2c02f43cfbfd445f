// A client's share of revenue, written one way on every page (the portfolio's table, its
// dependency alerts and key figures, the annual review and its answers): to two decimals of a
// percent, which is what the server's basis points hold, so it is rounded once. Written to one
// decimal from the basis points, 7,895 would read 79.0% on one page and 78.9% on another.
import { formatBasisPoints, type Language } from '../format.ts';

export function formatShare(basisPoints: number, language: Language): string {
  return formatBasisPoints(basisPoints, language, 2);
}
