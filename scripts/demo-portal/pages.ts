/**
 * Server-rendered demo pages, one function per portal flavour. Every dossier field goes through
 * `esc`, so hostile text is shown, never executed.
 */
import type { DemoDossier } from './dossiers';
import { STYLES } from './styles';
import { formatVnDate, formatVnDateTime, formatVnTime, parseInstant } from '../../utils/time/vn-time';

export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const dateTime = (iso: string) => formatVnDateTime(parseInstant(iso));
const date = (iso: string) => formatVnDate(parseInstant(iso));

/** A menu full of dates that are not dossiers, as on real portals. */
const NEWS = `<ul class="tin-tuc">
<li>Thông báo lịch nghỉ Ngày Văn hóa Việt Nam 24/11/2026</li>
<li>Cập nhật phần mềm một cửa ngày 20/11/2026 08:00</li>
<li>Quyết định số 1234/QĐ-UBND ngày 15 tháng 10 năm 2026</li></ul>`;

export function page(title: string, body: string, head = ''): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${esc(title)}</title>${head}</head><body>${body}</body></html>`;
}

export function plainPage(dossiers: DemoDossier[], options: { total?: boolean } = {}): string {
  const rows = dossiers
    .map(
      (d, i) => `<tr><td>${i + 1}</td><td><a href="/ho-so/${esc(d.id)}">${esc(d.code)}</a></td><td>${esc(d.procedure ?? '')}</td>
<td>${esc(d.applicant ?? '')}</td><td>${dateTime(d.receivedAt)}</td><td>${dateTime(d.dueAt)}</td><td>${esc(d.statusText ?? '')}</td></tr>`,
    )
    .join('\n');
  return page(
    'Danh sách hồ sơ đang xử lý',
    `<header><h1>Bộ phận Một cửa</h1><nav><a href="/">Trang chủ</a> | <a href="/thong-ke">Thống kê</a></nav></header>
<aside>${NEWS}</aside><main><h2>Hồ sơ đang xử lý</h2>
<table border="1"><thead><tr><th>STT</th><th>Số hồ sơ</th><th>Thủ tục hành chính</th><th>Tổ chức, cá nhân</th><th>Ngày nhận</th><th>Hạn trả kết quả</th><th>Tình trạng</th></tr></thead>
<tbody>${rows}</tbody></table>${options.total === false ? '' : `<p>Tổng số: ${dossiers.length} hồ sơ</p>`}</main>`,
    STYLES.gov,
  );
}

/**
 * A list of cards with the office's own receipt numbers (`TP-261120-0099`), for teaching by clicks
 * (issue 18). `layout: 2` is the same list after a portal release renamed its markup.
 */
export function cardsPage(dossiers: DemoDossier[], layout: 1 | 2 = 1): string {
  const [card, field] = layout === 1 ? ['article class="the-hs" data-hs', 'data-truong'] : ['section class="hs-item" data-ma-hs', 'data-cot'];
  const tag = card.split(' ')[0]!;
  const rows = dossiers
    .map(
      (d) => `<${card}="${esc(d.id)}"><div class="dau"><span class="nhan">Số biên nhận</span> <a href="/ho-so/chi-tiet/${esc(d.id)}"><strong ${field}="so-bien-nhan">${esc(d.code)}</strong></a>
<em class="tinh-trang" ${field}="tinh-trang">${esc(d.statusText ?? '')}</em></div>
<div>${esc(d.applicant ?? '')} · ${esc(d.procedure ?? '')}</div>
<div class="chan"><span ${field}="ngay-nhan">Nhận ${dateTime(d.receivedAt)}</span> · <span ${field}="hen-tra">Trả ${dateTime(d.dueAt)}</span></div></${tag}>`,
    )
    .join('\n');
  return page(
    'Tra cứu hồ sơ - Bộ phận tiếp nhận và trả kết quả',
    `<header><h1>Bộ phận tiếp nhận và trả kết quả</h1></header><aside>${NEWS}</aside>
