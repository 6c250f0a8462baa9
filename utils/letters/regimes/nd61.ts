import type { RegimeTemplate } from '../types';

/**
 * Nghị định 61/2018/NĐ-CP (amended by NĐ 107/2021), Thông tư 01/2018/TT-VPCP Mẫu số 04, for dossiers
 * received before 01/07/2025. Điều 19 khoản 9 [V]: the letter states the reason and one new date,
 * and the date may be set again only once. The forms of TT 01/2018 are printed on A5.
 */
export const ND61: RegimeTemplate = {
  id: 'nd61',
  label: { vi: 'NĐ 61/2018 – Mẫu 04 TT 01/2018', en: 'Decree 61/2018 – Form 04, Circular 01/2018' },
  inForceFrom: null,
  decree: 'Nghị định số 61/2018/NĐ-CP (sửa đổi, bổ sung bởi Nghị định số 107/2021/NĐ-CP)',
  guidance: 'Thông tư số 01/2018/TT-VPCP',
  form: 'Mẫu số 04',
  title: 'PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ',
  paper: 'A5',
  legalBasis: 'khoản 9 Điều 19 Nghị định số 61/2018/NĐ-CP',
  maxReappointments: 1,
  limitRule: 'Theo khoản 9 Điều 19 Nghị định số 61/2018/NĐ-CP, việc hẹn lại ngày trả kết quả chỉ được thực hiện một lần.',
  salutation: 'Kính gửi: Ông/Bà {applicant}.',
  body: [
    { key: 'receipt', text: 'Bộ phận Một cửa đã tiếp nhận hồ sơ của Ông/Bà vào lúc {receivedAt}.' },
    { key: 'procedure', label: 'Thủ tục hành chính: ', text: '{procedure}' },
    { key: 'code', label: 'Mã hồ sơ: ', text: '{code}' },
    { key: 'dueAt', label: 'Thời gian hẹn trả kết quả: ', text: '{dueAt}' },
    {
      key: 'delay',
      text: 'Đến nay, cơ quan chúng tôi chưa giải quyết xong hồ sơ nên không trả được kết quả cho Ông/Bà đúng thời gian đã hẹn.',
    },
    { key: 'reason', label: 'Lý do: ', text: '{reason}' },
    {
      key: 'apology',
      text: 'Sự chậm trễ này đã gây phiền hà cho Ông/Bà. Cơ quan chúng tôi thành thật xin lỗi Ông/Bà và xin hẹn lại thời gian trả kết quả giải quyết hồ sơ như sau:',
    },
    { key: 'newDueAt', label: 'Thời gian hẹn trả kết quả lại: ', text: '{newDueAt}', strong: true },
  ],
  closing: 'Trân trọng./.',
};
