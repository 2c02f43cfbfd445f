// Contact persons as a vCard file: the download and the import (checked first, then confirmed).
// The file is the request body as it is: the client's body serializer would write JSON.
import { api, ApiError, unwrap, type Schemas } from '../api/client.ts';
import { saveFile } from '../export/download.ts';

export type VCardImportResult = Schemas['VCardImportResult'];
export type VCardCardOutcome = Schemas['VCardCardOutcome'];

/** The largest file the server takes, so a larger one is refused before it is sent. */
export const maxVCardBytes = 5 * 1024 * 1024;

/** Downloads an organisation's current contact persons under the name the server gives. */
export async function downloadContactsVCard(organizationId: string): Promise<void> {
  let answer;
  try {
    answer = await api.GET('/api/v1/organizations/{id}/contacts.vcf', {
      params: { path: { id: organizationId } },
      parseAs: 'blob',
    });
  } catch {
    throw new ApiError(0, { error: { code: 'network', message: 'network' } });
  }
  if (!answer.response.ok || !answer.data) throw new ApiError(answer.response.status, answer.error);
  const disposition = answer.response.headers.get('content-disposition') ?? '';
  const fileName = /filename="([^"]+)"/.exec(disposition)?.[1] ?? 'contacts.vcf';
  saveFile(answer.data, fileName);
}

/** Checks (dryRun) or imports a vCard file into an organisation. */
export function importContactsVCard(
  organizationId: string,
  file: Blob,
  dryRun: boolean,
): Promise<VCardImportResult> {
  return unwrap(
    api.POST('/api/v1/organizations/{id}/contacts/vcard', {
      params: { path: { id: organizationId }, query: { dryRun: dryRun ? 'true' : 'false' } },
      body: file as unknown as string,
      bodySerializer: (body: unknown) => body as Blob,
      headers: { 'Content-Type': 'text/vcard' },
    }),
  );
}
