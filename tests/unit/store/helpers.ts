import { afterEach } from 'vitest';
import type { DossierRecord } from '../../../utils/portals/types';
import { openNhacHanDb, type NhacHanDb } from '../../../utils/store';

export function record(code: string, patch: Partial<DossierRecord> = {}): DossierRecord {
  return {
    code,
    procedure: 'Cấp giấy phép xây dựng',
    applicant: 'Nguyễn Văn A',
    receivedAt: '2026-11-20T08:15:00+07:00',
    dueAt: '2026-11-27T17:00:00+07:00',
    stepDueAt: '2026-11-25T17:00:00+07:00',
    status: 'processing',
    statusText: 'Đang xử lý',
    handler: 'Trần Thị B',
    url: `https://dichvucong.example.gov.vn/vi/dossier/${code}`,
    portal: 'igate',
    ...patch,
  };
}

/** A fresh database per test, deleted afterwards. */
export function freshDb(): NhacHanDb {
  const db = openNhacHanDb(`test-${crypto.randomUUID()}`);
  opened.push(db);
  return db;
}

const opened: NhacHanDb[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});
