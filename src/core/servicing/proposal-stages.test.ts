import { describe, expect, it } from 'vitest';
import {
  checkGivenForStage,
  checkProposal,
  inStage,
  type ProposalDates,
} from './proposal-stages.ts';

const today = '2026-11-26';
const requested: ProposalDates = {
  stage: 'request',
  requestedOn: '2026-11-20',
  sentOn: null,
  decidedOn: null,
  lostReason: null,
};

describe('a proposal moved to a stage', () => {
  it('is sent today when it reaches sent, or won, without a day', () => {
    expect(inStage({ ...requested, stage: 'sent' }, today)).toMatchObject({
      sentOn: today,
      decidedOn: null,
    });
    expect(inStage({ ...requested, stage: 'won' }, today)).toMatchObject({
      sentOn: today,
      decidedOn: today,
    });
  });

  it('keeps the days given, and may be lost without having been sent', () => {
    const lost = inStage(
      { ...requested, stage: 'lost', decidedOn: '2026-11-24', lostReason: 'No capacity' },
      today,
    );
    expect(lost).toMatchObject({
      sentOn: null,
      decidedOn: '2026-11-24',
      lostReason: 'No capacity',
    });
  });

  it('forgets the days and the reason that no longer fit when moved back', () => {
    const lost: ProposalDates = {
      stage: 'lost',
      requestedOn: '2026-11-20',
      sentOn: '2026-11-23',
      decidedOn: '2026-11-25',
      lostReason: 'Price',
    };
    expect(inStage({ ...lost, stage: 'sent' }, today)).toEqual({
      ...lost,
      stage: 'sent',
      decidedOn: null,
      lostReason: null,
    });
    expect(inStage({ ...lost, stage: 'drafting' }, today)).toMatchObject({
      sentOn: null,
      decidedOn: null,
    });
  });
});

describe('a proposal’s dates', () => {
  const check = (proposal: Partial<ProposalDates>) => () =>
    checkProposal({ ...requested, ...proposal }, today);

  it('hold together in order, up to today', () => {
    expect(check({ stage: 'sent', sentOn: '2026-11-20' })).not.toThrow();
    expect(check({ sentOn: '2026-11-19' })).toThrow('sentOn');
    expect(check({ requestedOn: '2026-11-27' })).toThrow('requestedOn');
    expect(check({ sentOn: '2026-11-23', decidedOn: '2026-11-22' })).toThrow('decidedOn');
    expect(check({ decidedOn: '2026-11-19' })).toThrow('decidedOn');
    expect(check({ sentOn: '2026-11-31' })).toThrow('sentOn');
  });

  it('refuse a lost proposal without its reason', () => {
    expect(check({ stage: 'lost', decidedOn: today, lostReason: '  ' })).toThrow('lostReason');
    expect(check({ stage: 'lost', decidedOn: today, lostReason: 'Price' })).not.toThrow();
  });
});

describe('what a client gives for a stage', () => {
  it('refuses a value the stage has no place for, naming it', () => {
    expect(() => checkGivenForStage({ sentOn: '2026-11-20' }, 'drafting')).toThrow('sentOn');
    expect(() => checkGivenForStage({ decidedOn: '2026-11-20' }, 'sent')).toThrow('decidedOn');
    expect(() => checkGivenForStage({ lostReason: 'Prijs' }, 'won')).toThrow('lostReason');
  });

  it('takes a value that fits and a null that clears', () => {
    expect(() => checkGivenForStage({ sentOn: '2026-11-20' }, 'lost')).not.toThrow();
    expect(() => checkGivenForStage({ decidedOn: '2026-11-20' }, 'won')).not.toThrow();
    expect(() => checkGivenForStage({ lostReason: 'Prijs' }, 'lost')).not.toThrow();
    expect(() =>
      checkGivenForStage({ sentOn: null, decidedOn: null, lostReason: ' ' }, 'request'),
    ).not.toThrow();
  });
});
