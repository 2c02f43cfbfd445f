// How many of the clients asked to answer the evaluation by a link did (method §7): per client
// category and per professional who asked, and who has not answered. A revoked request asked no
// one and is left out; an open one counts as asked and not (yet) answered.
import type { SurveyStatus } from './survey-request.ts';

export type AskedRequest = {
  status: SurveyStatus;
  /** The client's category now; null: none. */
  category: string | null;
  /** Who asked; null: a professional no longer there. */
  askedBy: string | null;
};

export type ResponseRate = {
  asked: number;
  answered: number;
  /** answered / asked in basis points (10 000 = all); null when no one was asked. */
  rateBasisPoints: number | null;
};

const rateOf = (asked: number, answered: number): ResponseRate => ({
  asked,
  answered,
  rateBasisPoints: asked === 0 ? null : Math.round((answered * 10_000) / asked),
});

function countBy<K>(requests: readonly AskedRequest[], key: (r: AskedRequest) => K) {
  const counts = new Map<K, { asked: number; answered: number }>();
  for (const request of requests) {
    if (request.status === 'revoked') continue;
    const count = counts.get(key(request)) ?? { asked: 0, answered: 0 };
    count.asked += 1;
    if (request.status === 'answered') count.answered += 1;
    counts.set(key(request), count);
  }
  return new Map([...counts].map(([k, c]) => [k, rateOf(c.asked, c.answered)]));
}

export function responseRates(requests: readonly AskedRequest[]) {
  const total = countBy(requests, () => 'all').get('all') ?? rateOf(0, 0);
  return {
    total,
    byCategory: countBy(requests, (r) => r.category),
    byProfessional: countBy(requests, (r) => r.askedBy),
  };
}

/** Whether a request counts as asked and not answered: the non-responders. */
export const notAnswered = (request: Pick<AskedRequest, 'status'>) =>
  request.status !== 'answered' && request.status !== 'revoked';
