/**
 * .NET + React/antd one-stop portals (Thanh Hóa style): composite "Thông tin hồ sơ" cell
 * ("Mã hồ sơ: … / Tiếp nhận: … / Hẹn trả: …"), "Hạn xử lý cá nhân", native legend
 * Tới hạn / Quá hạn / Trong hạn. Columns are read by header text (the header sits in its own table
 * when the list has a fixed header).
 */
import type { PortalAdapter } from '../adapter';

export const antd: PortalAdapter = {
  id: 'antd',
  label: 'Cổng một cửa .NET/React',
  match: [/^https?:\/\/[^/]+\.gov\.vn(?::\d+)?\//],
  detect: (doc) => doc.querySelector('.ant-table-wrapper') !== null && doc.querySelector('tr[data-row-key]') !== null,
  // data-row-key marks real rows; antd's hidden measure row and placeholder rows have none.
  rows: (doc) => Array.from(doc.querySelectorAll('.ant-table-tbody > tr[data-row-key]')),
  fields: {},
  coverage(doc) {
    const titles = Array.from(doc.querySelectorAll('.ant-pagination-item[title]'), (li) => Number(li.getAttribute('title')));
    const active = Number(doc.querySelector('.ant-pagination-item-active')?.getAttribute('title'));
    // Without a "jump" button (ant-pagination-jump-next) the last item is the last page.
    const lastKnown = doc.querySelector('.ant-pagination-jump-next') === null;
    return {
      ...(Number.isInteger(active) && active > 0 ? { page: active } : {}),
      ...(lastKnown && titles.length > 0 ? { pageCount: Math.max(...titles) } : {}),
    };
  },
};
