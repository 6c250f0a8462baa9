/** Vietnamese date and number wording for letters, per Nghị định 30/2020/NĐ-CP (Phụ lục I). */
import { vnParts } from '../time/vn-time';

/** Written in blanks the officer fills by hand, as on printed forms. */
export const BLANK = '..........';

const pad2 = (n: number) => String(n).padStart(2, '0');

/** NĐ 30/2020: a day below 10 and the months 1 and 2 take a leading zero; months 3–12 do not. */
export function letterDay(day: number): string {
  return pad2(day);
}

export function letterMonth(month: number): string {
  return month <= 2 ? pad2(month) : String(month);
}

/** "ngày 05 tháng 02 năm 2026" */
export function vnDateWords(epochMs: number): string {
  const p = vnParts(epochMs);
  return `ngày ${letterDay(p.day)} tháng ${letterMonth(p.month)} năm ${p.year}`;
}

/** "17 giờ 00 phút, ngày 05 tháng 3 năm 2026", the way appointment forms state a time. */
export function vnDateTimeWords(epochMs: number): string {
  const p = vnParts(epochMs);
  return `${pad2(p.hour)} giờ ${pad2(p.minute)} phút, ${vnDateWords(epochMs)}`;
}

/** "Thanh Hóa, ngày 05 tháng 02 năm 2026" */
export function placeDateLine(place: string, epochMs: number): string {
  return `${place.trim()}, ${vnDateWords(epochMs)}`;
}

/** "Số: 12/PXL"; without a number yet, "Số: ........../PXL" for the register to fill. */
export function letterNumberText(number: number | null | undefined, suffix: string): string {
  if (number != null && (!Number.isInteger(number) || number < 1)) {
    throw new RangeError(`Số văn bản không hợp lệ: ${number}`);
  }
  return `Số: ${number ?? BLANK}/${suffix.trim()}`;
}
