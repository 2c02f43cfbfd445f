import { expect, test } from 'vitest';
import { setUpFirst } from './set-up-first.ts';

test('categories first, then service concepts, then nothing to set up', () => {
  expect(setUpFirst({ categorised: false, conceptCount: 3 })).toBe('categories');
  expect(setUpFirst({ categorised: true, conceptCount: 0 })).toBe('serviceConcepts');
  expect(setUpFirst({ categorised: true, conceptCount: 2 })).toBeNull();
});
