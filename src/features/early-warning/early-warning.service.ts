// Early warning (method §8) for the firm: every client's signals from the facts the product
// keeps, its risk, and its priority weighed by its category; read in a few set-wise statements,
// the rules in src/core/early-warning.
import { suggestedActionFor, type SuggestedAction } from '../../core/early-warning/actions.ts';
import { clientSignals } from '../../core/early-warning/client-signals.ts';
import { fingerprintOf } from '../../core/early-warning/dismissal.ts';
import {
  byPriority,
  categoryWeight,
  priorityOf,
  riskScore,
  signalWeightsOf,
  type SignalWeights,
} from '../../core/early-warning/risk.ts';
import { isAcuteSignalKind, type Signal } from '../../core/early-warning/signal.ts';
import { signalWords } from '../../core/early-warning/words.ts';
import { clientValueFromYear, fiscalYearOf } from '../../core/portfolio/fiscal-year.ts';
import { addCalendarDays } from '../../core/servicing/calendar-days.ts';
import { serviceConceptFor } from '../../core/servicing/service-concept.ts';
import type { Db } from '../../db/connection.ts';
import { currentCategories, schemeOrPrimary, toScheme } from '../choosing/categories.service.ts';
import { conceptsOf } from '../servicing/service-concepts.service.ts';
import {
  contactsLeft,
  dismissalsOf,
  lastContactsBefore,
  lastContactsFrom,
  orderDays,
  recentAcuteSignals,
  recentEvaluations,
  riskClients,
  riskSettingsOf,
  yearsFrom,
  type DismissalRow,
  type RiskClientRow,
} from './early-warning.repo.ts';

type Reader = Db;

export type SignalView = {
  kind: Signal['kind'];
  acute: boolean;
  evidence: Signal['evidence'];
  textKey: string;
  text: { nl: string; en: string };
  weight: number;
  /** The kind and the evidence that stays while nothing new happens: what a dismissal keeps. */
  fingerprint: string;
  /** The dismissal that covers the signal as its evidence is now; null: it counts. */
  dismissal: { reason: string; dismissedOn: string; dismissedBy: string | null } | null;
};

export type ClientRisk = {
  organizationId: string;
  name: string;
  categoryKey: string | null;
  relationshipManagerId: string | null;
  valueCents: number;
  risk: number;
  categoryWeight: number;
  priority: number;
  signals: SignalView[];
  suggestedAction: SuggestedAction | null;
};

/** The signals of a client as shown: words, weight, and its dismissal if one covers it. */
function viewOf(signal: Signal, weights: SignalWeights, dismissals: readonly DismissalRow[]) {
  const fingerprint = fingerprintOf(signal);
  const dismissal = dismissals.find((d) => d.kind === signal.kind && d.fingerprint === fingerprint);
  return {
    kind: signal.kind,
    acute: isAcuteSignalKind(signal.kind),
    evidence: signal.evidence,
    textKey: signal.textKey,
    text: { nl: signalWords(signal, 'nl'), en: signalWords(signal, 'en') },
    weight: weights[signal.kind],
    fingerprint,
    dismissal: dismissal
      ? {
          reason: dismissal.reason,
          dismissedOn: dismissal.dismissedOn,
          dismissedBy: dismissal.dismissedBy,
        }
      : null,
  } satisfies SignalView;
}

const none: readonly never[] = Object.freeze([]);

/**
 * Every client's risk at today: the firm's current clients (of one relationship manager, or the
 * ones named), each with all its signals, the dismissed ones marked and not counted.
 */
