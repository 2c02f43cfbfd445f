import { createHash, randomBytes } from 'node:crypto';

/** A random secret for cookies, tokens and invitations: 32 bytes, URL-safe. */
export const newSecret = () => randomBytes(32).toString('base64url');

/** Only hashes of secrets are stored, so a leaked database holds no usable credential. */
export const hashSecret = (secret: string) =>
  createHash('sha256').update(secret).digest('base64url');

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string) => uuidPattern.test(value);

/** Credentials carry their workspace: "<workspace id>.<secret>" (keys start with workspace_id). */
export function splitCredential(
  value: string,
): { workspaceId: string; secret: string } | undefined {
  const dot = value.indexOf('.');
  if (dot < 0) return undefined;
  const workspaceId = value.slice(0, dot);
  const secret = value.slice(dot + 1);
  return isUuid(workspaceId) && secret.length >= 20 && secret.length <= 200
    ? { workspaceId, secret }
    : undefined;
}
