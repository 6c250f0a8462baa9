/**
 * PHP e-PAR ("R3", tamviettech/e-par): lists `table.adminlist` with one `tr[role=presentation][data-item_id]`
 * per record (columns from per-procedure XML: # | Mã hồ sơ | Người đăng ký | Địa chỉ | Ngày giờ tiếp nhận |
 * Ngày giờ hẹn trả | Thời hạn), dates dd-mm-yyyy with the time or slot on the next line
 * ("26-11-2026<br/>Từ 13:30 đến 17:00"), record numbers like `TN05-CX-HU9OOS`. Its reports
 * (`table.report_list`) and single-record pages (`table.none`) are read as reports and detail pages.
 */
import type { PortalAdapter } from '../adapter';

export const epar: PortalAdapter = {
  id: 'epar',
  label: 'Cổng một cửa e-PAR (PHP)',
  match: [/^https?:\/\/[^/]+\/r3\//, /\.php(?:[?#]|$)/],
  // R3 lists, reports and record pages first; older deployments open a record through onclick "xemHoSo".
  detect: (doc) => doc.querySelector('table.adminlist, table.report_list, table.none, table tr[onclick*="HoSo"]') !== null,
  rows: (doc) => Array.from(doc.querySelectorAll('table.adminlist tr[data-item_id], table tr[onclick*="HoSo"]')),
  fields: {},
};
