// A signal dismissed with a reason stays away while its evidence stays the same: the dismissal
// keeps the fingerprint of the evidence it saw, and new evidence makes another fingerprint.
import type { Signal, SignalKind } from './signal.ts';

/** The kind and the stable part of the evidence (`basis`): a date counted on does not change it. */
export function fingerprintOf(signal: Pick<Signal, 'kind' | 'basis'>): string {
  return `${signal.kind}:${signal.basis}`;
}

export type Dismissal = { kind: SignalKind; fingerprint: string };

/** Whether a dismissal of the client covers this signal as its evidence is now. */
export function isDismissed(
  signal: Pick<Signal, 'kind' | 'basis'>,
  dismissals: readonly Dismissal[],
): boolean {
  const fingerprint = fingerprintOf(signal);
  return dismissals.some(
    (dismissal) => dismissal.kind === signal.kind && dismissal.fingerprint === fingerprint,
  );
}
