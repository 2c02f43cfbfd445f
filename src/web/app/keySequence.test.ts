import { describe, expect, test } from 'vitest';
import { isTyping, sequenceStep, sequenceTimeoutMs, type SequenceState } from './keySequence.ts';

const keys = ['n', 'a'];
const start: SequenceState = { matched: 0, at: 0 };

function press(pressed: [string, number][]) {
  let state = start;
  const completed: boolean[] = [];
  for (const [key, at] of pressed) {
    const step = sequenceStep(keys, state, key, at);
    state = step.state;
    completed.push(step.complete);
  }
  return completed;
}

describe('a shortcut of two keys', () => {
  test('completes on N then A, also typed with Shift', () => {
    expect(
      press([
        ['n', 1000],
        ['a', 1300],
      ]),
    ).toEqual([false, true]);
    expect(
      press([
        ['N', 1000],
        ['A', 1300],
      ]),
    ).toEqual([false, true]);
  });

  test('does not complete on A alone, on A then N, or with another key between', () => {
    expect(press([['a', 1000]])).toEqual([false]);
    expect(
      press([
        ['a', 1000],
        ['n', 1100],
      ]),
    ).toEqual([false, false]);
    expect(
      press([
        ['n', 1000],
        ['x', 1100],
        ['a', 1200],
      ]),
    ).toEqual([false, false, false]);
  });

  test('starts over after a wrong key that is itself the first one', () => {
    expect(
      press([
        ['n', 1000],
        ['n', 1100],
        ['a', 1200],
      ]),
    ).toEqual([false, false, true]);
  });

  test('lets the second key come only shortly after the first', () => {
    expect(
      press([
        ['n', 1000],
        ['a', 1000 + sequenceTimeoutMs + 1],
      ]),
    ).toEqual([false, false]);
    expect(
      press([
        ['n', 1000],
        ['a', 1000 + sequenceTimeoutMs],
      ]),
    ).toEqual([false, true]);
  });

  test('counts keys pressed with Ctrl, Alt or Cmd as no part of it', () => {
    const plain = { target: null, ctrlKey: false, metaKey: false, altKey: false };
    expect(isTyping(plain)).toBe(false);
    expect(isTyping({ ...plain, ctrlKey: true })).toBe(true);
    expect(isTyping({ ...plain, metaKey: true })).toBe(true);
    expect(isTyping({ ...plain, altKey: true })).toBe(true);
  });

  test('is left to the field the user types in', () => {
    const on = (target: object) =>
      isTyping({ target, ctrlKey: false, metaKey: false, altKey: false });
    expect(on({ tagName: 'INPUT' })).toBe(true);
    expect(on({ tagName: 'TEXTAREA' })).toBe(true);
    expect(on({ tagName: 'DIV', isContentEditable: true })).toBe(true);
    expect(on({ tagName: 'BUTTON', isContentEditable: false })).toBe(false);
    expect(on({ tagName: 'BODY', getAttribute: () => null })).toBe(false);
  });
});
