// Moving cards on the proposal board: to a place in a column, from a drag or from a card's menu.
// A card moved to lost first asks why; the positions written are the fewest that keep the order.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProposalStage } from '../../core/servicing/proposal-stages.ts';
import { notifyDone, notifyError } from '../ui/errors.ts';
import { placeCard, type Proposal } from './proposalBoard.ts';
import type { useMoveCards } from './proposalQueries.ts';

export type Losing = { card: Proposal; index: number };

export function useBoardMoves(
  columns: Record<ProposalStage, Proposal[]>,
  moveCards: ReturnType<typeof useMoveCards>,
) {
  const { t } = useTranslation();
  const [losing, setLosing] = useState<Losing | null>(null);
  const [focused, setFocused] = useState<string | null>(null);

  const move = (card: Proposal, stage: ProposalStage, index: number, reason?: string) => {
    // dropped where it was
    if (stage === card.stage && columns[stage].indexOf(card) === index) return;
    if (stage === 'lost' && card.stage !== 'lost' && reason === undefined) {
      setLosing({ card, index });
      return;
    }
    const [first, ...rest] = placeCard(columns[stage], card.id, index);
    const changes = [
      {
        id: card.id,
        change: {
          position: first!.position,
          ...(stage !== card.stage ? { stage } : {}),
          ...(reason !== undefined ? { lostReason: reason } : {}),
        },
      },
      ...rest.map(({ id, position }) => ({ id, change: { position } })),
    ];
    moveCards.mutate(
      { changes },
      {
        onSuccess: () => {
          setLosing(null);
          if (stage !== card.stage)
            notifyDone(
              t('proposals.board.moved', {
                title: card.title,
                stage: t(`proposals.stages.${stage}`),
              }),
            );
        },
        onError: (error) => {
          setLosing(null);
          notifyError(error);
        },
      },
    );
  };

  /** From the card's menu: the focus comes back to the moved card's menu button. */
  const moveFromMenu = (card: Proposal, to: ProposalStage | 'up' | 'down') => {
    setFocused(card.id);
    const index = columns[card.stage].findIndex((candidate) => candidate.id === card.id);
    if (to === 'up') move(card, card.stage, index - 1);
    else if (to === 'down') move(card, card.stage, index + 1);
    else move(card, to, 0);
  };

  return {
    move,
    moveFromMenu,
    losing,
    cancelLosing: () => setLosing(null),
    focused,
    clearFocus: () => setFocused(null),
  };
}
