import { z } from '@hono/zod-openapi';
import { relationLevels } from '../../core/organization.ts';

export const accountTeamRoles = ['lead', 'member'] as const;
export type AccountTeamRole = (typeof accountTeamRoles)[number];

const directorRoles = ['accountTeamLead', 'relationshipManager', 'nobody'] as const;

export const accountTeamUpdateSchema = z
  .object({
    members: z
      .array(z.object({ userId: z.uuid(), role: z.enum(accountTeamRoles) }).strict())
      .max(50, 'names at most 50 professionals')
      .openapi({
        description: 'The whole team: replaces the members there were; one lead at most',
      }),
  })
  .strict()
  .openapi('AccountTeamUpdate');
export type AccountTeamUpdate = z.infer<typeof accountTeamUpdateSchema>;

const professional = z.object({ id: z.uuid(), name: z.string() });

export const accountTeamSchema = z
  .object({
    organizationId: z.uuid(),
    relationLevel: z.enum(relationLevels),
    relationshipManager: professional.nullable(),
    secondProfessional: professional.nullable(),
    members: z.array(
      z.object({
        userId: z.uuid(),
        name: z.string(),
        role: z.enum(accountTeamRoles),
        disabled: z.boolean().openapi({ description: 'The professional can no longer sign in' }),
      }),
    ),
    directedBy: z
      .object({ role: z.enum(directorRoles), professional: professional.nullable() })
      .openapi({
        description:
          'Who directs the relationship at its relation level (method §14); professional null: nobody is named yet, or the level has no director',
      }),
  })
  .openapi('AccountTeam');
export type AccountTeam = z.infer<typeof accountTeamSchema>;
