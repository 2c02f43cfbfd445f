// Moving through the scoring matrix by keyboard, as in a spreadsheet: arrows move the active
// cell, Tab and Shift+Tab move along the row and wrap to the next or previous row; a digit up
// to the criterion's scale maximum sets a score, Backspace or Delete clears it.

/** The active cell: a client's row and a criterion's column, both counted from 0. */
export type Cell = { row: number; column: number };
export type GridSize = { rows: number; columns: number };

const clamp = (value: number, low: number, high: number) => Math.min(Math.max(value, low), high);

/** The cell a key moves to; null when the key does not move. */
export function moveCell(cell: Cell, key: string, shift: boolean, size: GridSize): Cell | null {
  if (size.rows === 0 || size.columns === 0) return null;
  const last = { row: size.rows - 1, column: size.columns - 1 };
  switch (key) {
    case 'ArrowUp':
      return { row: clamp(cell.row - 1, 0, last.row), column: cell.column };
    case 'ArrowDown':
      return { row: clamp(cell.row + 1, 0, last.row), column: cell.column };
    case 'ArrowLeft':
      return { row: cell.row, column: clamp(cell.column - 1, 0, last.column) };
    case 'ArrowRight':
      return { row: cell.row, column: clamp(cell.column + 1, 0, last.column) };
    case 'Home':
      return { row: cell.row, column: 0 };
    case 'End':
      return { row: cell.row, column: last.column };
    case 'Tab': {
      const index = cell.row * size.columns + cell.column + (shift ? -1 : 1);
      const bounded = clamp(index, 0, size.rows * size.columns - 1);
      return { row: Math.floor(bounded / size.columns), column: bounded % size.columns };
    }
    default:
      return null;
  }
}

export type ScoreKey = { kind: 'set'; score: number } | { kind: 'clear' };

/** What a key does to a score on a 0–scaleMax scale; null when it does nothing. */
export function scoreKey(key: string, scaleMax: number): ScoreKey | null {
  if (key === 'Backspace' || key === 'Delete') return { kind: 'clear' };
  if (!/^[0-9]$/.test(key)) return null;
  const score = Number(key);
  return score <= scaleMax ? { kind: 'set', score } : null;
}
