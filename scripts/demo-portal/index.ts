/**
 * Demo one-stop portal on 127.0.0.1. The flavour follows the Host header, because browsers reach it
 * through `--host-resolver-rules` that map real portal host names to this loopback port.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateDossiers, manyDossiers, MAX_DEMO_ROWS, type DemoDossier } from './dossiers';
import { antdPage, cardsPage, eparPage, igateShell, indexPage, loginPage, plainPage, statisticsPage } from './pages';
import { NEWS_GOV_HOST, OUTSIDE_HOSTS, UNSEEN_GOV_HOST } from './hosts';
import { listWithoutDuePage, newsPage } from './news';

export { NEWS_GOV_HOST, OUTSIDE_HOSTS, UNSEEN_GOV_HOST } from './hosts';

/** Flavour by host; every host is covered by utils/portals/hosts.ts. */
export const DEMO_HOSTS = {
  igate: 'motcua-hagiang.vnptigate.vn',
  antd: 'motcua.thanhhoa.gov.vn',
  epar: 'egov.danang.gov.vn',
  plain: 'dichvucong.hanoi.gov.vn',
  hostile: 'thunghiem.dichvucong.gov.vn',
  cards: 'motcua.tphcm.gov.vn',
} as const;

/** Entry pages of each flavour, as absolute URLs on the real-looking hosts. */
export const DEMO_PAGES: Array<[string, string]> = [
  [`http://${DEMO_HOSTS.igate}/vi/dossier/processing`, 'iGate (SPA): Đang xử lý / Chờ bổ sung'],
  [`http://${DEMO_HOSTS.antd}/ho-so/can-xu-ly`, '.NET/React antd: Hồ sơ cần xử lý'],
  [`http://${DEMO_HOSTS.epar}/motcua/hoso_danhsach.php`, 'e-PAR (PHP): Danh sách hồ sơ'],
  [`http://${DEMO_HOSTS.plain}/ho-so/dang-xu-ly`, 'Bảng đơn giản (nhận dạng chung)'],
  [`http://${DEMO_HOSTS.plain}/thong-ke`, 'Báo cáo thống kê (không phải danh sách hồ sơ)'],
  [`http://${DEMO_HOSTS.plain}/dang-nhap`, 'Trang đăng nhập'],
  [`http://${DEMO_HOSTS.hostile}/ho-so/dang-xu-ly`, 'Hồ sơ có nội dung độc hại (kiểm thử)'],
  [`http://${DEMO_HOSTS.cards}/ho-so/da-tiep-nhan`, 'Danh sách dạng thẻ (cần chỉ cho Nhắc Hạn cách đọc)'],
  [`http://${DEMO_HOSTS.cards}/ho-so/da-tiep-nhan?giao-dien=2`, 'Danh sách dạng thẻ sau khi cổng đổi giao diện'],
];

/**
 * Each demo portal is another province's one-stop office, so its dossiers carry that unit's code
 * (the generator's `H48` becomes the portal's own); the plain list keeps the generator's codes.
 */
const UNIT_CODES: Partial<Record<keyof typeof DEMO_HOSTS | 'other', string>> = { igate: 'H24', antd: 'H56', epar: 'H34', other: 'H12' };

/** The dossiers a flavour serves: the generated ones under that portal's unit code ('other': portals in no list). */
export function dossiersOf(flavour: keyof typeof DEMO_HOSTS | 'other', dossiers: DemoDossier[]): DemoDossier[] {
  // The card list numbers receipts its own way (`TP-261120-0099`), not in the national code shape.
  if (flavour === 'cards') return dossiers.slice(0, 15).map((d) => ({ ...d, code: `TP-${d.code.split('-').slice(1).join('-')}` }));
  const unit = UNIT_CODES[flavour];
  return unit ? dossiers.map((d) => ({ ...d, code: d.code.replace(/\.H48-/, `.${unit}-`) })) : dossiers;
}

/** Every code the list pages serve, to the dossier behind it (for tests that check each row). */
export function demoDossierIndex(dossiers: DemoDossier[]): Map<string, DemoDossier> {
  const flavours = ['igate', 'antd', 'epar', 'plain', 'cards'] as const;
  return new Map(flavours.flatMap((f) => dossiersOf(f, dossiers).map((d): [string, DemoDossier] => [d.code, d])));
}

const HOSTILE = ['<img src=x onerror=alert(1)>', '</script><script>alert(1)</script>', 'Nguyễn \u202Eản ốđ\u202C Văn A'];

/** Hostile text in every free-text field, for e2e tests of escaping; codes of another agency. */
export function hostileDossiers(dossiers: DemoDossier[]): DemoDossier[] {
  return dossiers.slice(0, 6).map((d, i) => ({
    ...d,
    code: d.code.replace(/^\d{3}\.\d{2}\.\d{2}\.H48/, 'G22.99.08'),
    procedure: `${HOSTILE[i % 3]} ${d.procedure ?? ''}`,
    applicant: HOSTILE[(i + 1) % 3]!,
    statusText: `${d.statusText ?? ''} ${HOSTILE[(i + 2) % 3]}`,
  }));
}

const igateTime = (iso: string) => iso.replace('+07:00', '.000+0700');

