/**
 * VNPT iGate ("digo", Angular Material SPA). Officer lists are `mat-table`s whose column classes come
 * from the API field names (`mat-column-appointmentDate` …); header text is the fallback.
 * `recordsFromIgateSearch` reads the page's own `/pa/dossier/search` responses (no extra requests).
 */
import type { PortalAdapter } from '../adapter';
import { mapStatus } from '../parse/status';
import { cleanText } from '../parse/text';
import { END_OF_WORK_MINUTES } from '../parse/dates';
import type { DossierRecord } from '../types';
import { atMinutes, minutesOfDay, parseInstant, toLocalDate, toVnIso } from '../../time/vn-time';

export const igate: PortalAdapter = {
  id: 'igate',
  label: 'VNPT iGate',
  match: [/^https?:\/\/[^/]+\.vnptigate\.vn(?::\d+)?\//, /^https?:\/\/[^/]+\/vi\/dossier\//],
  detect: (doc) => doc.querySelector('app-root') !== null && doc.querySelector('mat-table, .mat-mdc-table, .mat-table') !== null,
  // MDC rows first (Angular Material 15+), legacy mat-row second.
  rows: (doc) => Array.from(doc.querySelectorAll('.mat-mdc-row, mat-row, tr.mat-row')),
  fields: {
    code: '.mat-column-code',
    procedure: '.mat-column-procedure',
    applicant: '.mat-column-applicant',
    receivedAt: '.mat-column-acceptedDate',
    dueAt: '.mat-column-appointmentDate',
    stepDueAt: '.mat-column-dueDate',
    status: '.mat-column-status',
    handler: '.mat-column-currentTask',
  },
};

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? cleanText(v) : null);
const path = (v: unknown, ...keys: string[]): unknown =>
  keys.reduce<unknown>((o, k) => (isObject(o) ? o[k] : Array.isArray(o) ? (o[0] as Json | undefined)?.[k] : undefined), v);

/**
 * iGate stores a date-only value as the previous day 17:00 UTC, i.e. midnight in Vietnam: that means
 * "some time that day", so it becomes the end of working hours like any date without a time.
 */
function igateDate(v: unknown): string | null {
  const text = str(v);
  if (!text) return null;
  const epoch = parseInstant(text);
  if (Number.isNaN(epoch)) return null;
  return toVnIso(minutesOfDay(epoch) === 0 ? atMinutes(toLocalDate(epoch), END_OF_WORK_MINUTES) : epoch);
}

function dossierUrl(item: Json, pageUrl: string): string {
  const id = str(item.id);
  return id && /^[0-9a-f]{24}$/i.test(id) ? new URL(`/vi/dossier/processing/${id}`, pageUrl).href : pageUrl;
}

/** Records from a `/pa/dossier/search` JSON body (`{content:[…], last}`); anything malformed is skipped. */
export function recordsFromIgateSearch(json: unknown, pageUrl: string): DossierRecord[] {
  const content = isObject(json) ? json.content : undefined;
  if (!Array.isArray(content)) return [];
  return content.filter(isObject).flatMap((item): DossierRecord[] => {
    const code = str(item.code) ?? str(item.nationCode);
    if (!code) return [];
    const statusText = str(path(item, 'dossierStatus', 'name'));
    return [
      {
        code,
        procedure: str(path(item, 'procedure', 'translate', 'name')),
        applicant: str(path(item, 'applicant', 'data', 'fullname')),
        receivedAt: igateDate(item.acceptedDate) ?? igateDate(item.appliedDate),
        dueAt: igateDate(item.appointmentDate),
        stepDueAt: igateDate(item.dueDate),
        status: item.completedDate ? 'done' : mapStatus(statusText),
        statusText,
        handler: str(path(item, 'currentTask', 'assignee', 'fullname')),
        url: dossierUrl(item, pageUrl),
        portal: 'igate',
      },
    ];
  });
}
