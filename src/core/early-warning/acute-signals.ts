// Acute signals (method §8): recorded by a professional the day they hear them, they count for
// half a year; the latest of each kind is the evidence.
import { calendarDaysBetween } from '../servicing/calendar-days.ts';
import { signalOf, type AcuteSignalKind, type Signal } from './signal.ts';

/** How long a recorded acute signal counts. */
export const acuteSignalDays = 183;

export type RecordedSignal = {
  id: string;
  kind: AcuteSignalKind;
  recordedOn: string;
  note: string | null;
};

/** The acute signals that count at today: per kind the latest recorded, not in the future. */
export function acuteSignals(recorded: readonly RecordedSignal[], today: string): Signal[] {
  const latest = new Map<AcuteSignalKind, RecordedSignal>();
  for (const signal of recorded) {
    const daysAgo = calendarDaysBetween(signal.recordedOn, today);
    if (daysAgo < 0 || daysAgo > acuteSignalDays) continue;
    const kept = latest.get(signal.kind);
    if (!kept || kept.recordedOn < signal.recordedOn) latest.set(signal.kind, signal);
  }
  return [...latest.values()].map((signal) =>
    signalOf(
      signal.kind,
      {
        recordedOn: signal.recordedOn,
        daysAgo: calendarDaysBetween(signal.recordedOn, today),
        note: signal.note,
      },
      [signal.id],
    ),
  );
}
