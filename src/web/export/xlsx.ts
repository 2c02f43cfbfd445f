// An Excel workbook of an export table, with real numbers and number formats (Excel shows them in
// the reader's own language). The library is loaded only when someone asks for a workbook.
import type { ExportKind, ExportTable } from './table.ts';

const numberFormats: Record<ExportKind, string | undefined> = {
  text: undefined,
  integer: '0',
  decimal: '#,##0.00',
  money: '#,##0.00',
  percent: '0.0%',
};

export const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function toXlsx(table: ExportTable): Promise<Blob> {
  const { Workbook } = await import('exceljs');
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet(table.name.slice(0, 31), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = table.columns.map((column) => {
    const numFmt = numberFormats[column.kind];
    return {
      header: column.header,
      width: column.kind === 'text' ? 40 : Math.max(12, column.header.length + 2),
      ...(numFmt ? { style: { numFmt } } : {}),
    };
  });
  sheet.getRow(1).font = { bold: true };
  sheet.addRows(table.rows);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Blob([buffer], { type: xlsxType });
}
