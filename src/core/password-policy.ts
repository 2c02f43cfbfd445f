/** ASVS level 2: at least 8 characters, up to at least 64 (we allow 128), no composition rules. */
export const passwordLength = { min: 8, max: 128 } as const;

export function passwordProblem(password: string): 'too_short' | 'too_long' | undefined {
  const length = [...password].length;
  if (length < passwordLength.min) return 'too_short';
  if (length > passwordLength.max) return 'too_long';
  return undefined;
}
