import { t, type Locale } from '../../utils/i18n';
import type { SheetTable } from '../../utils/csv';
import { csvSeparator, XLSX_TYPE, xlsxBlob } from './exports';
import { toCsv } from '../../utils/csv';

/** Saves a file the officer asked for (a Blob URL download; nothing leaves the machine). */
export type Download = (fileName: string, content: string | Blob, type: string) => void;

export interface ExportButtonsProps {
  /** Built on the click, from what is shown then. */
  tables: () => SheetTable[];
  /** File name without extension, e.g. `nhac-han-ho-so-2026-11-18`. */
  name: string;
  /** Name of the Excel sheet (at most 31 characters are kept). */
  sheet: string;
  locale: Locale;
  download: Download;
  /** Where a failure to build the workbook is shown. */
  onError?: (e: unknown) => void;
}

/** "Xuất CSV" and "Xuất Excel (.xlsx)" side by side, for the same tables. */
export function ExportButtons({ tables, name, sheet, locale, download, onError = console.error }: ExportButtonsProps) {
  return (
    <>
      <button type="button" data-export="csv" onClick={() => download(`${name}.csv`, toCsv(tables(), csvSeparator(locale)), 'text/csv')}>
        {t(locale, 'dash.csv')}
      </button>
      <button
        type="button"
        data-export="xlsx"
        onClick={() => void xlsxBlob(tables(), sheet).then((blob) => download(`${name}.xlsx`, blob, XLSX_TYPE), onError)}
      >
        {t(locale, 'dash.xlsx')}
      </button>
    </>
  );
}
