/**
 * Official civil-service holiday schedules (docs/domain.md §5, [T]). A year listed here replaces the
 * derived statutory holidays for that year; other years are derived and flagged provisional.
 * Officers can still add or remove days through WorkRules overrides.
 */
import type { LocalDate } from '../time/vn-time';

export type ScheduledKind = 'holiday' | 'compensatory' | 'swap-off' | 'swap-work';

export interface ScheduledDays {
  from: LocalDate;
  to: LocalDate; // inclusive
  kind: ScheduledKind;
  reason: string;
}

export interface OfficialSchedule {
  year: number;
  source: string;
  days: ScheduledDays[];
}

const day = (date: LocalDate, kind: ScheduledKind, reason: string): ScheduledDays => ({ from: date, to: date, kind, reason });
const span = (from: LocalDate, to: LocalDate, reason: string): ScheduledDays => ({ from, to, kind: 'holiday', reason });

export const OFFICIAL_SCHEDULES: readonly OfficialSchedule[] = [
  {
    year: 2024,
    source: 'Thông báo của Bộ Lao động – Thương binh và Xã hội về lịch nghỉ lễ, Tết năm 2024 (cán bộ, công chức, viên chức)',
    days: [
      day('2024-01-01', 'holiday', 'Tết Dương lịch'),
      span('2024-02-08', '2024-02-14', 'Tết Nguyên Đán'),
      day('2024-04-18', 'holiday', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'),
      span('2024-04-27', '2024-04-28', 'Nghỉ lễ 30/4 – 1/5'),
      day('2024-04-29', 'swap-off', 'Nghỉ lễ 30/4 – 1/5 (hoán đổi, làm bù thứ Bảy 04/05/2024)'),
      day('2024-04-30', 'holiday', 'Ngày Chiến thắng (30/4)'),
      day('2024-05-01', 'holiday', 'Ngày Quốc tế Lao động (1/5)'),
      day('2024-05-04', 'swap-work', 'Làm bù cho ngày nghỉ 29/04/2024'),
      span('2024-08-31', '2024-09-03', 'Quốc khánh (2/9)'),
    ],
  },
  {
    year: 2025,
    source: 'Thông báo của Bộ Nội vụ về lịch nghỉ lễ, Tết năm 2025 (cán bộ, công chức, viên chức)',
    days: [
      day('2025-01-01', 'holiday', 'Tết Dương lịch'),
      span('2025-01-25', '2025-02-02', 'Tết Nguyên Đán'),
      day('2025-04-07', 'holiday', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'),
      day('2025-04-26', 'swap-work', 'Làm bù cho ngày nghỉ 02/05/2025'),
      day('2025-04-30', 'holiday', 'Ngày Chiến thắng (30/4)'),
      day('2025-05-01', 'holiday', 'Ngày Quốc tế Lao động (1/5)'),
      day('2025-05-02', 'swap-off', 'Nghỉ lễ 30/4 – 1/5 (hoán đổi, làm bù thứ Bảy 26/04/2025)'),
      span('2025-05-03', '2025-05-04', 'Nghỉ lễ 30/4 – 1/5'),
      span('2025-08-30', '2025-09-02', 'Quốc khánh (2/9)'),
    ],
  },
  {
    year: 2026,
    source: 'Thông báo của Bộ Nội vụ về lịch nghỉ lễ, Tết năm 2026 (cán bộ, công chức, viên chức); hoán đổi 31/08 theo một nguồn, có thể sửa',
    days: [
      day('2026-01-01', 'holiday', 'Tết Dương lịch'),
      day('2026-01-02', 'swap-off', 'Nghỉ Tết Dương lịch (hoán đổi, làm bù thứ Bảy 10/01/2026)'),
      day('2026-01-10', 'swap-work', 'Làm bù cho ngày nghỉ 02/01/2026'),
      span('2026-02-14', '2026-02-22', 'Tết Nguyên Đán'),
      day('2026-04-26', 'holiday', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'),
      day('2026-04-27', 'compensatory', 'Nghỉ bù Giỗ Tổ Hùng Vương'),
      day('2026-04-30', 'holiday', 'Ngày Chiến thắng (30/4)'),
      day('2026-05-01', 'holiday', 'Ngày Quốc tế Lao động (1/5)'),
      span('2026-05-02', '2026-05-03', 'Nghỉ lễ 30/4 – 1/5'),
      day('2026-08-22', 'swap-work', 'Làm bù cho ngày nghỉ 31/08/2026'),
      span('2026-08-29', '2026-08-30', 'Nghỉ lễ Quốc khánh'),
      day('2026-08-31', 'swap-off', 'Nghỉ lễ Quốc khánh (hoán đổi, làm bù thứ Bảy 22/08/2026)'),
      span('2026-09-01', '2026-09-02', 'Quốc khánh (2/9)'),
      day('2026-11-24', 'holiday', 'Ngày Văn hóa Việt Nam (24/11)'),
    ],
  },
];
