// Who referred each client (organizations.referred_by_organization_id and _contact_id), with what
// the dates its start is judged by and its revenue per fiscal year; scoped by workspace.
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/connection.ts';

type Reader = Pick<Db, 'execute'>;

export type ReferralRow = {
  id: string;
  name: string;
  status: string;
  referrer_id: string;
  referrer_name: string;
  contact_id: string | null;
  contact_name: string | null;
  first_invoice: string | null;
  first_assignment: string | null;
  client_since: string | null;
  years: { fiscalYear: number; revenueCents: number }[];
};

/**
 * Every organisation (not archived) with a referrer recorded: the referring organisation, else
 * the referring contact's. One that names itself is left out.
 */
export async function referralRows(db: Reader, workspaceId: string): Promise<ReferralRow[]> {
  const result = await db.execute<ReferralRow>(sql`
    select o.id, o.name, o.status, r.id as referrer_id, r.name as referrer_name,
           o.referred_by_contact_id as contact_id,
           case when c.id is null then null
                else concat_ws(' ', c.first_name, c.infix, c.last_name) end as contact_name,
           (select min(cy.first_invoice_date) from client_years cy
             where cy.workspace_id = o.workspace_id and cy.organization_id = o.id)::text
             as first_invoice,
           (select min(a.start_date) from assignments a
             where a.workspace_id = o.workspace_id and a.organization_id = o.id)::text
             as first_assignment,
           o.client_since::text as client_since,
           coalesce((select json_agg(json_build_object('fiscalYear', cy.fiscal_year,
                                                       'revenueCents', cy.revenue_cents)
                                     order by cy.fiscal_year)
                       from client_years cy
                      where cy.workspace_id = o.workspace_id and cy.organization_id = o.id),
                    '[]'::json) as years
      from organizations o
      left join contacts c on c.workspace_id = o.workspace_id and c.id = o.referred_by_contact_id
      join organizations r on r.workspace_id = o.workspace_id
       and r.id = coalesce(o.referred_by_organization_id, c.organization_id)
     where o.workspace_id = ${workspaceId} and o.archived_at is null and r.id <> o.id
     order by o.name_key, o.id`);
  return result.rows;
}
