// How the demo firm serves its clients (method §5, §6, §14): relationship activities over the last
// eighteen months, proposals, call-back requests and gifts, each client drawing from its own random
// stream. They lie around the day the demo is loaded, not the fixed reference day: what is due or
// overdue is judged at today, so the firm's worklist must be made at today too. The category of
// each client is the one the product's own classification gave it, and how often a client is
// contacted follows its category's service concept: most clients are served by the norm, a few
// are overdue, and the demo user's clients are set up so that their worklist has a little of
// everything.
import { clientActivities } from './activities.ts';
import { clientCallBack } from './call-backs.ts';
import { ClientRows } from './client-rows.ts';
import { dayOf } from './days.ts';
import { clientGifts } from './gifts.ts';
import { clientMailings } from './mailings.ts';
import { clientYearlyGifts } from './yearly-gifts.ts';
import { clientProposal, prospectProposal } from './proposals.ts';
import { Random } from './random.ts';
import { byRank, historyDays, rankOf } from './servicing-norms.ts';
import type {
  ClientScript,
  ServicingClient,
  ServicingContext,
  ServicingRows,
} from './servicing-rows.ts';

// What the loader and the tests use, from the modules that make each kind of row.
export { demoUserScripts, demoUserServicing } from './demo-user.ts';
export { historyDays } from './servicing-norms.ts';
export {
  noServicing,
  type ClientScript,
  type ServicingClient,
  type ServicingContext,
  type ServicingRows,
} from './servicing-rows.ts';

/**
 * A client's activities (with the yearly mailings and gifts its concept asks for), proposals,
 * call-backs and gifts. A scripted client (the demo user's)
 * has its last contact set and nothing open of its own: what its worklist shows is added by
 * demoUserServicing.
 */
export function clientServicing(
  context: ServicingContext,
  client: ServicingClient,
  script?: ClientScript,
): ServicingRows {
  const random = new Random(`${context.seed}:servicing:${client.id}`);
  const rows = new ClientRows(context, random, client);
  if (client.status === 'prospect') {
    if (random.chance(0.04)) prospectProposal(context, random, rows, client);
    return rows.rows;
  }
  const rank = rankOf(client);
  const quiet = script !== undefined;
  const { today } = context;
  const since = Math.max(
    today - historyDays,
    client.clientSince === null ? today - historyDays : dayOf(client.clientSince),
  );
  if (since >= today) return rows.rows;
  clientActivities(context, random, rows, client, since, script);
  if (random.chance(byRank.proposalChance[rank]))
    clientProposal(context, random, rows, client, quiet);
  if (random.chance(byRank.callBackChance[rank]))
    clientCallBack(context, random, rows, client, quiet);
  clientGifts(context, random, rows, client, since);
  // drawn from nothing, and after the rest, so the other rows are the ones the seed always gave
  clientMailings(context, rows, client, since);
  clientYearlyGifts(context, rows, client, since);
  return rows.rows;
}
