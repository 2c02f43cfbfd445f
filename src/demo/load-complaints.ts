// The demo firm's complaints (complaints.ts), loaded inside the load's transaction after the
// evaluations: its clients with a relationship manager and contacts are read back in id order.
import type pg from 'pg';
import * as schema from '../db/schema.ts';
import { demoComplaints, type ComplainingClient } from './complaints.ts';
import { dayOf } from './days.ts';
import { insertRows } from './insert-rows.ts';

type ClientRaw = { id: string; contacts: string[] };

/** Loads the complaints; returns how many went in. */
export async function loadDemoComplaints(
  client: pg.PoolClient,
  firm: { seed: number; workspaceId: string; today: string; demoUserId: string },
): Promise<number> {
  const { rows } = await client.query<ClientRaw>(
    `select o.id,
            coalesce((select array_agg(c.id order by c.sort_key, c.id) from contacts c
                       where c.workspace_id = o.workspace_id and c.organization_id = o.id
                         and c.active_to is null), '{}') as contacts
       from organizations o
      where o.workspace_id = $1 and o.status = 'client' and o.archived_at is null
        and o.relationship_manager_id is not null
      order by o.id`,
    [firm.workspaceId],
  );
  const clients: ComplainingClient[] = rows.map((row) => ({
    organizationId: row.id,
    contactIds: row.contacts,
  }));
  const complaints = demoComplaints(
    firm.seed,
    firm.workspaceId,
    dayOf(firm.today),
    clients,
    firm.demoUserId,
  );
  await insertRows(client, schema.complaints, complaints);
  return complaints.length;
}
