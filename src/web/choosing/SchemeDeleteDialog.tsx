// Deleting a scheme, after saying what goes with it: its committed classifications, the
// categories set by hand, its goals and its prospect profile.
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../ui/ConfirmDialog.tsx';
import { notifyDone } from '../ui/errors.ts';
import { schemeLabel } from './choosingLabels.ts';
import type { Scheme } from './queries.ts';
import { SchemeErrorAlert } from './SchemeErrorAlert.tsx';
import { useDeleteScheme } from './schemeQueries.ts';

export function SchemeDeleteDialog(props: { scheme: Scheme | null; onClose: () => void }) {
  const { t } = useTranslation();
  const remove = useDeleteScheme();
  const { scheme } = props;
  const close = () => {
    remove.reset();
    props.onClose();
  };
  return (
    <ConfirmDialog
      opened={scheme !== null}
      title={t('choosing.schemeEditor.removeTitle', { name: scheme ? schemeLabel(scheme, t) : '' })}
      text={t('choosing.schemeEditor.removeText')}
      confirmLabel={t('choosing.schemeEditor.remove')}
      busy={remove.isPending}
      onClose={close}
      onConfirm={() =>
        scheme &&
        remove.mutate(scheme.id, {
          onSuccess: () => {
            notifyDone(t('choosing.schemeEditor.removed'));
            close();
          },
        })
      }
    >
      <SchemeErrorAlert error={remove.error} />
    </ConfirmDialog>
  );
}
