// The one mapper from a loss to what the API answers: its reason, the category the client had on
// the day it was lost (decision 0027) and the revenue the loss took (decision 0037).
import type { LossManner } from '../../core/winback/client-loss.ts';
import { revenueTaken, revenueYearOfLoss } from '../../core/winback/lost-report.ts';
import type { Db } from '../../db/connection.ts';
import { categoryTimeline, schemeOrPrimary } from '../choosing/categories.service.ts';
import { fiscalYearStartOf } from '../workspace/workspace.service.ts';
import { yearTotals, type LossRow } from './client-losses.repo.ts';

type Reader = Pick<Db, 'select' | 'insert' | 'execute'>;

export type LossView = {
  id: string;
  organizationId: string;
  organizationName: string;
  lostOn: string;
  reasonId: string;
  text: string | null;
  manner: LossManner | null;
  told: string | null;
  recordedBy: string | null;
  recordedByName: string | null;
  wonBackOn: string | null;
  winBackNote: string | null;
  /** The category in the firm's primary scheme on the day it was lost; null: none. */
  category: string | null;
  /** The fiscal year whose revenue the loss took, and that revenue. */
  revenueYear: number;
  revenueCents: number;
};

export async function lossViews(
  db: Reader,
  workspaceId: string,
  rows: readonly LossRow[],
): Promise<LossView[]> {
  if (rows.length === 0) return [];
  const startMonth = await fiscalYearStartOf(db, workspaceId);
  const days = rows.map((row) => row.lostOn).sort();
  const scheme = await schemeOrPrimary(db, workspaceId);
  const [timeline, totals] = await Promise.all([
    categoryTimeline(db, workspaceId, scheme, {
      from: days[0]!,
      to: days[days.length - 1]!,
      clientIds: [...new Set(rows.map((row) => row.organizationId))],
    }),
    yearTotals(
      db,
      workspaceId,
      rows.map((row) => ({
        organizationId: row.organizationId,
        year: revenueYearOfLoss(row.lostOn, startMonth),
      })),
    ),
  ]);
  return rows.map((row) => {
    const revenueYear = revenueYearOfLoss(row.lostOn, startMonth);
    return {
      id: row.id,
      organizationId: row.organizationId,
      organizationName: row.organizationName,
      lostOn: row.lostOn,
      reasonId: row.reasonId,
      text: row.text,
      manner: row.manner as LossManner | null,
      told: row.told,
      recordedBy: row.recordedBy,
      recordedByName: row.recordedByName,
      wonBackOn: row.wonBackOn,
      winBackNote: row.winBackNote,
      category: timeline.on(row.organizationId, row.lostOn),
      revenueYear,
      revenueCents: revenueTaken(totals.get(`${row.organizationId}|${revenueYear}`)),
    };
  });
}
