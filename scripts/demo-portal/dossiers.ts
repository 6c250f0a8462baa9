/**
 * Deterministic demo dossiers relative to `now`: every urgency level appears (overdue, letter due
 * today, due today, near, fine, done), with due dates computed by the real deadline engine so tests
 * can recompute the expected counts with `urgencyOf`.
 */
import { dueDate, urgencyOf, type UrgencyLevel } from '../../utils/deadline';
import type { DossierRecord, DossierStatus } from '../../utils/portals/types';
import { addDays, atMinutes, toLocalDate } from '../../utils/time/vn-time';

export interface DemoDossier extends Omit<DossierRecord, 'url' | 'portal'> {
  id: string; // 24-hex, like iGate's ids
  receivedAt: string;
  dueAt: string;
  stepDueAt: string;
}

const TARGETS: readonly UrgencyLevel[] = ['overdue', 'letter-due', 'due-today', 'near', 'ok', 'ok', 'done'];

const PROCEDURES = [
  ['Cấp giấy phép xây dựng nhà ở riêng lẻ', 15],
  ['Đăng ký kinh doanh hộ kinh doanh', 3],
  ['Chứng thực bản sao từ bản chính', 1],
  ['Cấp giấy chứng nhận quyền sử dụng đất lần đầu', 30],
  ['Đăng ký khai sinh', 1],
  ['Cấp phiếu lý lịch tư pháp', 10],
  ['Chuyển mục đích sử dụng đất', 15],
  ['Xác nhận tình trạng hôn nhân', 3],
] as const;
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô'];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Thu', 'Đức', 'Ngọc', 'Hữu', 'Thanh'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dung', 'Hà', 'Hùng', 'Lan', 'Mai', 'Nam', 'Phương', 'Quân', 'Thảo', 'Tuấn', 'Yến'];
const HANDLERS = ['Lê Thị Hồng', 'Phạm Văn Khoa', 'Nguyễn Thu Trang', 'Trần Minh Đức'];
const STATUS_TEXT: Record<'open' | 'supplement' | 'done', [string, DossierStatus]> = {
  open: ['Đang xử lý', 'processing'],
  supplement: ['Chờ bổ sung', 'supplement'],
  done: ['Đã trả kết quả', 'done'],
};

/** mulberry32: tiny, seedable, identical on every machine. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');

export function generateDossiers(options: { now: number; count?: number; seed?: number }): DemoDossier[] {
  const { now, count = 40, seed = 20261124 } = options;
  const rand = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const today = toLocalDate(now);
  return Array.from({ length: count }, (_, i): DemoDossier => {
    const target = TARGETS[i % TARGETS.length]!;
    const [procedure, amount] = pick(PROCEDURES);
    const minute = 7 * 60 + 45 + Math.floor(rand() * 420); // 07:45–14:45, before the cut-off
    const state = target === 'done' ? 'done' : i % 5 === 4 ? 'supplement' : 'open';
    const [statusText, status] = STATUS_TEXT[state];
    // Walk receipt days back from today until the engine puts the dossier in the wanted bucket.
    let received = atMinutes(today, minute);
    let due = dueDate(received, amount, 'working');
    // The officer's step is due a working day before the appointment, or with it for the last step.
    const stepOf = (d: typeof due) => (i % 2 === 0 ? d.letterDueBy : d.dueAt);
    for (let back = 0; back < 90; back++) {
      received = atMinutes(addDays(today, -back), minute);
      due = dueDate(received, amount, 'working');
      if (received > now) continue;
      const level = urgencyOf({ dueAt: due.dueAt, stepDueAt: stepOf(due), status }, now).level;
      if (level === target) break;
    }
    const receivedDay = toLocalDate(received).slice(2).replace(/-/g, '');
    return {
      id: pad(i + 1, 8) + 'a1b2c3d4e5f60718',
      code: `000.00.${pad(31 + (i % 9), 2)}.H48-${receivedDay}-${pad(1 + Math.floor(rand() * 9999), 4)}`,
      procedure,
      applicant: `${pick(FAMILY)} ${pick(MIDDLE)} ${pick(GIVEN)}`,
      receivedAt: due.receivedAt,
      dueAt: due.dueAt,
      stepDueAt: stepOf(due),
      status,
      statusText,
      handler: pick(HANDLERS),
    };
  });
}

/** Largest list the demo portal serves (`?rows=`): the hostile-page size of the benchmarks. */
export const MAX_DEMO_ROWS = 20_000;

/**
 * A long list fast: the engine-checked dossiers repeated with a running 6-digit serial in the
 * code, so every urgency level keeps its share and every code stays unique.
 */
export function manyDossiers(options: { now: number; count: number }): DemoDossier[] {
  const base = generateDossiers({ now: options.now, count: 70 });
  return Array.from({ length: options.count }, (_, i) => {
    const d = base[i % base.length]!;
    return { ...d, id: pad(i + 1, 8) + d.id.slice(8), code: d.code.replace(/-\d{4}$/, `-${pad(i + 1, 6)}`) };
  });
}
