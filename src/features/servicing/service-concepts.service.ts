// The service concept per category (method §5): the firm sets the norms per category of a scheme,
// from nothing or from a preset of the method's examples. Every change is audited on the scheme.
import { throwIfProblems } from '../../core/choosing/problems.ts';
import { notFound } from '../../core/errors.ts';
import {
  serviceConceptFor,
  serviceConceptProblems,
  withDefaultNorms,
  type ServiceConcept,
  type ServiceConceptWithDefaults,
} from '../../core/servicing/service-concept.ts';
import {
  presetServiceConcepts,
  type ServiceConceptPresetKey,
} from '../../core/servicing/service-presets.ts';
import type { Db } from '../../db/connection.ts';
import { recordAudit } from '../../kernel/audit.ts';
import { findScheme, schemesOf, toScheme, type SchemeRow } from '../choosing/categories.service.ts';
import {
  conceptsOf,
  removeConcept,
  saveConcept,
  type StoredNorms,
} from './service-concepts.repo.ts';
import type { Actor } from '../../kernel/actor.ts';

// The firm's service concepts (the norms per category), which the worklist and compliance measure.
export { conceptsOf } from './service-concepts.repo.ts';

type Executor = Pick<Db, 'select' | 'insert'>;

export type ServiceConceptView = ServiceConcept & { categoryName: string | null; set: boolean };

async function schemeOf(db: Executor, workspaceId: string, id: string): Promise<SchemeRow> {
  await schemesOf(db, workspaceId);
  const row = await findScheme(db, workspaceId, id);
  if (!row) throw notFound('Category scheme');
  return row;
}

const categoriesOf = (scheme: SchemeRow) => toScheme(scheme).scheme.categories;

function categoryOf(scheme: SchemeRow, categoryKey: string) {
  const category = categoriesOf(scheme).find((c) => c.key === categoryKey);
  if (!category) throw notFound('Category');
  return category;
}

/** Trimmed own norms; everything else as given (the core checks it). */
const normalised = (concept: ServiceConcept): ServiceConcept => ({
  ...concept,
  ownNorms: concept.ownNorms.trim(),
});

function assertValid(scheme: SchemeRow, concepts: readonly ServiceConcept[]) {
  const keys = categoriesOf(scheme).map((c) => c.key);
  const problems = serviceConceptProblems(concepts, keys).map((problem) => ({
    code: problem.code,
    path: concepts.length === 1 ? problem.path.slice(2) : problem.path,
  }));
  throwIfProblems(problems, 'service concept');
}

/** One concept per category of the scheme, best first: the firm's, or the default. */
export async function listServiceConcepts(
  db: Db,
  workspaceId: string,
  schemeId: string,
): Promise<{ schemeId: string; items: ServiceConceptView[] }> {
  const scheme = await schemeOf(db, workspaceId, schemeId);
  const concepts = await conceptsOf(db, workspaceId, schemeId);
  return {
    schemeId,
    items: categoriesOf(scheme).map((category) => ({
      ...serviceConceptFor(concepts, category.key),
      categoryName: category.name,
      set: concepts.some((concept) => concept.categoryKey === category.key),
    })),
  };
}

const auditedNorms = (concept: ServiceConcept | undefined) => {
  if (!concept) return null;
  const { categoryKey: _key, ...norms } = concept;
  return norms satisfies StoredNorms;
};

export async function setServiceConcept(
  db: Db,
  actor: Actor,
  schemeId: string,
  categoryKey: string,
  norms: Omit<ServiceConceptWithDefaults, 'categoryKey'>,
): Promise<ServiceConceptView> {
  return db.transaction(async (tx) => {
    const scheme = await schemeOf(tx, actor.workspaceId, schemeId);
    const category = categoryOf(scheme, categoryKey);
    const concept = normalised(withDefaultNorms({ ...norms, categoryKey }));
    assertValid(scheme, [concept]);
    const before = (await conceptsOf(tx, actor.workspaceId, schemeId)).find(
      (c) => c.categoryKey === categoryKey,
    );
    await saveConcept(tx, actor.workspaceId, schemeId, concept);
    await recordAudit(tx, {
      ...actor,
      entityType: 'category_scheme',
      entityId: schemeId,
      action: 'update',
      before: { [`serviceConcept.${categoryKey}`]: auditedNorms(before) },
      after: { [`serviceConcept.${categoryKey}`]: auditedNorms(concept) },
    });
    return { ...concept, categoryName: category.name, set: true };
  });
}

/** Back to the default norms for the category. */
export async function resetServiceConcept(
  db: Db,
  actor: Actor,
  schemeId: string,
  categoryKey: string,
): Promise<void> {
  await db.transaction(async (tx) => {
    const scheme = await schemeOf(tx, actor.workspaceId, schemeId);
    categoryOf(scheme, categoryKey);
    const before = (await conceptsOf(tx, actor.workspaceId, schemeId)).find(
      (c) => c.categoryKey === categoryKey,
    );
    if (!(await removeConcept(tx, actor.workspaceId, schemeId, categoryKey))) return;
    await recordAudit(tx, {
      ...actor,
      entityType: 'category_scheme',
      entityId: schemeId,
      action: 'update',
      before: { [`serviceConcept.${categoryKey}`]: auditedNorms(before) },
      after: { [`serviceConcept.${categoryKey}`]: null },
    });
  });
}

/**
 * A preset's concepts, best first, go to the scheme's categories best first: the freelancer's
 * A/B/C fits A/B/C, and fits S/A/B/C as S, A and B. Categories beyond the preset's keep theirs.
 */
export async function applyServiceConceptPreset(
  db: Db,
  actor: Actor,
  schemeId: string,
  preset: ServiceConceptPresetKey,
) {
  await db.transaction(async (tx) => {
    const scheme = await schemeOf(tx, actor.workspaceId, schemeId);
    const categories = categoriesOf(scheme);
    const concepts = presetServiceConcepts(preset)
      .slice(0, categories.length)
      .map((concept, index) => ({ ...concept, categoryKey: categories[index]!.key }));
    assertValid(scheme, concepts);
    const before = await conceptsOf(tx, actor.workspaceId, schemeId);
    for (const concept of concepts) await saveConcept(tx, actor.workspaceId, schemeId, concept);
    const field = (c: ServiceConcept) => `serviceConcept.${c.categoryKey}`;
    await recordAudit(tx, {
      ...actor,
      entityType: 'category_scheme',
      entityId: schemeId,
      action: 'update',
      before: Object.fromEntries(
        concepts.map((c) => [
          field(c),
          auditedNorms(before.find((b) => b.categoryKey === c.categoryKey)),
        ]),
      ),
      after: { ...Object.fromEntries(concepts.map((c) => [field(c), auditedNorms(c)])), preset },
    });
  });
  return listServiceConcepts(db, actor.workspaceId, schemeId);
}
