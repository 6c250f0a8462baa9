/**
 * Portal status words → DossierStatus (national list, docs/domain.md §6, plus the portals' tabs).
 * Checked in order on folded text, so the more specific phrase comes first.
 */
import type { DossierStatus } from '../types';
import { foldText } from './text';

export const STATUS_WORDS: ReadonlyArray<readonly [string, DossierStatus]> = [
  ['khong duoc tiep nhan', 'rejected'],
  ['tu choi', 'rejected'],
  ['rut ho so', 'withdrawn'],
  ['da rut', 'withdrawn'],
  ['nghia vu tai chinh', 'financial'],
  ['yeu cau thanh toan', 'financial'],
  ['cho thanh toan', 'financial'],
  // Fee paid: processing goes on (OpenCPS "Đã thanh toán").
  ['da thanh toan', 'processing'],
  ['bo sung', 'supplement'],
  ['dung xu ly', 'paused'],
  ['tam dung', 'paused'],
  ['da xu ly xong', 'done'],
  ['da tra ket qua', 'done'],
  ['hoan thanh', 'done'],
  ['da giai quyet', 'done'],
  ['da co ket qua', 'done'],
  ['cho tra ket qua', 'done'],
  ['tra lai', 'returned'],
  ['chuyen tra', 'returned'],
  ['dang xu ly', 'processing'],
  ['cho xu ly', 'processing'],
  ['dang giai quyet', 'processing'],
  // "Thụ lý hồ sơ", e-PAR's "… đang Thụ lý"
  ['thu ly', 'processing'],
  ['moi dang ky', 'received'],
  ['tiep nhan', 'received'],
  ['moi', 'received'],
];

export function mapStatus(text: string | null): DossierStatus {
  if (!text) return 'unknown';
  const folded = ` ${foldText(text).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  for (const [words, status] of STATUS_WORDS) if (folded.includes(` ${words} `)) return status;
  return 'unknown';
}
