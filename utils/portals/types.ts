/**
 * The dossier record shared by the recognizer, the store, the UI, the letters and the CLI.
 * Times are ISO 8601 with +07:00 (see utils/time/vn-time.ts), or null when the page did not show them.
 */

/** National 10-status list (docs/domain.md §6) folded into what the officer acts on. */
export const DOSSIER_STATUSES = [
  'received', // 1 Mới đăng ký, 2 Được tiếp nhận
  'processing', // 4 Đang xử lý
  'supplement', // 5 Yêu cầu bổ sung giấy tờ
  'financial', // 6 Yêu cầu thực hiện nghĩa vụ tài chính
  'paused', // 8 Dừng xử lý, Tạm dừng
  'done', // 9 Đã xử lý xong, 10 Đã trả kết quả
  'returned', // trả lại / chuyển trả
  'rejected', // 3 Không được tiếp nhận, từ chối
  'withdrawn', // 7 Công dân yêu cầu rút hồ sơ
  'unknown',
] as const;

export type DossierStatus = (typeof DOSSIER_STATUSES)[number];

/** The record's dates. */
export const DATE_FIELDS = ['receivedAt', 'dueAt', 'stepDueAt'] as const;
export type DateField = (typeof DATE_FIELDS)[number];

export interface DossierRecord {
  /** Mã hồ sơ / số biên nhận, e.g. `000.00.53.H48-261120-0099`. */
  code: string;
  procedure: string | null;
  applicant: string | null;
  receivedAt: string | null;
  /** Ngày hẹn trả: the appointment promised to the citizen. */
  dueAt: string | null;
  /** Hạn xử lý: the officer's own step deadline. */
  stepDueAt: string | null;
  /**
   * Dates the portal showed without a time ("04/09/2026"). Their instant is the end of working hours
   * (what deadlines count to), but they are displayed and printed as the day alone. Absent in
   * records from before this field existed: every time was taken as shown.
   */
  dateOnly?: DateField[];
  status: DossierStatus;
  /** The portal's own wording, kept verbatim (trimmed, NFC). */
  statusText: string | null;
  handler: string | null;
  /** Absolute URL of the dossier's page, or of the list page when the row has no link. */
  url: string;
  /** Adapter id (`igate`, `antd`, `epar`, `generic`, …). */
  portal: string;
}
