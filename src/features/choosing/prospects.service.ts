// The ideal prospect (prospectprofiel, method §3.7): derived from the clients in the scheme's
// best category at the latest commit (categories set by hand win), edited by the firm if it
// likes, and every prospect's fit with it. The profile and the fit come from src/core/choosing.
import {
  idealProfile,
  profileTraits,
  prospectFit,
  type IdealProfile,
  type ProfileTrait,
} from '../../core/choosing/index.ts';
import { notFound } from '../../core/errors.ts';
import type { Db } from '../../db/connection.ts';
import { recordAudit } from '../../kernel/audit.ts';
import { latestCategories, overridesOf } from './classification.repo.ts';
import {
  deleteProfile,
  latestCommitAt,
  organisationTraits,
  saveProfile,
  savedProfile,
  type EditedProfile,
} from './prospects.repo.ts';
import { schemeOrPrimary, toScheme, type SchemeRow } from './schemes.repo.ts';
import type { Actor } from '../../kernel/actor.ts';

async function schemeRowOf(db: Db, workspaceId: string, schemeId: string | undefined) {
  const row = await schemeOrPrimary(db, workspaceId, schemeId);
  if (!row) throw notFound('Category scheme');
  return row;
}

/**
 * The profile drawn from the top clients, and every value any of them has (for the share of a
 * value the firm adds itself). Empty until a classification is committed.
 */
async function derivedProfile(db: Db, workspaceId: string, schemeRow: SchemeRow) {
  const topCategory = toScheme(schemeRow).scheme.categories[0]?.key ?? null;
  const classifiedAt = (await latestCommitAt(db, workspaceId, schemeRow.id)) ?? null;
  if (classifiedAt === null || topCategory === null) {
    const empty = idealProfile([]);
    return { topCategory, classifiedAt, derived: empty, everyValue: empty };
  }
  const [committed, overrides] = await Promise.all([
    latestCategories(db, workspaceId, schemeRow.id),
    overridesOf(db, workspaceId, schemeRow.id),
  ]);
  const placed = new Map(committed);
  for (const override of overrides) placed.set(override.clientId, override.categoryKey);
  const topIds = [...placed].filter(([, category]) => category === topCategory).map(([id]) => id);
  const topClients =
    topIds.length === 0 ? [] : await organisationTraits(db, workspaceId, { clientIds: topIds });
  return {
    topCategory,
    classifiedAt,
    derived: idealProfile(topClients),
    everyValue: idealProfile(topClients, 0),
  };
}

/** The edited profile in the core's shape: the values that count, with their share. */
function editedIdeal(everyValue: IdealProfile, edit: EditedProfile): IdealProfile {
  const trait = (name: ProfileTrait) =>
    edit[name].active
      ? edit[name].values.map(
          (value) =>
            everyValue[name].find((entry) => entry.value === value) ?? {
              value,
              clients: 0,
              shareBasisPoints: 0,
            },
        )
      : [];
  return {
    clients: everyValue.clients,
    sector: trait('sector'),
    sizeClass: trait('sizeClass'),
    region: trait('region'),
    services: trait('services'),
  };
}

/** Only the traits, in their order: what is kept and audited. */
const editOf = (edit: EditedProfile): EditedProfile =>
  Object.fromEntries(
    profileTraits.map((name) => [
      name,
      { active: edit[name].active, values: [...edit[name].values] },
    ]),
  ) as EditedProfile;

async function readProfile(db: Db, workspaceId: string, schemeRow: SchemeRow) {
  const [drawn, saved] = await Promise.all([
    derivedProfile(db, workspaceId, schemeRow),
    savedProfile(db, workspaceId, schemeRow.id),
  ]);
  return {
    schemeId: schemeRow.id,
    topCategory: drawn.topCategory,
    classifiedAt: drawn.classifiedAt,
    derived: drawn.derived,
    edited: saved ? { ...editOf(saved.profile), updatedAt: saved.updatedAt.toISOString() } : null,
    profile: saved ? editedIdeal(drawn.everyValue, saved.profile) : drawn.derived,
  };
}

export type ProspectProfileView = Awaited<ReturnType<typeof readProfile>>;

/** The derived profile of a scheme (the primary one by default) and the firm's edits. */
export async function prospectProfile(
  db: Db,
  workspaceId: string,
  schemeId: string | undefined,
): Promise<ProspectProfileView> {
  return readProfile(db, workspaceId, await schemeRowOf(db, workspaceId, schemeId));
}

/** Keeps the firm's own profile for the scheme; audited on the scheme. */
export async function editProspectProfile(
  db: Db,
  actor: Actor,
  schemeId: string | undefined,
  edit: EditedProfile,
): Promise<ProspectProfileView> {
  const schemeRow = await schemeRowOf(db, actor.workspaceId, schemeId);
  const profile = editOf(edit);
  await db.transaction(async (tx) => {
    const before = await savedProfile(tx, actor.workspaceId, schemeRow.id);
    await saveProfile(tx, { workspaceId: actor.workspaceId, schemeId: schemeRow.id, profile });
    await recordAudit(tx, {
      ...actor,
      entityType: 'category_scheme',
      entityId: schemeRow.id,
      action: 'update',
      before: { prospectProfile: before ? editOf(before.profile) : null },
      after: { prospectProfile: profile },
    });
  });
  return readProfile(db, actor.workspaceId, schemeRow);
}

/** Drops the firm's own profile: the derived one counts again. Audited when there was one. */
export async function resetProspectProfile(
  db: Db,
  actor: Actor,
  schemeId: string | undefined,
): Promise<void> {
  const schemeRow = await schemeRowOf(db, actor.workspaceId, schemeId);
  await db.transaction(async (tx) => {
    const before = await savedProfile(tx, actor.workspaceId, schemeRow.id);
    if (!before) return;
    await deleteProfile(tx, actor.workspaceId, schemeRow.id);
    await recordAudit(tx, {
      ...actor,
      entityType: 'category_scheme',
      entityId: schemeRow.id,
      action: 'update',
      before: { prospectProfile: editOf(before.profile) },
      after: { prospectProfile: null },
    });
  });
}

/** Every prospect with its fit to the profile, best first, those that cannot be compared last. */
export async function prospectFits(db: Db, workspaceId: string, schemeId: string | undefined) {
  const schemeRow = await schemeRowOf(db, workspaceId, schemeId);
  const [view, prospects] = await Promise.all([
    readProfile(db, workspaceId, schemeRow),
    organisationTraits(db, workspaceId, 'prospects'),
  ]);
  const items = prospects.map((prospect) => {
    const result = prospectFit(view.profile, prospect);
    return {
      ...prospect,
      fit: result.fit,
      matched: result.matched,
      compared: result.compared,
      reasons: result.reasons.map((reason) => ({
        trait: reason.trait,
        outcome: reason.outcome,
        values: reason.values,
        matchedValues: reason.matchedValues.map((entry) => entry.value),
      })),
    };
  });
  // a stable sort: equal fits stay in name order
  items.sort((a, b) => (b.fit ?? -1) - (a.fit ?? -1));
  return {
    schemeId: schemeRow.id,
    source: view.edited ? ('edited' as const) : ('derived' as const),
    classifiedAt: view.classifiedAt,
    items,
  };
}
