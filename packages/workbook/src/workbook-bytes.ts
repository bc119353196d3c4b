import type ExcelJS from 'exceljs';

/**
 * exceljs, loaded on first use. Why: it is a large module graph (zip, xml,
 * streams) that costs a noticeable part of a command's start, and only
 * spreadsheet reading and writing need it; everything else this package
 * exports (layout, export tables, notices) is plain code.
 */
export async function loadExcelJs(): Promise<typeof ExcelJS> {
  return (await import('exceljs')).default;
}

/** Serialises a workbook to .xlsx bytes. */
export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  const written = await workbook.xlsx.writeBuffer();
  return new Uint8Array(written as ArrayBuffer);
}
