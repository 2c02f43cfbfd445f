// The marketing pyramid, method.md §10: trust is won, from most to least effective, by the
// client's own experience, ambassadors, independent sources, media and own sales efforts. Most
// firms spend the most at the bottom; the advice is to work from the top down. The firm's time
// and money per layer come from its activities (layerOfActivity, decision 0039) and from the
// spend it records that no client is tied to (an article, the website, a fair).
import type { ActivityType, FourP } from '../servicing/four-ps.ts';

/** Top to bottom: the most effective layer first. */
export const pyramidLayers = [
  'ownExperience',
  'ambassadors',
  'independentSources',
  'media',
  'ownSales',
] as const;
export type PyramidLayer = (typeof pyramidLayers)[number];

export type ActivityForLayer = {
  type: ActivityType;
  p: FourP | null;
  /** The organisation's status: prospect, client or former. */
  organizationStatus: string;
  /** The organisation referred a client or has a contact who recommends the firm with a 9 or 10. */
  ambassador: boolean;
};

/**
 * The layer an activity with an organisation works on: a mailing is media, whoever receives it;
 * with a prospect or a former client everything else is own sales (proposals, presentations,
 * visits to win them); with an ambassador, attention for the person (person P) rewards and keeps
 * the ambassador; every other activity with a client is its own experience of the firm.
 */
export function layerOfActivity(activity: ActivityForLayer): PyramidLayer {
  if (activity.type === 'mailing') return 'media';
  if (activity.organizationStatus !== 'client') return 'ownSales';
  if (activity.ambassador && activity.p === 'person') return 'ambassadors';
  return 'ownExperience';
}

export type LayerSpend = { layer: PyramidLayer; minutes: number; costCents: number };

/** Minutes and cents per layer, top to bottom, every layer present (0 when nothing was spent). */
export function spendPerLayer(
  entries: readonly { layer: PyramidLayer; minutes: number | null; costCents: number | null }[],
): LayerSpend[] {
  const sums = new Map(pyramidLayers.map((layer) => [layer, { minutes: 0, costCents: 0 }]));
  for (const entry of entries) {
    const sum = sums.get(entry.layer)!;
    sum.minutes += entry.minutes ?? 0;
    sum.costCents += entry.costCents ?? 0;
  }
  return pyramidLayers.map((layer) => ({ layer, ...sums.get(layer)! }));
}

/** A lower layer that got more of time or money than a layer above it. */
export type Inversion = { measure: 'time' | 'money'; higher: PyramidLayer; lower: PyramidLayer };

export type PyramidAdvice = {
  /** The layer that got the most money (time when no money was spent); null when nothing was spent. */
  mostSpentOn: PyramidLayer | null;
  /** Against the advice to work from the top down: a lower layer got more than a higher one. */
  bottomHeavy: boolean;
  /** Each pair where a lower layer got more than a higher one, top pairs first. */
  inversions: Inversion[];
};

/**
 * The spend against the method's advice: work the pyramid from the top down, so no layer should
 * get more time or money than a layer above it. Flags every such pair.
 */
export function pyramidAdvice(spend: readonly LayerSpend[]): PyramidAdvice {
  const inversions: Inversion[] = [];
  for (const measure of ['money', 'time'] as const) {
    const amount = (entry: LayerSpend) => (measure === 'money' ? entry.costCents : entry.minutes);
    spend.forEach((higher, index) => {
      for (const lower of spend.slice(index + 1))
        if (amount(lower) > amount(higher))
          inversions.push({ measure, higher: higher.layer, lower: lower.layer });
    });
  }
  const money = spend.some((entry) => entry.costCents > 0);
  const amount = (entry: LayerSpend) => (money ? entry.costCents : entry.minutes);
  const most = spend.reduce<LayerSpend | null>(
    (best, entry) =>
      amount(entry) > 0 && (best === null || amount(entry) > amount(best)) ? entry : best,
    null,
  );
  return { mostSpentOn: most?.layer ?? null, bottomHeavy: inversions.length > 0, inversions };
}
