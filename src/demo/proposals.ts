// Proposals: a client's, in the stage its age suggests, and a prospect's.
import type { AcquisitionAngle, ProposalStage } from '../core/servicing/proposal-stages.ts';
import { workingDayDeadline } from '../core/servicing/working-days.ts';
import type { ClientRows } from './client-rows.ts';
import { dayOf, isoDay } from './days.ts';
import type { Random } from './random.ts';
import { byRank, rankOf, workingDayUpTo, type Rank } from './servicing-norms.ts';
import type { ServicingClient, ServicingContext } from './servicing-rows.ts';
import { lostReasons } from './servicing-words.ts';
import { serviceLines } from './words.ts';

export const serviceNames = serviceLines.flatMap(([, names]) => names);

export function proposalValue(random: Random, rank: Rank): number {
  const [low, high] = byRank.proposalEuros[rank];
  return Math.round(random.int(low, high) / 250) * 250 * 100;
}

/** A proposal to a client of the last five months, in the stage its age suggests. */
export function clientProposal(
  context: ServicingContext,
  random: Random,
  rows: ClientRows,
  client: ServicingClient,
  quiet: boolean,
) {
  const { today } = context;
  const rank = rankOf(client);
  const since = client.clientSince === null ? today - 150 : dayOf(client.clientSince);
  // asked and sent on working days, as a firm's proposals are
  const requested = workingDayUpTo(Math.max(since, today - random.int(1, 110)));
  let stage: ProposalStage =
    requested > today - 10
      ? random.weighted<ProposalStage>([
          ['request', 2],
          ['drafting', 3],
          ['sent', 3],
        ])
      : random.weighted<ProposalStage>([
          ['sent', 2],
          ['won', 5],
          ['lost', 3],
        ]);
  if (quiet && (stage === 'request' || stage === 'drafting')) stage = 'sent';
  const norm = client.category?.concept.proposalTurnaroundWorkingDays ?? null;
  let sent: number | null = null;
  if (stage !== 'request' && stage !== 'drafting') {
    if (norm === null) sent = requested + random.int(2, 15);
    else {
      const deadline = dayOf(workingDayDeadline(isoDay(requested), norm));
      sent = random.chance(0.15)
        ? deadline + random.int(1, 6)
        : requested + random.int(0, deadline - requested);
    }
    sent = Math.max(requested, workingDayUpTo(Math.min(sent, today)));
  }
  let decided: number | null = null;
  if (stage === 'won' || stage === 'lost') {
    if (stage === 'lost' && random.chance(0.25)) sent = null; // lost before it was sent
    decided = (sent ?? requested) + random.int(5, 30);
    if (decided >= today) {
      stage = 'sent';
      decided = null;
      sent ??= requested + 1;
    }
  }
  rows.proposal({
    title: random.pick(serviceNames),
    stage,
    requested,
    sent,
    decided,
    lostReason: stage === 'lost' ? random.pick(lostReasons) : null,
    valueCents: proposalValue(random, rank),
    angle: random.weighted<AcquisitionAngle>([
      ['runningAssignments', 3],
      ['relationshipMaintenance', 3],
      ['newServices', 2],
    ]),
    ownerId: client.relationshipManagerId,
  });
}

/** A prospect's proposal: requested, being written, sent or lost (won would make it a client). */
export function prospectProposal(
  context: ServicingContext,
  random: Random,
  rows: ClientRows,
  client: ServicingClient,
) {
  const { today } = context;
  const requested = workingDayUpTo(today - random.int(1, 120));
  let stage = random.weighted<ProposalStage>([
    ['request', 1],
    ['drafting', 2],
    ['sent', 3],
    ['lost', 3],
  ]);
  const sent =
    stage === 'request' || stage === 'drafting'
      ? null
      : Math.max(requested, workingDayUpTo(Math.min(today, requested + random.int(3, 12))));
  let decided = stage === 'lost' ? (sent ?? requested) + random.int(7, 40) : null;
  if (decided !== null && decided >= today) {
    stage = 'sent';
    decided = null;
  }
  rows.proposal({
    title: random.pick(serviceNames),
    stage,
    requested,
    sent,
    decided,
    lostReason: stage === 'lost' ? random.pick(lostReasons) : null,
    valueCents: proposalValue(random, 1),
    angle: 'newClients',
    ownerId: client.relationshipManagerId,
  });
}
