// An effect on revenue with its sign in front, as a bridge is read: "+ € 2.500,00", "− € 800,00".
import { formatMoney, type Language } from '../format.ts';

export function signedMoney(cents: number, currency: string, language: Language): string {
  const sign = cents > 0 ? '+ ' : cents < 0 ? '− ' : '';
  return `${sign}${formatMoney(Math.abs(cents), currency, language)}`;
}
