/**
 * VNPT iGate ("digo", Angular Material SPA). Officer lists are `mat-table`s whose column classes come
 * from the API field names (`mat-column-appointmentDate` …); header text is the fallback.
 * `recordsFromIgateSearch` reads the page's own `/pa/dossier/search` responses (no extra requests).
 */
import type { PortalAdapter } from '../adapter';
import { mapStatus } from '../parse/status';
import { cleanText } from '../parse/text';
import { END_OF_WORK_MINUTES } from '../parse/dates';
import type { Coverage } from '../coverage';
import { DATE_FIELDS, type DossierRecord } from '../types';
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

/** Vietnamese, the API's `languageId` 228. */
const VI = 228;
/** A name given as text, as `{name}`, or as a translation list `[{languageId, name}]`. */
function nameOf(v: unknown): string | null {
  if (Array.isArray(v)) return nameOf(v.find((t) => isObject(t) && t.languageId === VI) ?? v[0]);
  return str(v) ?? (isObject(v) ? nameOf(v.name) : null);
}

interface IgateDate {
  iso: string;
  dateOnly: boolean;
}

/**
 * iGate stores a date-only value as the previous day 17:00 UTC, i.e. midnight in Vietnam: that means
 * "some time that day", so it becomes the end of working hours like any date without a time.
 */
function igateDate(v: unknown): IgateDate | null {
  const text = str(v);
  if (!text) return null;
  const epoch = parseInstant(text);
  if (Number.isNaN(epoch)) return null;
  const dateOnly = minutesOfDay(epoch) === 0;
  return { iso: toVnIso(dateOnly ? atMinutes(toLocalDate(epoch), END_OF_WORK_MINUTES) : epoch), dateOnly };
}

function dossierUrl(item: Json, pageUrl: string): string {
  const id = str(item.id);
  return id && /^[0-9a-f]{24}$/i.test(id) ? new URL(`/vi/dossier/processing/${id}`, pageUrl).href : pageUrl;
}

/** `currentTask` is a list (the current one flagged `isCurrent`) or a single object. */
function currentTask(item: Json): Json | null {
  const task = item.currentTask;
  if (Array.isArray(task)) return task.filter(isObject).find((t) => t.isCurrent === 1) ?? task.find(isObject) ?? null;
  return isObject(task) ? task : null;
}

/** Records from a `/pa/dossier/search` JSON body (`{content:[…], last}`); anything malformed is skipped. */
export function recordsFromIgateSearch(json: unknown, pageUrl: string): DossierRecord[] {
  const content = isObject(json) ? json.content : undefined;
  if (!Array.isArray(content)) return [];
  return content.filter(isObject).flatMap((item): DossierRecord[] => {
    const code = str(item.code) ?? str(item.nationCode);
    if (!code) return [];
    const statusText = nameOf(path(item, 'dossierStatus', 'name')) ?? nameOf(path(item, 'dossierTaskStatus', 'name'));
    const task = currentTask(item);
    const dates = {
      receivedAt: igateDate(item.acceptedDate) ?? igateDate(item.appliedDate),
      dueAt: igateDate(item.appointmentDate),
      stepDueAt: igateDate(item.dueDate),
    };
    return [
      {
        code,
        procedure: nameOf(path(item, 'procedure', 'translate')) ?? nameOf(path(item, 'procedure', 'name')),
        // The dossier's owner (chủ hồ sơ) first; `fullname` is whoever filed it.
        applicant: str(path(item, 'applicant', 'data', 'ownerFullname')) ?? str(path(item, 'applicant', 'data', 'fullname')),
        receivedAt: dates.receivedAt?.iso ?? null,
        dueAt: dates.dueAt?.iso ?? null,
        stepDueAt: dates.stepDueAt?.iso ?? null,
        dateOnly: DATE_FIELDS.filter((f) => dates[f]?.dateOnly),
        status: item.completedDate ? 'done' : mapStatus(statusText),
        statusText,
        // The assignee, else the current step's name ("Một cửa trả kết quả") when nobody holds it yet.
        handler: str(path(task, 'assignee', 'fullname')) ?? nameOf(path(task, 'bpmProcessDefinitionTask', 'name')),
        url: dossierUrl(item, pageUrl),
        portal: 'igate',
      },
    ];
  });
}

const count = (v: unknown): number | null => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : null);

/**
 * Which part of the list a response is: `spec=page` gives `totalElements`/`totalPages`/`number`
 * (0-based); `spec=slice` only `last`, with the page number in the response or the request URL.
 */
export function coverageFromIgateSearch(json: unknown, requestUrl: string): Partial<Coverage> {
  if (!isObject(json)) return {};
  const fromUrl = Number(URL.canParse(requestUrl) ? new URL(requestUrl).searchParams.get('page') ?? NaN : NaN);
  const number = count(json.number) ?? (Number.isInteger(fromUrl) && fromUrl >= 0 ? fromUrl : null);
  const totalRows = count(json.totalElements);
  const pageCount = count(json.totalPages) ?? (json.last === true && number !== null ? number + 1 : null);
  return {
    ...(number !== null ? { page: number + 1 } : {}),
    ...(pageCount !== null ? { pageCount } : {}),
    ...(totalRows !== null ? { totalRows } : {}),
  };
}
