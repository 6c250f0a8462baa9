import type { StoredDossier } from '../../../utils/store';
import { vnEpoch } from '../../../utils/time/vn-time';

/** Wednesday 18/11/2026 10:00 in Vietnam. */
export const NOW = vnEpoch(2026, 11, 18, 10, 0);

export function stored(code: string, patch: Partial<StoredDossier> = {}): StoredDossier {
  return {
    code,
    procedure: 'Cấp giấy phép xây dựng',
    applicant: 'Nguyễn Văn A',
    receivedAt: '2026-11-10T08:15:00+07:00',
    dueAt: '2026-11-27T17:00:00+07:00',
    stepDueAt: '2026-11-25T17:00:00+07:00',
    status: 'processing',
    statusText: 'Đang xử lý',
    handler: 'Trần Thị B',
    url: `https://dichvucong.example.gov.vn/vi/dossier/${code}`,
    portal: 'igate',
    note: '',
    pinned: false,
    letterSent: false,
    confirmedOnSystem: false,
    appointmentOverride: null,
    firstSeenAt: '2026-11-10T09:00:00+07:00',
    lastSeenAt: '2026-11-18T09:00:00+07:00',
    unseenSince: null,
    closedAt: null,
    seenOnList: null,
    ...patch,
  };
}

/** `n` dossiers with codes in the portal's shape and appointments spread over two months. */
export function many(n: number): StoredDossier[] {
  return Array.from({ length: n }, (_, i) => {
    const day = 1 + (i % 28);
    const month = 11 + (i % 2);
    return stored(`000.00.53.H48-2611${String(day).padStart(2, '0')}-${String(i).padStart(4, '0')}`, {
      dueAt: `2026-${month}-${String(day).padStart(2, '0')}T17:00:00+07:00`,
      handler: `Cán bộ ${i % 7}`,
      procedure: `Thủ tục ${i % 13}`,
    });
  });
}
