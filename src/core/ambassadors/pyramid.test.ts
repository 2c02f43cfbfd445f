import { describe, expect, it } from 'vitest';
import { layerOfActivity, pyramidAdvice, pyramidLayers, spendPerLayer } from './pyramid.ts';

describe('the marketing pyramid (method §10)', () => {
  it('has five layers from the client’s own experience at the top to own sales efforts at the bottom', () => {
    expect(pyramidLayers).toEqual([
      'ownExperience',
      'ambassadors',
      'independentSources',
      'media',
      'ownSales',
    ]);
  });

  it('places an activity: a mailing is media, a proposal to a prospect own sales, thanking an ambassador the ambassadors, a meeting with a client its own experience', () => {
    const client = { organizationStatus: 'client', ambassador: false };
    expect(layerOfActivity({ ...client, type: 'mailing', p: 'process' })).toBe('media');
    expect(
      layerOfActivity({
        type: 'proposal',
        p: 'process',
        organizationStatus: 'prospect',
        ambassador: false,
      }),
    ).toBe('ownSales');
    expect(layerOfActivity({ ...client, ambassador: true, type: 'call', p: 'person' })).toBe(
      'ambassadors',
    );
    expect(layerOfActivity({ ...client, ambassador: true, type: 'meeting', p: 'project' })).toBe(
      'ownExperience',
    );
    expect(layerOfActivity({ ...client, type: 'visit', p: 'person' })).toBe('ownExperience');
    expect(
      layerOfActivity({
        type: 'visit',
        p: 'person',
        organizationStatus: 'former',
        ambassador: false,
      }),
    ).toBe('ownSales');
  });

  it('adds time and money per layer, every layer present', () => {
    const spend = spendPerLayer([
      { layer: 'media', minutes: 60, costCents: 250_00 },
      { layer: 'media', minutes: null, costCents: 100_00 },
      { layer: 'ownExperience', minutes: 90, costCents: null },
    ]);
    expect(spend).toEqual([
      { layer: 'ownExperience', minutes: 90, costCents: 0 },
      { layer: 'ambassadors', minutes: 0, costCents: 0 },
      { layer: 'independentSources', minutes: 0, costCents: 0 },
      { layer: 'media', minutes: 60, costCents: 350_00 },
      { layer: 'ownSales', minutes: 0, costCents: 0 },
    ]);
  });

  it('most firms spend the most at the bottom: a lower layer with more money or time than a higher one goes against working from the top down', () => {
    const spend = spendPerLayer([
      { layer: 'ownExperience', minutes: 600, costCents: 1_000_00 },
      { layer: 'ambassadors', minutes: 300, costCents: 500_00 },
      { layer: 'ownSales', minutes: 120, costCents: 4_000_00 },
    ]);
    const advice = pyramidAdvice(spend);
    expect(advice.bottomHeavy).toBe(true);
    expect(advice.mostSpentOn).toBe('ownSales');
    expect(advice.inversions).toEqual([
      { measure: 'money', higher: 'ownExperience', lower: 'ownSales' },
      { measure: 'money', higher: 'ambassadors', lower: 'ownSales' },
      { measure: 'money', higher: 'independentSources', lower: 'ownSales' },
      { measure: 'money', higher: 'media', lower: 'ownSales' },
      { measure: 'time', higher: 'independentSources', lower: 'ownSales' },
      { measure: 'time', higher: 'media', lower: 'ownSales' },
    ]);
  });

  it('spend falling from the top down follows the advice; nothing spent gives nothing to flag', () => {
    const topDown = spendPerLayer([
      { layer: 'ownExperience', minutes: 600, costCents: 1_000_00 },
      { layer: 'ambassadors', minutes: 300, costCents: 500_00 },
    ]);
    expect(pyramidAdvice(topDown)).toEqual({
      mostSpentOn: 'ownExperience',
      bottomHeavy: false,
      inversions: [],
    });
    expect(pyramidAdvice(spendPerLayer([])).mostSpentOn).toBeNull();
  });
});
