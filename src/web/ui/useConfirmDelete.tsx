// Asking before a delete, as every section of a client page does it: the dialog names what goes,
// its button spins while the server works, a success is said in a notification and a refusal
// shown as the server gave it.
import { useState, type ReactNode } from 'react';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { notifyDone, notifyError } from './errors.ts';

/** The delete itself: a mutation taking the item's id, as the sections' queries define them. */
type Removal = {
  mutate: (
    id: string,
    handlers: { onSuccess: () => void; onError: (error: Error) => void },
  ) => void;
  isPending: boolean;
};

export function useConfirmDelete<T extends { id: string }>(options: {
  remove: Removal;
  /** The dialog's words; called with null while it closes, so nothing is shown of a stale item. */
  words: (item: T | null) => { title: string; text: string; confirmLabel: string };
  /** What the notification says once the item is gone. */
  done: (item: T) => string;
  /** Leaves the dialog open after a refusal, so the user can try again at once. */
  keepOpenOnError?: boolean;
}): { ask: (item: T) => void; dialog: ReactNode } {
  const [asking, setAsking] = useState<T | null>(null);
  const { remove, words, done, keepOpenOnError = false } = options;
  const { title, text, confirmLabel } = words(asking);
  const dialog = (
    <ConfirmDialog
      opened={asking !== null}
      title={title}
      text={text}
      confirmLabel={confirmLabel}
      busy={remove.isPending}
      onConfirm={() => {
        if (!asking) return;
        const item = asking;
        remove.mutate(item.id, {
          onSuccess: () => {
            setAsking(null);
            notifyDone(done(item));
          },
          onError: (error) => {
            if (!keepOpenOnError) setAsking(null);
            notifyError(error);
          },
        });
      }}
      onClose={() => setAsking(null)}
    />
  );
  return { ask: setAsking, dialog };
}
