// The firm's one clock. A firm's day starts at midnight in its own time zone (the workspace's
// time zone, Europe/Amsterdam unless the firm chose another), not in UTC and not in the
// browser: a call taken at half past midnight belongs to the new day, and every feature, job and
// command asks this one function what day it is, so around midnight they all agree. The instant
// comes from a Clock that the app takes in its dependencies, so tests can fix it.
import { eq, sql, type SQL } from 'drizzle-orm';
import { dayAt, defaultTimeZone } from '../core/time-zone.ts';
import type { Db } from '../db/connection.ts';
import { workspaces } from '../db/schema.ts';

/** Where "now" comes from: the system's time, or a fixed instant in tests. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

export type FirmClock = {
  /** The firm's IANA time zone. */
  timeZone: string;
  /** The instant it is. */
  now: Date;
  /** The firm's day (YYYY-MM-DD) at that instant. */
  today: string;
};

/** The firm's time zone; the default for a firm that is not (or no longer) there. */
export async function firmTimeZone(db: Pick<Db, 'select'>, workspaceId: string): Promise<string> {
  const [row] = await db
    .select({ timeZone: workspaces.timeZone })
    .from(workspaces)
    .where(eq(workspaces.workspaceId, workspaceId));
  return row?.timeZone ?? defaultTimeZone;
}

/** The instant it is and the firm's day then, on the firm's clock. */
export async function firmClock(
  db: Pick<Db, 'select'>,
  workspaceId: string,
  clock: Clock = systemClock,
): Promise<FirmClock> {
  const timeZone = await firmTimeZone(db, workspaceId);
  const now = clock();
  return { timeZone, now, today: dayAt(now, timeZone) };
}

/** The firm's day (YYYY-MM-DD): what every "today" of a feature, job or command is. */
export async function firmToday(
  db: Pick<Db, 'select'>,
  workspaceId: string,
  clock: Clock = systemClock,
): Promise<string> {
  return (await firmClock(db, workspaceId, clock)).today;
}

/**
 * The firm's day (YYYY-MM-DD text) on which a recorded instant fell, in SQL: the day firmToday
 * said then. `instant` is a timestamptz column of a row of the firm `workspaceId` names.
 */
export const firmDayOf = (instant: SQL, workspaceId: SQL) =>
  sql`to_char((${instant} at time zone (select fw.time_zone from workspaces fw
                                         where fw.workspace_id = ${workspaceId}))::date,
              'YYYY-MM-DD')`;
