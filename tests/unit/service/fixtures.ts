import { DEFAULT_RULES } from '../../../utils/calendar';
import { pageView } from '../../../utils/service/page-views';
import type { RecognizedResponse } from '../../../utils/service/responses';
import { dossierKey, dossierView, type DossierView, type TrackedDossier } from '../../../utils/service/views';
import type { DossierRecord } from '../../../utils/portals/types';
import type { Locale } from '../../../utils/i18n';
import { vnEpoch } from '../../../utils/time/vn-time';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browserEffects } from '../../../utils/extension/effects';
import type { Service } from '../../../utils/service/service';
import { openNhacHanDb } from '../../../utils/store';

/** Wednesday 18/11/2026 10:00 in Vietnam (Tuesday 24/11 is a holiday from 2026 on). */
export const NOW = vnEpoch(2026, 11, 18, 10, 0);

export function dossier(overrides: Partial<TrackedDossier> = {}): TrackedDossier {
  return {
    code: '000.00.31.H48-261110-0001',
    procedure: 'Cấp giấy phép xây dựng',
    applicant: 'Nguyễn Văn An',
    receivedAt: '2026-11-10T08:00:00+07:00',
    dueAt: '2026-12-15T17:00:00+07:00',
    stepDueAt: null,
    status: 'processing',
    statusText: 'Đang xử lý',
    handler: 'Lê Thị Hồng',
    url: 'http://motcua.thanhhoa.gov.vn/ho-so/1',
    portal: 'antd',
    ...overrides,
  };
}

export function view(overrides: Partial<TrackedDossier> = {}, now = NOW, locale: Locale = 'vi'): DossierView {
  return dossierView(dossier(overrides), now, DEFAULT_RULES, locale);
}

/** The extension's service on a database of its own, with the browser's fakes reset; its clock is `clock()`. */
export function testService(clock: () => number): Service {
  fakeBrowser.reset();
  return { db: openNhacHanDb(`test-${Math.random()}`), now: async () => clock(), effects: browserEffects };
}

/** Closes and deletes a `testService`'s database. */
export async function dropService(service: Service): Promise<void> {
  service.db.close();
  await service.db.delete();
}

/** The chips a page computes from the service's answer to its records (those the service took). */
export function pageViews(records: readonly DossierRecord[], answer: RecognizedResponse): DossierView[] {
  return records.flatMap((r) => {
    const beyond = answer.stored[dossierKey(r.portal, r.code)];
    return beyond ? [pageView(r, beyond, answer)] : [];
  });
}
