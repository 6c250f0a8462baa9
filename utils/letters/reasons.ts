/** Preset reasons for a late dossier. `text` goes into the letter after "Lý do:"; labels are for pickers. */

export interface ReasonPreset {
  id: string;
  label: { vi: string; en: string };
  text: string;
}

export const REASON_PRESETS: readonly ReasonPreset[] = [
  {
    id: 'inter-agency',
    label: { vi: 'Chờ cơ quan phối hợp (liên thông)', en: 'Waiting for another agency (inter-agency process)' },
    text: 'Hồ sơ giải quyết theo quy trình liên thông, đang chờ ý kiến, kết quả xử lý của cơ quan có liên quan.',
  },
  {
    id: 'site-inspection',
    label: { vi: 'Cần kiểm tra, xác minh thực địa', en: 'Site inspection needed' },
    text: 'Hồ sơ cần được kiểm tra, xác minh thực tế tại hiện trường trước khi giải quyết.',
  },
  {
    id: 'supplement',
    label: { vi: 'Giấy tờ bổ sung chưa đầy đủ', en: 'Supplementary papers incomplete' },
    text: 'Giấy tờ bổ sung của hồ sơ chưa đầy đủ theo quy định, cần hoàn thiện trước khi giải quyết.',
  },
  {
    id: 'system-fault',
    label: { vi: 'Sự cố hệ thống thông tin', en: 'Information system fault' },
    text: 'Hệ thống thông tin giải quyết thủ tục hành chính gặp sự cố kỹ thuật, làm gián đoạn việc xử lý hồ sơ.',
  },
  {
    id: 'verification',
    label: { vi: 'Chờ xác minh thông tin, giấy tờ', en: 'Waiting for verification of documents' },
    text: 'Cần xác minh thêm thông tin, giấy tờ trong hồ sơ với cơ quan, tổ chức có liên quan.',
  },
  {
    id: 'workload',
    label: { vi: 'Số lượng hồ sơ tăng đột biến', en: 'Sudden surge in dossiers' },
    text: 'Số lượng hồ sơ tiếp nhận trong thời gian này tăng đột biến, cơ quan chưa kịp giải quyết xong.',
  },
];
