// Queries for client losses; all scoped by the firm.
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/connection.ts';
import { clientLosses, clientYears, organizations, users } from '../../db/schema.ts';

type Reader = Pick<Db, 'select'>;
export type LossRow = typeof clientLosses.$inferSelect & {
  organizationName: string;
  recordedByName: string | null;
};

const columns = {
  loss: clientLosses,
  organizationName: organizations.name,
  recordedByName: users.name,
};

function withNames(db: Reader) {
  return db
    .select(columns)
    .from(clientLosses)
    .innerJoin(
      organizations,
      and(
        eq(organizations.workspaceId, clientLosses.workspaceId),
        eq(organizations.id, clientLosses.organizationId),
      ),
    )
    .leftJoin(
      users,
      and(eq(users.workspaceId, clientLosses.workspaceId), eq(users.id, clientLosses.recordedBy)),
    );
}

const flat = (row: {
  loss: typeof clientLosses.$inferSelect;
  organizationName: string;
  recordedByName: string | null;
}): LossRow => ({
  ...row.loss,
  organizationName: row.organizationName,
  recordedByName: row.recordedByName,
});

export async function findLoss(db: Reader, workspaceId: string, id: string, lock = false) {
  const query = db
    .select()
    .from(clientLosses)
    .where(and(eq(clientLosses.workspaceId, workspaceId), eq(clientLosses.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function lossesOfOrganization(
  db: Reader,
  workspaceId: string,
  organizationId: string,
) {
  const rows = await withNames(db)
    .where(
      and(
        eq(clientLosses.workspaceId, workspaceId),
        eq(clientLosses.organizationId, organizationId),
      ),
    )
    .orderBy(desc(clientLosses.lostOn), desc(clientLosses.createdAt));
  return rows.map(flat);
}

export async function lossesOfFirm(
  db: Reader,
  workspaceId: string,
  organizationIds?: readonly string[],
) {
  const rows = await withNames(db)
    .where(
      and(
        eq(clientLosses.workspaceId, workspaceId),
        organizationIds ? inArray(clientLosses.organizationId, [...organizationIds]) : undefined,
      ),
    )
    .orderBy(asc(clientLosses.lostOn), asc(clientLosses.id));
  return rows.map(flat);
}

export async function lossWithNames(db: Reader, workspaceId: string, id: string) {
  const [row] = await withNames(db).where(
    and(eq(clientLosses.workspaceId, workspaceId), eq(clientLosses.id, id)),
  );
  return row ? flat(row) : undefined;
}

/** The year totals asked for, per client and fiscal year ("id|year" → cents). */
export async function yearTotals(
  db: Reader,
  workspaceId: string,
  wanted: readonly { organizationId: string; year: number }[],
): Promise<Map<string, number>> {
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({
      organizationId: clientYears.organizationId,
      year: clientYears.fiscalYear,
      revenueCents: clientYears.revenueCents,
    })
    .from(clientYears)
    .where(
      and(
        eq(clientYears.workspaceId, workspaceId),
        inArray(clientYears.organizationId, [...new Set(wanted.map((w) => w.organizationId))]),
        inArray(clientYears.fiscalYear, [...new Set(wanted.map((w) => w.year))]),
      ),
    );
  return new Map(rows.map((row) => [`${row.organizationId}|${row.year}`, row.revenueCents]));
}
