/**
 * A single-dossier page (OpenCPS "Chi tiết hồ sơ", e-PAR "Xem tiến độ"): label/value pairs
 * ("Mã hồ sơ:", "Chủ hồ sơ:", "Ngày hẹn trả:" …) outside any dossier list. It yields that one dossier;
 * its history table is not a list of dossiers.
 */
import { parsePortalDate } from '../parse/dates';
import { mapStatus } from '../parse/status';
import { elementText } from '../parse/text';
import type { DateField, DossierRecord } from '../types';
import { findCode } from './extract';
import { readLabels } from './labels';

export interface DetailRead {
  record: DossierRecord;
  anchor: Element;
}

/** The innermost element whose text shows the code: where the chip goes. */
function anchorOf(root: Element, code: string): Element {
  let best = root;
  for (const el of Array.from(root.querySelectorAll('*'))) if ((el.textContent ?? '').includes(code)) best = el;
  return best;
}

export function readDetail(doc: Document, ctx: { portal: string; url: string }): DetailRead | null {
  const body = doc.body;
  if (!body) return null;
  const { parts } = readLabels(elementText(body));
  const code = parts.code ? findCode(parts.code, true) : null;
  if (!code) return null;
  const dateOnly: DateField[] = [];
  const dateOf = (kind: DateField): string | null => {
    const parsed = parts[kind] ? parsePortalDate(parts[kind]) : null;
    if (parsed && !parsed.hasTime) dateOnly.push(kind);
    return parsed?.iso ?? null;
  };
  const receivedAt = dateOf('receivedAt');
  const dueAt = dateOf('dueAt');
  // Without a date the labels are a form or a catalogue entry, not a dossier.
  if (!receivedAt && !dueAt) return null;
  const statusText = parts.status ?? null;
  const record: DossierRecord = {
    code,
    procedure: parts.procedure ?? null,
    applicant: parts.applicant ?? null,
    receivedAt,
    dueAt,
    stepDueAt: dateOf('stepDueAt'),
    dateOnly,
    status: mapStatus(statusText),
    statusText,
    handler: parts.handler ?? null,
    url: ctx.url,
    portal: ctx.portal,
  };
  return { record, anchor: anchorOf(body, code) };
}
