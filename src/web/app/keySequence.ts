// Shortcuts of two keys pressed one after the other (N then A), as the app's pages take single
// letters (A on an organisation's page) and the browser takes most Ctrl+Shift combinations.
import { useEffect, useRef } from 'react';

/** How long the second key may follow the first. */
export const sequenceTimeoutMs = 1200;

export type SequenceState = { matched: number; at: number };

/** The state after a key, and whether it completed the sequence. */
export function sequenceStep(
  sequence: readonly string[],
  state: SequenceState,
  key: string,
  now: number,
): { state: SequenceState; complete: boolean } {
  const pressed = key.toLowerCase();
  const matched = state.matched > 0 && now - state.at > sequenceTimeoutMs ? 0 : state.matched;
  if (pressed === sequence[matched]) {
    if (matched + 1 === sequence.length) return { state: { matched: 0, at: now }, complete: true };
    return { state: { matched: matched + 1, at: now }, complete: false };
  }
  // a wrong key starts over, and may itself be the first of the sequence
  return { state: { matched: pressed === sequence[0] ? 1 : 0, at: now }, complete: false };
}

type KeyTarget = {
  tagName?: string;
  isContentEditable?: boolean;
  getAttribute?: (name: string) => string | null;
};

/** Whether the key goes to what the user is typing in, or is a combination with a modifier. */
export function isTyping(event: {
  target: KeyTarget | EventTarget | null;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey) return true;
  const target = event.target as KeyTarget | null;
  if (!target) return false;
  return (
    target.isContentEditable === true ||
    ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName ?? '') ||
    target.getAttribute?.('role') === 'combobox'
  );
}

/**
 * Calls `onMatch` when the keys are pressed one after the other outside any field or dialog; the
 * last key then goes nowhere else (A does not also open a page's own dialog).
 */
export function useKeySequence(sequence: readonly string[], onMatch: () => void) {
  const state = useRef<SequenceState>({ matched: 0, at: 0 });
  const latest = useRef(onMatch);
  latest.current = onMatch;
  useEffect(() => {
    const listener = (event: KeyboardEvent) => {
      if (isTyping(event) || document.querySelector('[role="dialog"]')) {
        state.current = { matched: 0, at: 0 };
        return;
      }
      const step = sequenceStep(sequence, state.current, event.key, event.timeStamp);
      state.current = step.state;
      if (step.complete) {
        event.preventDefault();
        event.stopImmediatePropagation();
        latest.current();
      }
    };
    // in the capture phase, before the page's own single-letter shortcuts
    window.addEventListener('keydown', listener, true);
    return () => window.removeEventListener('keydown', listener, true);
  }, [sequence]);
}