<main><h2>Hồ sơ đang giải quyết</h2><div id="ds-ho-so">${rows}</div><p>Tổng số: ${dossiers.length} hồ sơ</p></main>`,
    STYLES.cards,
  );
}

export function antdPage(dossiers: DemoDossier[], now: number, pageSize = 20): string {
  const shown = dossiers.slice(0, pageSize);
  const pages = Math.ceil(dossiers.length / pageSize);
  const legend = (d: DemoDossier) => {
    const due = parseInstant(d.dueAt);
    const [cls, text] = d.status === 'done' ? ['green', 'Trong hạn'] : due < now ? ['red', 'Quá hạn'] : ['orange', 'Tới hạn'];
    return `<span class="ant-tag ant-tag-${cls}">${text}</span>`;
  };
  const rows = shown
    .map(
      (d, i) => `<tr data-row-key="${esc(d.id)}" class="ant-table-row ant-table-row-level-0"><td class="ant-table-cell">${i + 1}</td>
<td class="ant-table-cell"><div><b>Mã hồ sơ:</b> <a href="/ho-so/chi-tiet/${esc(d.id)}">${esc(d.code)}</a></div><div>Tiếp nhận: ${dateTime(d.receivedAt)}, hẹn trả: ${dateTime(d.dueAt)}</div></td>
<td class="ant-table-cell">${esc(d.procedure ?? '')}</td><td class="ant-table-cell">${esc(d.applicant ?? '')}<br><small>Thanh Hóa</small></td>
<td class="ant-table-cell">${dateTime(d.stepDueAt)}</td><td class="ant-table-cell">${esc(d.statusText ?? '')}</td><td class="ant-table-cell">${legend(d)}</td></tr>`,
    )
    .join('\n');
  const items = Array.from({ length: pages }, (_, p) => `<li title="${p + 1}" class="ant-pagination-item ant-pagination-item-${p + 1}${p === 0 ? ' ant-pagination-item-active' : ''}"><a>${p + 1}</a></li>`).join('');
  return page(
    'Hồ sơ cần xử lý - Hệ thống một cửa điện tử',
    `<div id="root"><section class="ant-layout"><aside class="ant-layout-sider">${NEWS}</aside><main class="ant-layout-content">
<div class="chu-thich">Chú thích: <span class="ant-tag ant-tag-green">Trong hạn</span> <span class="ant-tag ant-tag-orange">Tới hạn</span> <span class="ant-tag ant-tag-red">Quá hạn</span></div>
<div class="ant-table-wrapper"><div class="ant-spin-nested-loading"><div class="ant-spin-container"><div class="ant-table ant-table-fixed-header"><div class="ant-table-container">
<div class="ant-table-header"><table><thead class="ant-table-thead"><tr><th class="ant-table-cell">STT</th><th class="ant-table-cell">Thông tin hồ sơ</th><th class="ant-table-cell">Tên thủ tục</th><th class="ant-table-cell">Chủ hồ sơ</th><th class="ant-table-cell">Hạn xử lý cá nhân</th><th class="ant-table-cell">Trạng thái</th><th class="ant-table-cell">Còn lại</th></tr></thead></table></div>
<div class="ant-table-body"><table><tbody class="ant-table-tbody"><tr aria-hidden="true" class="ant-table-measure-row"><td style="padding:0"></td><td style="padding:0"></td><td style="padding:0"></td><td style="padding:0"></td><td style="padding:0"></td><td style="padding:0"></td><td style="padding:0"></td></tr>
${rows}</tbody></table></div></div></div>
<ul class="ant-pagination"><li class="ant-pagination-total-text">Tổng ${dossiers.length} hồ sơ</li><li title="Trang trước" class="ant-pagination-prev ant-pagination-disabled"><button>‹</button></li>${items}<li title="Trang sau" class="ant-pagination-next"><button>›</button></li></ul>
</div></div></div></main></section></div>`,
    STYLES.antd,
  );
}

export function eparPage(dossiers: DemoDossier[], pageSize = 25): string {
  const shown = dossiers.slice(0, pageSize);
  const rows = shown
    .map((d, i) => {
      const due = parseInstant(d.dueAt);
      return `<tr class="dong${i % 2}" onclick="xemHoSo('${esc(d.id)}')"><td align="center">${i + 1}</td><td><a href="hoso_chitiet.php?id=${esc(d.id)}">${esc(d.code)}</a></td>
