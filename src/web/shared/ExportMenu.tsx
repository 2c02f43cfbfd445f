// Export of a table as CSV (Excel and every other program) or as an Excel workbook.
import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toCsv } from '../export/csv.ts';
import { saveFile } from '../export/download.ts';
import type { ExportTable } from '../export/table.ts';
import { toXlsx } from '../export/xlsx.ts';
import { useLanguage } from '../i18n/index.ts';
import { notifyDone, notifyError } from '../ui/errors.ts';

/** `label` names what is exported where a page offers more than one export. */
export function ExportMenu({
  table,
  fileName,
  label,
}: {
  table: () => ExportTable;
  fileName: string;
  label?: string;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [busy, setBusy] = useState(false);

  const exportAs = async (format: 'csv' | 'xlsx') => {
    setBusy(true);
    try {
      const file = `${fileName}.${format}`;
      const contents =
        format === 'csv'
          ? new Blob([toCsv(table(), language)], { type: 'text/csv;charset=utf-8' })
          : await toXlsx(table());
      saveFile(contents, file);
      notifyDone(t('portfolio.table.exported', { file }));
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Menu position="bottom-end">
      <Menu.Target>
        <Button
          variant="default"
          leftSection={<IconDownload size={16} />}
          rightSection={<IconChevronDown size={14} />}
          loading={busy}
        >
          {label ?? t('portfolio.table.export')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => void exportAs('csv')}>{t('portfolio.table.exportCsv')}</Menu.Item>
        <Menu.Item onClick={() => void exportAs('xlsx')}>
          {t('portfolio.table.exportXlsx')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
