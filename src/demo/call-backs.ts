// Call-back requests: a client's call, returned within its category's norm, late or still open.
import { callBackDeadline } from '../core/servicing/request-norms.ts';
import type { ClientRows } from './client-rows.ts';
import { dayOf, isoDay } from './days.ts';
import type { Random } from './random.ts';
import { workingDayUpTo } from './servicing-norms.ts';
import type { ServicingClient, ServicingContext } from './servicing-rows.ts';

/** A call of the last ten weeks: mostly returned within the norm, a few late, a few open. */
export function clientCallBack(
  context: ServicingContext,
  random: Random,
  rows: ClientRows,
  client: ServicingClient,
  quiet: boolean,
) {
  const { today } = context;
  const called = workingDayUpTo(today - random.int(0, 70));
  if (client.clientSince !== null && called < dayOf(client.clientSince)) return;
  const open = !quiet && called >= today - 4 && random.chance(0.5);
  let returned: number | null = null;
  if (!open) {
    const deadline = callBackDeadline(isoDay(called), client.category?.concept.callBack ?? 'none');
    if (deadline === null) returned = called + random.int(0, 2);
    else {
      const last = dayOf(deadline);
      returned = random.chance(0.12)
        ? last + random.int(1, 3)
        : called + random.int(0, last - called);
    }
    returned = Math.min(returned, today);
  }
  rows.callBack({ called, returned, forUserId: client.relationshipManagerId });
}