<td>${esc(d.applicant ?? '')}</td><td>${date(d.receivedAt)}</td><td>${formatVnDate(due)}<br>Từ 13:30 đến ${formatVnTime(due)}</td><td>${esc(d.handler ?? '')}</td></tr>`;
    })
    .join('\n');
  const pages = Math.ceil(dossiers.length / pageSize);
  return page(
    'Hệ thống e-PAR - Danh sách hồ sơ',
    `<table width="100%" cellpadding="0" cellspacing="0" class="khung"><tr><td colspan="2" class="banner"><img src="/images/banner.gif" alt="Bộ phận một cửa"></td></tr>
<tr><td width="200" valign="top" class="menu-trai"><table width="100%"><tr><td><b>Tin mới</b></td></tr><tr><td>${NEWS}</td></tr></table></td>
<td valign="top"><form name="frmDanhSach" method="post" action="hoso_danhsach.php"><table width="100%" border="1" cellpadding="3" class="bang">
<tr class="tieude"><td><b>STT</b></td><td><b>Mã hồ sơ</b></td><td><b>Người đăng ký</b></td><td><b>Ngày tiếp nhận</b></td><td><b>Ngày hẹn trả</b></td><td><b>Cán bộ thụ lý</b></td></tr>
${rows}</table><div class="phantrang">Trang 1/${pages} &nbsp; Tổng số: ${dossiers.length} hồ sơ</div></form></td></tr></table>`,
    STYLES.epar,
  );
}

export function statisticsPage(dossiers: DemoDossier[]): string {
  const fields = ['Đất đai', 'Xây dựng', 'Tư pháp', 'Kinh doanh'];
  const rows = fields
    .map((f, i) => `<tr><td>${i + 1}</td><td>${f}</td><td>${dossiers.length * (i + 2)}</td><td>${dossiers.length + i}</td><td>${i}</td><td>${(97 - i * 1.5).toFixed(1)}%</td></tr>`)
    .join('');
  return page(
    'Báo cáo thống kê tình hình giải quyết hồ sơ',
    `<aside>${NEWS}</aside><h2>BÁO CÁO TÌNH HÌNH GIẢI QUYẾT HỒ SƠ</h2><p>Từ ngày 01/11/2026 đến ngày 24/11/2026</p>
<table border="1"><tr><th>STT</th><th>Lĩnh vực</th><th>Tổng số hồ sơ</th><th>Đúng hạn</th><th>Quá hạn</th><th>Tỷ lệ đúng hạn</th></tr>${rows}</table>`,
    STYLES.base,
  );
}

export function loginPage(): string {
  return page(
    'Đăng nhập hệ thống một cửa',
    `<aside>${NEWS}</aside><form method="post" action="/dang-nhap"><h2>Đăng nhập</h2>
<label>Tên đăng nhập <input name="username" autocomplete="username"></label><label>Mật khẩu <input type="password" name="password" autocomplete="current-password"></label>
<button type="submit">Đăng nhập</button></form><footer>Phiên bản 3.2.1 cập nhật 20/11/2026</footer>`,
    STYLES.base,
  );
}

/** The iGate-like SPA shell: the page script fetches its own /pa/dossier/search and draws the list. */
export function igateShell(): string {
  return page('iGate - Một cửa điện tử', '<app-root></app-root><script src="/assets/igate.js"></script>', STYLES.igate);
}

export function indexPage(links: Array<[string, string]>): string {
  return page(
    'Cổng một cửa mô phỏng',
    `<main style="padding:16px 24px"><h1>Cổng một cửa mô phỏng (Nhắc Hạn)</h1><ul>${links.map(([href, label]) => `<li><a href="${esc(href)}">${esc(label)}</a></li>`).join('')}</ul></main>`,
    STYLES.base,
  );
}
