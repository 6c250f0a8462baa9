import type { DossierRecord } from '../../../utils/portals/types';
import type { UnitProfile } from '../../../utils/settings';

export const DOSSIER: DossierRecord = {
  code: '000.00.53.H48-261120-0099',
  procedure: 'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam',
  applicant: 'Nguyễn Thị Lan',
  receivedAt: '2026-11-20T08:15:00+07:00',
  dueAt: '2026-11-27T17:00:00+07:00',
  stepDueAt: '2026-11-26T17:00:00+07:00',
  status: 'processing',
  statusText: 'Đang xử lý',
  handler: 'Trần Văn Bình',
  url: 'https://dichvucong.thanhhoa.gov.vn/vi/dossier/processing/65a1b2c3d4e5f60718293a4b',
  portal: 'igate',
};

export const PROFILE: UnitProfile = {
  parentBody: 'UBND tỉnh Thanh Hóa',
  agency: 'Sở Tư pháp',
  place: 'Thanh Hóa',
  signerTitle: 'Giám đốc',
  signerName: 'Lê Minh Tuấn',
  deputy: false,
  numberSuffix: 'PXL',
  recipients: ['Bộ phận Một cửa Sở Tư pháp'],
};
