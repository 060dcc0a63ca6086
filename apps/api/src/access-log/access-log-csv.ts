import type { AccessEventItem } from './access-log-read.service';

/** The columns of the access-log CSV export, in order. */
const COLUMNS = [
  'at',
  'actorId',
  'actorName',
  'actorRole',
  'actorOrganisation',
  'action',
  'outcome',
  'caseReference',
  'personIds',
  'resource',
  'resourceId',
  'fields',
  'purpose',
  'breakGlass',
  'requestId',
] as const;

/** The events as a CSV file (header line, CRLF line ends, UTF-8). */
export function accessLogCsv(items: AccessEventItem[]): Buffer {
  const lines = [COLUMNS.join(','), ...items.map((item) => COLUMNS.map((column) => csvCell(item[column])).join(','))];
  return Buffer.from(lines.join('\r\n') + '\r\n', 'utf8');
}

/** RFC 4180 quoting, and no spreadsheet formulas: a cell starting with = + - @ is prefixed with '. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = Array.isArray(value) ? value.join(' ') : value instanceof Date ? value.toISOString() : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n']/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