/** The `/pa/dossier/search` body iGate pages fetch for themselves. */
export function igateSearch(dossiers: DemoDossier[], query: URLSearchParams) {
  const status = query.get('status') ?? 'processing';
  const page = Math.max(0, Number(query.get('page')) || 0);
  const size = Math.min(50, Math.max(1, Number(query.get('size')) || 10));
  const list = dossiers.filter((d) => (status === 'supplement' ? d.status === 'supplement' : d.status === 'processing'));
  const content = list.slice(page * size, (page + 1) * size).map((d, i) => ({
    id: d.id,
    code: d.code,
    nationCode: d.code,
    appliedDate: igateTime(d.receivedAt),
    acceptedDate: igateTime(d.receivedAt),
    appointmentDate: igateTime(d.dueAt),
    dueDate: igateTime(d.stepDueAt),
    completedDate: null,
    dossierStatus: { id: d.status === 'supplement' ? 1 : 2, name: d.statusText },
    applicant: { data: { fullname: d.applicant } },
    procedure: { id: `p${i}`, translate: { name: d.procedure } },
    currentTask: [{ id: `t${i}`, assignee: { fullname: d.handler } }],
  }));
  return { content, totalElements: list.length, number: page, size, last: (page + 1) * size >= list.length };
}

function send(res: ServerResponse, status: number, type: string, body: string) {
  res.writeHead(status, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' });
  res.end(body);
}

const IGATE_JS = join(dirname(fileURLToPath(import.meta.url)), 'assets/igate.js');

// Generating walks the deadline engine a few thousand times; one list per minute is plenty.
let cached: { minute: number; dossiers: DemoDossier[] } | null = null;
function dossiersAt(now: number): DemoDossier[] {
  const minute = Math.floor(now / 60_000);
  if (cached?.minute !== minute) cached = { minute, dossiers: generateDossiers({ now }) };
  return cached.dossiers;
}

let cachedMany: { minute: number; count: number; dossiers: DemoDossier[] } | null = null;
/** `?rows=N` on the plain list: N dossiers (benchmarks, gigantic-table tests). */
function manyAt(now: number, rows: string): DemoDossier[] | null {
  const count = Number(rows);
  if (!Number.isInteger(count) || count < 1 || count > MAX_DEMO_ROWS) return null;
  const minute = Math.floor(now / 60_000);
  if (cachedMany?.minute !== minute || cachedMany.count !== count) cachedMany = { minute, count, dossiers: manyDossiers({ now, count }) };
  return cachedMany.dossiers;
}

async function route(req: IncomingMessage, res: ServerResponse, now: () => number) {
  const host = (req.headers.host ?? '').replace(/:\d+$/, '');
  const url = new URL(req.url ?? '/', `http://${host || 'localhost'}`);
  const dossiers = dossiersAt(now());
  const html = (body: string) => send(res, 200, 'text/html', body);
  if (host === DEMO_HOSTS.igate) {
    if (url.pathname === '/assets/igate.js') return send(res, 200, 'text/javascript', await readFile(IGATE_JS, 'utf8'));
    if (url.pathname === '/pa/dossier/search') {
      return send(res, 200, 'application/json', JSON.stringify(igateSearch(dossiersOf('igate', dossiers), url.searchParams)));
    }
    if (url.pathname.startsWith('/vi/')) return html(igateShell());
  }
  if (host === DEMO_HOSTS.antd && url.pathname.startsWith('/ho-so/')) return html(antdPage(dossiersOf('antd', dossiers), now()));
  if (host === DEMO_HOSTS.epar && url.pathname.endsWith('.php')) return html(eparPage(dossiersOf('epar', dossiers)));
  if (host === DEMO_HOSTS.plain) {
    if (url.pathname === '/ho-so/dang-xu-ly') {
      const rows = url.searchParams.get('rows');
      const list = rows === null ? dossiers : manyAt(now(), rows);
      if (list) return html(plainPage(list));
      return send(res, 400, 'text/plain', `rows phải là số nguyên 1–${MAX_DEMO_ROWS}`);
    }
    if (url.pathname === '/thong-ke') return html(statisticsPage(dossiers));
    if (url.pathname === '/dang-nhap') return html(loginPage());
  }
  if (host === DEMO_HOSTS.cards && url.pathname === '/ho-so/da-tiep-nhan') {
    return html(cardsPage(dossiersOf('cards', dossiers), url.searchParams.get('giao-dien') === '2' ? 2 : 1));
  }
  // No total: both lists are read by the generic recognizer, whose dossiers share one store key
  // space, so a "complete" hostile list would mark the plain list's dossiers unseen.
  if (host === DEMO_HOSTS.hostile && url.pathname === '/ho-so/dang-xu-ly') {
    return html(plainPage(hostileDossiers(dossiers), { total: false }));
  }
  if (host === NEWS_GOV_HOST && url.pathname === '/') return html(newsPage());
  // Portals in no list: another province's plain list, under its own unit code.
  if (host === UNSEEN_GOV_HOST || (OUTSIDE_HOSTS as readonly string[]).includes(host)) {
    const own = dossiersOf('other', dossiers);
    if (url.pathname === '/ho-so/dang-xu-ly') return html(plainPage(own));
    if (url.pathname === '/ho-so/khong-co-han') return html(listWithoutDuePage(own.slice(0, 20)));
    if (url.pathname === '/thong-ke') return html(statisticsPage(own));
    // The card list outside gov.vn too: a taught portal on a host the officer enabled.
    if (url.pathname === '/ho-so/da-tiep-nhan') return html(cardsPage(dossiersOf('cards', dossiers), 1));
  }
  if (host === 'localhost' || host === '127.0.0.1') return html(indexPage(DEMO_PAGES));
  send(res, 404, 'text/plain', 'Không tìm thấy trang');
}

export async function startDemoPortal(options: { port?: number; now?: number } = {}): Promise<{ port: number; close(): Promise<void> }> {
  const now = () => options.now ?? Date.now();
  const server = createServer((req, res) => {
    route(req, res, now).catch((err: unknown) => send(res, 500, 'text/plain', String(err)));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    close: () => new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve()))),
  };
}
