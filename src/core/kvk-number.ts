/**
 * The Chamber of Commerce number (KvK-nummer): eight digits. Spaces and dots that people type
 * are removed; anything else is an error. Returns the normalised number or undefined if invalid.
 */
export function normaliseKvkNumber(input: string): string | undefined {
  const digits = input.replace(/[\s.]/g, '');
  return /^\d{8}$/.test(digits) ? digits : undefined;
}
