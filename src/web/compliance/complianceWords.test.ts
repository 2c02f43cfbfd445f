import { describe, expect, it } from 'vitest';
import { deliveredText, ofText, withinNormText } from './complianceWords.ts';

const requests = (withinNorm: number, judged: number, basisPoints: number | null) => ({
  judged,
  withinNorm,
  withinNormBasisPoints: basisPoints,
  done: judged,
  averageWorkingDaysHundredths: null,
});

describe('compliance figures in words', () => {
  it('read 100% only when every client or request counts', () => {
    expect(deliveredText(199, 200, 'en')).toBe('199 (99%)');
    expect(deliveredText(200, 200, 'en')).toBe('200 (100%)');
    expect(deliveredText(1, 3, 'nl')).toBe('1 (33%)');
    expect(withinNormText(requests(1999, 2000, 9995), 'en')).toBe('1999/2000 (99%)');
    expect(withinNormText(requests(3, 4, 7500), 'en')).toBe('3/4 (75%)');
  });

  it('show a dash where nothing counts', () => {
    expect(deliveredText(0, 0, 'en')).toBe('–');
    expect(withinNormText(requests(0, 0, null), 'en')).toBe('–');
    expect(ofText(0, 0)).toBe('–');
    expect(ofText(1, 2)).toBe('1/2');
  });
});
