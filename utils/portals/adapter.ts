/** The contract of one portal file under adapters/ (one portal, one file; no storage, no UI). */
import type { Coverage } from './coverage';

/** Record fields an adapter can point at inside a row. */
export type FieldKey = 'code' | 'procedure' | 'applicant' | 'receivedAt' | 'dueAt' | 'stepDueAt' | 'status' | 'handler' | 'info';

export interface PortalAdapter {
  id: string;
  label: string;
  /** URL patterns; both a URL match and `detect` are needed. */
  match: RegExp[];
  /** Cheap DOM fingerprint: no layout, no network. */
  detect(doc: Document): boolean;
  rows(doc: Document): Element[];
  /**
   * CSS selectors inside a row, per field. A field left out is read by header text from the row's own
   * grid, then from a composite "Thông tin hồ sơ" cell, like the generic recognizer does.
   */
  fields: Partial<Record<FieldKey, string>>;
  /** Pager reading when the generic one (pager text near the list) is not enough. */
  coverage?(doc: Document): Partial<Coverage>;
}
