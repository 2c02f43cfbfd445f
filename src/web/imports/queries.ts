// A file checked or imported through the typed client. The file is the request body as it is:
// the client's body serializer would write JSON, so it is told to pass the file through.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../api/client.ts';
import type { ImportKind } from './importFields.ts';
import { importQuery, type ImportChoices, type ImportQuery } from './importQuery.ts';
import { summariseReport, type ImportSummary } from './importReport.ts';

export type ImportTable = NonNullable<Schemas['RevenueImportCheck']['table']>;

export type ImportCheck = {
  format: Schemas['RevenueImportCheck']['format'];
  table: ImportTable | null;
  columnProblems: Schemas['ImportReason'][];
  summary: ImportSummary | null;
};

export type ImportOutcome = { format: ImportCheck['format']; summary: ImportSummary };

/** A file the user picked; the id tells two picks of the same file apart. */
export type PickedFile = { id: number; file: File };

const asFile = {
  bodySerializer: (file: Blob) => file,
  headers: { 'Content-Type': 'application/octet-stream' },
};

async function check(
  kind: ImportKind,
  file: File,
  query: ImportQuery,
  signal: AbortSignal,
): Promise<ImportCheck> {
  const options = { params: { query }, body: file, signal, ...asFile };
  if (kind === 'revenue') {
    const answer = await unwrap(api.POST('/api/v1/imports/revenue/check', options));
    return { ...answer, summary: answer.report && summariseReport('revenue', answer.report) };
  }
  const answer = await unwrap(api.POST('/api/v1/imports/assignments/check', options));
  return { ...answer, summary: answer.report && summariseReport('assignments', answer.report) };
}

async function run(kind: ImportKind, file: File, query: ImportQuery): Promise<ImportOutcome> {
  const options = { params: { query }, body: file, ...asFile };
  if (kind === 'revenue') {
    const answer = await unwrap(api.POST('/api/v1/imports/revenue', options));
    return { format: answer.format, summary: summariseReport('revenue', answer.report) };
  }
  const answer = await unwrap(api.POST('/api/v1/imports/assignments', options));
  return { format: answer.format, summary: summariseReport('assignments', answer.report) };
}

const checkKey = 'import-check';

/**
 * What the server finds in the file with the current choices; checked again whenever they
 * change. While a new check runs, the last one of the same file stays on screen.
 */
export function useImportCheck(
  kind: ImportKind,
  picked: PickedFile | null,
  choices: ImportChoices,
) {
  // whether the good rows are imported changes nothing in a check: the file is not sent again
  const query = picked ? importQuery(picked.file.name, { ...choices, importGoodRows: true }) : null;
  return useQuery({
    queryKey: [checkKey, kind, picked?.id ?? null, query],
    queryFn: ({ signal }) => check(kind, picked!.file, query!, signal),
    enabled: picked !== null,
    retry: false,
    staleTime: Infinity,
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[1] === kind && previousQuery.queryKey[2] === picked?.id
        ? previous
        : undefined,
  });
}

export function useRunImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      kind,
      picked,
      choices,
    }: {
      kind: ImportKind;
      picked: PickedFile;
      choices: ImportChoices;
    }) => run(kind, picked.file, importQuery(picked.file.name, choices)),
    onSuccess: async () => {
      // a check from before the import would say the lines are still to write
      queryClient.removeQueries({ queryKey: [checkKey] });
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['portfolio'] }),
        queryClient.invalidateQueries({ queryKey: ['organizations'] }),
      ]);
    },
  });
}
