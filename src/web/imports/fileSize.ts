// The size of a chosen file as the user reads it, and the largest file the API takes.
import { formatNumber, type Language } from '../format.ts';

/** As the server's limit: larger files are refused before they are sent. */
export const maxImportBytes = 512 * 1024 * 1024;

const units = ['B', 'KB', 'MB', 'GB'] as const;

/** 1,536 bytes → "1,5 KB" in Dutch; whole bytes below a kilobyte. */
export function formatFileSize(bytes: number, language: Language): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const rounded = unit === 0 ? value : Math.round(value * 10) / 10;
  return `${formatNumber(rounded, language)} ${units[unit]}`;
}