export async function assessRisk(
  db: Reader,
  workspaceId: string,
  options: { today: string; managerId?: string | undefined; only?: readonly string[] },
): Promise<ClientRisk[]> {
  const { today, only } = options;
  const [settings, scheme] = await Promise.all([
    riskSettingsOf(db, workspaceId),
    schemeOrPrimary(db, workspaceId),
  ]);
  const weights = signalWeightsOf(settings.weights);
  const currentYear = fiscalYearOf(today, settings.fiscalYearStartMonth);
  const concepts = scheme ? await conceptsOf(db, workspaceId, scheme.id) : [];
  let longest = 0;
  for (const { personalContactIntervalDays: days } of concepts)
    if (days !== null && days > longest) longest = days;
  const contactFrom = addCalendarDays(today, -longest);
  const [clients, categories, years, orders, left, contacts, evaluations, recorded, dismissals] =
    await Promise.all([
      riskClients(db, workspaceId, {
        valueYear: clientValueFromYear(currentYear),
        managerId: options.managerId,
        ...(only ? { only } : {}),
      }),
      scheme ? currentCategories(db, workspaceId, scheme, only) : new Map<string, string>(),
      yearsFrom(db, workspaceId, currentYear - 2, only),
      orderDays(db, workspaceId, today, only),
      contactsLeft(db, workspaceId, today, only),
      lastContactsFrom(db, workspaceId, { from: contactFrom, today }, only),
      recentEvaluations(db, workspaceId, today, only),
      recentAcuteSignals(db, workspaceId, today, only),
      dismissalsOf(db, workspaceId, only),
    ]);
  const schemeCategories = scheme
    ? toScheme(scheme).scheme.categories.map((category) => category.key)
    : [];
  const normOf = new Map<string, number | null>();
  const norm = (category: string | null) => {
    const key = category ?? '';
    if (!normOf.has(key))
      normOf.set(key, serviceConceptFor(concepts, key).personalContactIntervalDays);
    return normOf.get(key)!;
  };
  // a client not seen within the longest interval: its last contact is read further back, and
  // only for those whose norm it breaks (the words say how long ago)
  const unseen = clients.filter((client) => {
    const days = norm(categories.get(client.id) ?? null);
    return days !== null && !contacts.has(client.id) && client.since < contactFrom;
  });
  const older = await lastContactsBefore(
    db,
    workspaceId,
    unseen.map((client) => client.id),
    contactFrom,
  );
  const assess = (client: RiskClientRow): ClientRisk => {
    const categoryKey = categories.get(client.id) ?? null;
    const signals = clientSignals(
      {
        years: years.get(client.id) ?? none,
        currentYear,
        orderDays: orders.get(client.id) ?? none,
        contacts: left.get(client.id) ?? none,
        lastPersonalContact: contacts.get(client.id) ?? older.get(client.id) ?? null,
        since: client.since,
        contactNormDays: norm(categoryKey),
        evaluations: evaluations.get(client.id) ?? none,
        satisfactionNorm: settings.satisfactionNorm,
        recorded: recorded.get(client.id) ?? none,
      },
      today,
    );
    const views = signals.map((signal) =>
      viewOf(signal, weights, dismissals.get(client.id) ?? none),
    );
    const counting = views.filter((view) => view.dismissal === null);
    const risk = riskScore(counting, weights);
    const weight = categoryWeight(categoryKey, schemeCategories);
    return {
      organizationId: client.id,
      name: client.name,
      categoryKey,
      relationshipManagerId: client.managerId,
      valueCents: client.valueCents,
      risk,
      categoryWeight: weight,
      priority: priorityOf({ risk, categoryWeight: weight }),
      signals: views,
      suggestedAction: suggestedActionFor(counting),
    };
  };
  return clients.map(assess);
}

/** The clients at risk, the highest priority (the most valuable at the same risk) first. */
export async function atRiskList(
  db: Reader,
  workspaceId: string,
  options: {
    today: string;
    managerId?: string | undefined;
    limit: number;
    offset: number;
  },
) {
  const all = await assessRisk(db, workspaceId, options);
  const atRisk = all.filter((client) => client.risk > 0).sort(byPriority);
  return {
    today: options.today,
    total: atRisk.length,
    clients: atRisk.slice(options.offset, options.offset + options.limit),
  };
}

/** The highest priorities of one relationship manager, for the worklist. */
export async function atRiskOfManager(
  db: Reader,
  workspaceId: string,
  options: { today: string; managerId: string; top: number },
): Promise<ClientRisk[]> {
  const { clients } = await atRiskList(db, workspaceId, {
    today: options.today,
    managerId: options.managerId,
    limit: options.top,
    offset: 0,
  });
  return clients;
}
