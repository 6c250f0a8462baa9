/**
 * Pages of gov.vn hosts that are in no list: a large news page (a ministry or newspaper front page:
 * about 3,000 elements, layout and data tables with no dossier in them) and a dossier list whose
 * portal hides the appointment column. Used by the reach e2e tests and the bench.
 */
import type { DemoDossier } from './dossiers';
import { esc, page } from './pages';
import { STYLES } from './styles';

const TOPICS = ['Thời sự', 'Chính sách', 'Kinh tế', 'Xã hội', 'Văn hóa', 'Giáo dục', 'Y tế', 'Quốc phòng', 'Đối ngoại', 'Địa phương'];

function article(i: number): string {
  const topic = TOPICS[i % TOPICS.length]!;
  const day = String(1 + (i % 28)).padStart(2, '0');
  return `<article class="story"><a class="thumb" href="/tin/${i}.htm"><img src="data:," alt="" width="120" height="80"></a>
<div class="story-body"><span class="cat"><a href="/${i % TOPICS.length}">${esc(topic)}</a></span><h3><a href="/tin/${i}.htm">Tin ${i}: Thủ tướng chỉ đạo đẩy mạnh chuyển đổi số, nâng cao chất lượng phục vụ người dân</a></h3>
<p class="sapo">Sáng ${day}/11, tại trụ sở Chính phủ, hội nghị trực tuyến toàn quốc về <b>cải cách hành chính</b> và <i>dịch vụ công trực tuyến</i> đã diễn ra.</p>
<ul class="related"><li><a href="/tin/${i}-1.htm">Bài liên quan 1</a></li><li><a href="/tin/${i}-2.htm">Bài liên quan 2</a></li></ul>
<time datetime="2026-11-${day}">${day}/11/2026</time></div></article>`;
}

/** Front page of a news portal: 150 stories, menus, a price table in a layout table. About 3,000 elements. */
export function newsPage(): string {
  const menu = Array.from({ length: 60 }, (_, i) => `<li><a href="/chuyen-muc/${i}">${esc(TOPICS[i % TOPICS.length]!)} ${i}</a></li>`).join('');
  const stories = Array.from({ length: 150 }, (_, i) => article(i)).join('\n');
  const prices = Array.from({ length: 12 }, (_, i) => `<tr><td>Mặt hàng ${i + 1}</td><td>${(i + 1) * 1250}</td><td>+0,${i}%</td></tr>`).join('');
  return page(
    'Báo điện tử Chính phủ',
    `<header><h1>Báo điện tử Chính phủ</h1><nav><ul>${menu}</ul></nav></header>
<table class="layout" width="100%"><tr><td class="main">${stories}</td>
<td class="side"><h2>Giá cả thị trường</h2><table class="prices"><thead><tr><th>Mặt hàng</th><th>Giá (đồng)</th><th>Thay đổi</th></tr></thead><tbody>${prices}</tbody></table></td></tr></table>
<footer><p>Cơ quan chủ quản: Văn phòng Chính phủ. Giấy phép số 123/GP-BTTTT.</p></footer>`,
    STYLES.gov,
  );
}

/** A list of a portal configured without its "Ngày hẹn trả" column: codes are there, dates are not. */
export function listWithoutDuePage(dossiers: DemoDossier[]): string {
  const rows = dossiers
    .map((d, i) => `<tr><td>${i + 1}</td><td>${esc(d.code)}</td><td>${esc(d.procedure ?? '')}</td><td>${esc(d.applicant ?? '')}</td><td>${esc(d.statusText ?? '')}</td></tr>`)
    .join('\n');
  return page(
    'Hồ sơ đang xử lý',
    `<main><h2>Hồ sơ đang xử lý</h2><table border="1"><thead><tr><th>STT</th><th>Mã hồ sơ</th><th>Thủ tục</th><th>Người nộp</th><th>Trạng thái</th></tr></thead>
<tbody>${rows}</tbody></table></main>`,
    STYLES.gov,
  );
}
