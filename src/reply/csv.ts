import type { Table } from './model.js';

/** UTF-8 byte order mark: spreadsheet programs read the Chinese right only with it. */
const BOM = '\ufeff';

function field(value: string): string {
  return /[",\r\n]/u.test(value) ? `"${value.replace(/"/gu, '""')}"` : value;
}

/** A table as CSV (RFC 4180, CRLF line ends), with the BOM. */
export function toCsv(table: Table): string {
  return `${BOM}${[table.columns, ...table.rows].map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}
