/**
 * A portal the officer taught by clicks: data, never code. The same declarative shape as a
 * built-in adapter (utils/portals/adapter.ts): where the list is (origin + path pattern), which
 * elements are its rows, and per field either the column's header words or a CSS selector inside
 * the row; plus the date format the taught cells showed.
 */

/** Fields the officer can point at, in the order the teach bar asks for them. */
export const TAUGHT_FIELDS = ['code', 'dueAt', 'receivedAt', 'stepDueAt', 'applicant', 'status'] as const;
export type TaughtField = (typeof TAUGHT_FIELDS)[number];
export const REQUIRED_FIELDS: readonly TaughtField[] = ['code', 'dueAt'];
export const DATE_FIELDS = ['dueAt', 'receivedAt', 'stepDueAt'] as const;
export type TaughtDateField = (typeof DATE_FIELDS)[number];

/** One of the two: the column's header text (survives reordered columns) or a selector inside the row. */
export type FieldLocator = { header: string } | { selector: string };

/** How the taught date cells were written; a cell read later in another shape is not trusted. */
export const DATE_FORMATS = ['dd/MM/yyyy', 'yyyy-MM-dd', 'ngày dd tháng MM năm yyyy'] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];

export interface TaughtAdapter {
  /** `http(s)://host[:port]`, exactly as a page's `location.origin`. */
  origin: string;
  /** The list's path; `*` stands for one path segment that varies (an id). */
  path: string;
  /** What the officer sees ("Cổng motcua.example.gov.vn"). */
  label: string;
  /** CSS selector of the list's rows, in the whole document. */
  rows: string;
  fields: { code: FieldLocator; dueAt: FieldLocator } & Partial<Record<Exclude<TaughtField, 'code' | 'dueAt'>, FieldLocator>>;
  dateFormat: DateFormat;
  /** When it was taught (ISO, +07:00). */
  taughtAt: string;
}

export const TAUGHT_ID_PREFIX = 'taught-';

/** Adapter id of records read through a taught portal: one store key space per host (ids allow `a-z0-9-`, 40 chars). */
export function taughtPortalId(origin: string): string {
  const host = new URL(origin).host.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return `${TAUGHT_ID_PREFIX}${host}`.slice(0, 40).replace(/-+$/, '');
}
