import type { RegimeTemplate } from '../types';

/**
 * Nghị định 118/2025/NĐ-CP with Thông tư 03/2025/TT-VPCP Mẫu số 04 [T], for dossiers received from
 * 01/07/2025. The article number of the once-only rule was not verified, so the texts below cite
 * the decree only; correct them here when checked against the gazette.
 */
export const ND118: RegimeTemplate = {
  id: 'nd118',
  label: { vi: 'NĐ 118/2025 – Mẫu 04 TT 03/2025', en: 'Decree 118/2025 – Form 04, Circular 03/2025' },
  inForceFrom: '2025-07-01',
  decree: 'Nghị định số 118/2025/NĐ-CP',
  guidance: 'Thông tư số 03/2025/TT-VPCP',
  form: 'Mẫu số 04',
  title: 'VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT',
  paper: 'A4',
  legalBasis: 'Nghị định số 118/2025/NĐ-CP',
  maxReappointments: 1,
  limitRule: 'Theo Nghị định số 118/2025/NĐ-CP, thời gian giải quyết hồ sơ chỉ được đề nghị gia hạn một lần.',
  salutation: 'Kính gửi: Ông/Bà {applicant}.',
  body: [
    { key: 'receipt', text: 'Bộ phận Một cửa đã tiếp nhận hồ sơ của Ông/Bà vào lúc {receivedAt}.' },
    { key: 'procedure', label: 'Thủ tục hành chính: ', text: '{procedure}' },
    { key: 'code', label: 'Mã hồ sơ: ', text: '{code}' },
    { key: 'dueAt', label: 'Thời gian hẹn trả kết quả: ', text: '{dueAt}' },
    {
      key: 'delay',
      text: 'Đến nay, hồ sơ chưa được giải quyết xong trong thời hạn đã hẹn. Cơ quan chúng tôi đề nghị gia hạn thời gian giải quyết hồ sơ của Ông/Bà.',
    },
    { key: 'reason', label: 'Lý do: ', text: '{reason}' },
    {
      key: 'apology',
      text: 'Cơ quan chúng tôi thành thật xin lỗi Ông/Bà vì sự chậm trễ này và mong Ông/Bà thông cảm.',
    },
    { key: 'newDueAt', label: 'Thời gian hẹn trả kết quả mới: ', text: '{newDueAt}', strong: true },
  ],
  closing: 'Trân trọng./.',
};
