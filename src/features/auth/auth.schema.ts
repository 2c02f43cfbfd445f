// The session a sign-in answers with: signing in, accepting an invitation and setting up a firm.
import { z } from '@hono/zod-openapi';
import { userSchema } from '../users/users.schema.ts';
import { workspaceSchema } from '../workspace/workspace.schema.ts';

export const sessionSchema = z
  .object({
    user: userSchema,
    workspace: workspaceSchema,
    csrfToken: z
      .string()
      .nullable()
      .openapi({ description: 'Send as X-CSRF-Token with every change' }),
  })
  .openapi('Session');
