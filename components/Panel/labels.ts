import type { Locale } from '../../utils/i18n';

/** Wording of the userscript's floating panel and letter dialog. */
export interface PanelLabels {
  region: string;
  toggle: (count: number) => string;
  collapse: string;
  close: string;
  letterDialog: (code: string) => string;
}

export const PANEL_LABELS: Record<Locale, PanelLabels> = {
  vi: {
    region: 'Nhắc Hạn',
    toggle: (count) => (count > 0 ? `Nhắc Hạn: ${count} hồ sơ cần xử lý` : 'Nhắc Hạn'),
    collapse: 'Thu gọn',
    close: 'Đóng',
    letterDialog: (code) => `Thư xin lỗi — ${code}`,
  },
  en: {
    region: 'Nhắc Hạn',
    toggle: (count) => (count > 0 ? `Nhắc Hạn: ${count} dossier${count === 1 ? '' : 's'} need action` : 'Nhắc Hạn'),
    collapse: 'Collapse',
    close: 'Close',
    letterDialog: (code) => `Apology letter — ${code}`,
  },
};
