import { afterEach, describe, expect, it } from 'vitest';
import { createMessageHandler } from '../../../utils/service/handler';
import { openNhacHanDb } from '../../../utils/store';
import { record } from '../store/helpers';

const db = openNhacHanDb(`test-page-kind-${crypto.randomUUID()}`);
afterEach(async () => {
  await db.dossiers.clear();
  await db.lists.clear();
});
const handle = createMessageHandler(db, () => Date.parse('2026-11-25T02:00:00Z'));
const LIST = 'https://motcua.quangtri.gov.vn/web/mot-cua-dien-tu';
const message = (extra: object) => ({ type: 'recognized', portal: 'generic', url: `${LIST}#/chi-tiet`, coverage: 'partial', ...extra });

describe('recognized: pages that are not the officer list', () => {
  it('updates the one dossier of a detail page without recording a list or marking anything unseen', async () => {
    await handle({ type: 'recognized', portal: 'generic', url: LIST, coverage: 'complete', records: [record('A', { portal: 'generic' }), record('B', { portal: 'generic' })] });
    const reply = await handle(message({ page: 'detail', records: [record('A', { portal: 'generic', statusText: 'Đã có kết quả', status: 'done' })] }));
    expect(reply).toMatchObject({ ok: true, value: { updated: 1, markedUnseen: 0 } });
    expect((await db.dossiers.get(['generic', 'A']))?.status).toBe('done');
    expect((await db.dossiers.get(['generic', 'B']))?.unseenSince).toBeNull();
    expect((await db.lists.toArray()).map((l) => l.list)).toEqual([LIST]);
  });

  it('refuses a report or detail page claiming to be a complete list', async () => {
    const reply = await handle(message({ page: 'report', coverage: 'complete', records: [record('A', { portal: 'generic' })] }));
    expect(reply).toMatchObject({ ok: false });
    expect(await db.dossiers.count()).toBe(0);
  });
});
