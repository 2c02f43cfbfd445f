// Proposals through the API: the board and a client's list. A card moved on the board moves at
// once and goes back where it was when the server refuses; every change refreshes both views.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../api/client.ts';
import type { Proposal } from './proposalBoard.ts';
import type { ProposalInput } from './proposalDraft.ts';

export type BoardFilter = { ownerId: string | null; decidedSince: string };
type ProposalUpdate = Schemas['ProposalUpdate'];
type ProposalList = Schemas['ProposalList'];

const boardKey = (filter: BoardFilter) => ['proposals', 'board', filter] as const;

export function useProposalBoard(filter: BoardFilter) {
  return useQuery({
    queryKey: boardKey(filter),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/proposals', {
          params: {
            query: {
              decidedSince: filter.decidedSince,
              ...(filter.ownerId ? { ownerId: filter.ownerId } : {}),
            },
          },
        }),
      ),
  });
}

export function useClientProposals(organizationId: string) {
  return useQuery({
    queryKey: ['proposals', 'client', organizationId],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/organizations/{id}/proposals', {
          params: { path: { id: organizationId } },
        }),
      ),
  });
}

function useRefreshProposals() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['proposals'] }),
      queryClient.invalidateQueries({ queryKey: ['audit'] }),
    ]);
}

export function useSaveProposal(organizationId: string) {
  const refresh = useRefreshProposals();
  return useMutation({
    mutationFn: ({ id, input }: { id: string | null; input: ProposalInput }) =>
      id
        ? unwrap(api.PATCH('/api/v1/proposals/{id}', { params: { path: { id } }, body: input }))
        : unwrap(
            api.POST('/api/v1/organizations/{id}/proposals', {
              params: { path: { id: organizationId } },
              body: input,
            }),
          ),
    onSuccess: refresh,
  });
}

export function useDeleteProposal() {
  const refresh = useRefreshProposals();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.DELETE('/api/v1/proposals/{id}', { params: { path: { id } } })),
    onSuccess: refresh,
  });
}

export type CardMove = {
  /** The moved card's change (stage, position, a lost reason) first, then neighbours' positions. */
  changes: { id: string; change: ProposalUpdate }[];
};

/** Moves cards on the board: shown at once, sent one by one, put back when refused. */
export function useMoveCards(filter: BoardFilter) {
  const queryClient = useQueryClient();
  const refresh = useRefreshProposals();
  const key = boardKey(filter);
  return useMutation({
    mutationFn: async ({ changes }: CardMove) => {
      const saved: Proposal[] = [];
      for (const { id, change } of changes)
        saved.push(
          await unwrap(
            api.PATCH('/api/v1/proposals/{id}', { params: { path: { id } }, body: change }),
          ),
        );
      return saved;
    },
    onMutate: async ({ changes }) => {
      await queryClient.cancelQueries({ queryKey: key });
      const before = queryClient.getQueryData<ProposalList>(key);
      if (before) {
        const byId = new Map(changes.map(({ id, change }) => [id, change]));
        const items = before.items.map((card) => {
          const change = byId.get(card.id);
          return change
            ? {
                ...card,
                stage: change.stage ?? card.stage,
                position: change.position ?? card.position,
              }
            : card;
        });
        items.sort((a, b) => a.position - b.position);
        queryClient.setQueryData<ProposalList>(key, { items });
      }
      return { before };
    },
    onError: (_error, _move, context) => {
      if (context?.before) queryClient.setQueryData(key, context.before);
    },
    onSettled: refresh,
  });
}
