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
  signing: 'head',
  collective: '',
  headTitle: 'Giám đốc',
  signerTitle: 'Giám đốc',
  signerName: 'Lê Minh Tuấn',
  numberSuffix: 'PXL',
  recipients: ['Bộ phận Một cửa Sở Tư pháp'],
};

/**
 * A crowded letter: real procedure names run to hundreds of characters, businesses apply under
 * long names, a deputy signs and the reason is typed at length.
 */
export const CROWDED = {
  dossier: {
    ...DOSSIER,
    procedure:
      'Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất trong các trường hợp chuyển nhượng, cho thuê, cho thuê lại, thừa kế, tặng cho, góp vốn bằng quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất; chuyển quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất của vợ hoặc chồng thành của chung vợ và chồng',
    applicant: 'Công ty Trách nhiệm hữu hạn Một thành viên Đầu tư Xây dựng và Phát triển Đô thị Nguyễn Hoàng Phương Nam',
  },
  profile: {
    ...PROFILE,
    parentBody: 'UBND TỈNH THANH HÓA',
    agency: 'VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI',
    signing: 'KT',
    signerTitle: 'Phó Giám đốc',
    recipients: ['Bộ phận Một cửa tại Trung tâm Phục vụ hành chính công tỉnh', 'Văn phòng UBND tỉnh (để báo cáo)'],
  },
  reason:
    'Hồ sơ giải quyết theo quy trình liên thông, đang chờ ý kiến, kết quả xử lý của cơ quan có liên quan. Cơ quan đang chờ văn bản trả lời của Chi cục Thuế khu vực và Văn phòng đăng ký đất đai.',
} satisfies { dossier: DossierRecord; profile: UnitProfile; reason: string };
