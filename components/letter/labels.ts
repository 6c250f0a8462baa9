import type { Locale } from '../../utils/i18n';
import type { LetterField } from '../../utils/letters/types';

/** Wording of the letter form; the letter itself is always Vietnamese. */
export interface LetterFormLabels {
  legend: string;
  preset: string;
  custom: string;
  reason: string;
  newDate: string;
  dateHint: string;
  suggested: (date: string) => string;
  useSuggested: string;
  regime: string;
  auto: (regime: string) => string;
  paper: string;
  paperAuto: (paper: string) => string;
  late: (date: string) => string;
  missing: (fields: string) => string;
  fields: Record<LetterField, string>;
}

export const LETTER_FORM_LABELS: Record<Locale, LetterFormLabels> = {
  vi: {
    legend: 'Nội dung thư xin lỗi',
    preset: 'Lý do thường gặp',
    custom: '— Chọn lý do thường gặp, hoặc tự nhập bên dưới —',
    reason: 'Lý do',
    newDate: 'Ngày hẹn trả mới',
    dateHint: 'Nhập ngày dạng ngày/tháng/năm, ví dụ 05/02/2026.',
    suggested: (date) => `Đề xuất: ${date}`,
    useSuggested: 'Dùng ngày đề xuất',
    regime: 'Mẫu văn bản',
    auto: (regime) => `Tự động theo ngày tiếp nhận (${regime})`,
    paper: 'Khổ giấy',
    paperAuto: (paper) => `Theo mẫu (${paper})`,
    late: (date) => `Thư được lập sau hạn gửi thư (${date}): vẫn gửi được nhưng sẽ ghi nhận là trễ.`,
    missing: (fields) => `Cổng không hiển thị: ${fields}. Chỗ trống được in dấu chấm để điền tay.`,
    fields: {
      applicant: 'người nộp',
      procedure: 'thủ tục',
      code: 'mã hồ sơ',
      receivedAt: 'ngày tiếp nhận',
      dueAt: 'ngày hẹn trả',
      reason: 'lý do',
      newDueAt: 'ngày hẹn trả mới',
    },
  },
  en: {
    legend: 'Apology letter',
    preset: 'Common reasons',
    custom: '— Pick a common reason, or type one below —',
    reason: 'Reason',
    newDate: 'New return date',
    dateHint: 'Type the date as day/month/year, e.g. 05/02/2026.',
    suggested: (date) => `Suggested: ${date}`,
    useSuggested: 'Use the suggested date',
    regime: 'Form',
    auto: (regime) => `Automatic by receipt date (${regime})`,
    paper: 'Paper',
    paperAuto: (paper) => `As the form (${paper})`,
    late: (date) => `The letter is past its due time (${date}): it can still be sent but is recorded as late.`,
    missing: (fields) => `Not shown on the portal: ${fields}. Blanks are printed as dots to fill in by hand.`,
    fields: {
      applicant: 'applicant',
      procedure: 'procedure',
      code: 'dossier code',
      receivedAt: 'receipt date',
      dueAt: 'return date',
      reason: 'reason',
      newDueAt: 'new return date',
    },
  },
};
