import { describe, expect, it } from 'vitest';
import { moveCell, scoreKey } from './matrixGrid.ts';

const size = { rows: 3, columns: 4 };

describe('moveCell', () => {
  it('moves by arrows and stops at the edges', () => {
    expect(moveCell({ row: 1, column: 1 }, 'ArrowDown', false, size)).toEqual({
      row: 2,
      column: 1,
    });
    expect(moveCell({ row: 2, column: 1 }, 'ArrowDown', false, size)).toEqual({
      row: 2,
      column: 1,
    });
    expect(moveCell({ row: 0, column: 0 }, 'ArrowUp', false, size)).toEqual({ row: 0, column: 0 });
    expect(moveCell({ row: 0, column: 0 }, 'ArrowLeft', false, size)).toEqual({
      row: 0,
      column: 0,
    });
    expect(moveCell({ row: 0, column: 3 }, 'ArrowRight', false, size)).toEqual({
      row: 0,
      column: 3,
    });
    expect(moveCell({ row: 0, column: 2 }, 'End', false, size)).toEqual({ row: 0, column: 3 });
  });

  it('wraps Tab to the next row and Shift+Tab to the previous one', () => {
    expect(moveCell({ row: 0, column: 3 }, 'Tab', false, size)).toEqual({ row: 1, column: 0 });
    expect(moveCell({ row: 1, column: 0 }, 'Tab', true, size)).toEqual({ row: 0, column: 3 });
    expect(moveCell({ row: 2, column: 3 }, 'Tab', false, size)).toEqual({ row: 2, column: 3 });
    expect(moveCell({ row: 0, column: 0 }, 'Tab', true, size)).toEqual({ row: 0, column: 0 });
  });

  it('ignores other keys and an empty grid', () => {
    expect(moveCell({ row: 0, column: 0 }, 'a', false, size)).toBeNull();
    expect(moveCell({ row: 0, column: 0 }, 'ArrowDown', false, { rows: 0, columns: 4 })).toBeNull();
  });
});

describe('scoreKey', () => {
  it('sets a digit up to the scale maximum, and clears', () => {
    expect(scoreKey('0', 3)).toEqual({ kind: 'set', score: 0 });
    expect(scoreKey('3', 3)).toEqual({ kind: 'set', score: 3 });
    expect(scoreKey('4', 3)).toBeNull();
    expect(scoreKey('Backspace', 3)).toEqual({ kind: 'clear' });
    expect(scoreKey('Delete', 5)).toEqual({ kind: 'clear' });
    expect(scoreKey('x', 3)).toBeNull();
  });
});
