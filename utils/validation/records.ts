/** Validation of scraped dossier records: the page is untrusted, so every field is checked. */
import { DATE_FIELDS, DOSSIER_STATUSES, type DossierRecord } from '../portals/types';
import { type Guard, object, str, clipped, nullable, isoInstant, oneOf, optional, arrayOf, fail, preview, keepValid, isPlainObject } from './guards';

export const MAX_RECORDS = 5_000;
/** Codes of one complete list read in several `recognized` messages (the page with 20,000 rows fits). */
export const MAX_LISTED = 100_000;

/** Adapter ids are short slugs (`igate`, `antd`, `epar`, `generic`). */
export const portalId = str({ min: 1, max: 40, pattern: /^[a-z0-9][a-z0-9-]*$/, hint: 'chữ thường, số, gạch ngang' });

/**
 * The code is half of a dossier's key (with the portal id): it is never cut, a record whose code is
 * unusable (empty, over 100 characters, control characters, spaces at its ends) is left out.
 */
export const dossierCode = str({ min: 1, max: 100, pattern: /^(?!\s)[^\p{Cc}\p{Cf}]*(?<!\s)$/u, hint: 'không ký tự điều khiển, không khoảng trắng ở hai đầu' });

/** Only http(s): the URL is opened by "open in portal", so `javascript:` and friends are refused. */
export const httpUrl: Guard<string> = (x, path = '') => {
  const text = str({ min: 1 })(x, path);
  const url = URL.canParse(text) ? new URL(text) : null;
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) fail(path, `${preview(text)} không phải địa chỉ http(s) tuyệt đối`);
  return url.href;
};

/** Free text of a record: cut at the limit (and noted), never a reason to refuse the record. */
const text = nullable(clipped());

export const dossierRecord: Guard<DossierRecord> = object<DossierRecord>({
  code: dossierCode,
  procedure: text,
  applicant: text,
  receivedAt: nullable(isoInstant),
  dueAt: nullable(isoInstant),
  stepDueAt: nullable(isoInstant),
  dateOnly: optional(arrayOf(oneOf(DATE_FIELDS), DATE_FIELDS.length)),
  status: oneOf(DOSSIER_STATUSES),
  statusText: text,
  handler: text,
  url: httpUrl,
  portal: portalId,
});

/** ` (mã …)` after a dropped record's path, when its code can be shown. */
export function codeLabel(item: unknown): string {
  return isPlainObject(item) && typeof item.code === 'string' ? ` (mã ${preview(item.code)})` : '';
}

