// The fiscal year a portfolio page shows: the one in the address (`?year=`), else the latest
// with revenue. Choosing another year adds a history entry, so Back returns to the previous one.
import { usePortfolioYears } from '../portfolio/queries.ts';
import { useAddressParams } from './useAddressParams.ts';

export function useFiscalYear() {
  const years = usePortfolioYears();
  const [params, update] = useAddressParams();
  const asked = Number(params.get('year'));
  const known = years.data?.years ?? [];
  const year =
    Number.isInteger(asked) && asked >= 1900 && asked < 3000 ? asked : (known.at(-1) ?? null);
  // the top of one year's ranking means nothing in another
  const choose = (next: number) => update({ year: String(next), top: null }, { replace: false });
  return { years, year, choose, startMonth: years.data?.fiscalYearStartMonth ?? 1 };
}
