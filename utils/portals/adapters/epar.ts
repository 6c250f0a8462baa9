/**
 * PHP e-PAR lists: STT | Mã hồ sơ | Người đăng ký | Ngày tiếp nhận | Ngày hẹn trả | Cán bộ thụ lý,
 * inside nested layout tables, header row made of bold `<td>`, due cell "27/11/2026<br>Từ 13:30 đến 17:00".
 */
import type { PortalAdapter } from '../adapter';

export const epar: PortalAdapter = {
  id: 'epar',
  label: 'Cổng một cửa e-PAR (PHP)',
  match: [/\.php(?:[?#]|$)/],
  detect: (doc) => doc.querySelector('table tr[onclick*="HoSo"]') !== null,
  // Each dossier row opens its detail through an onclick handler; header and pager rows have none.
  rows: (doc) => Array.from(doc.querySelectorAll('table tr[onclick*="HoSo"]')),
  fields: {},
};
