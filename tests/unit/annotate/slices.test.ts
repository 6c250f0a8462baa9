import { describe, expect, it, vi } from 'vitest';
import { sendInSlices } from '../../../utils/annotate/slices';
import { DEFAULT_RULES } from '../../../utils/calendar';
import type { RecognizedResponse } from '../../../utils/service/responses';
import { request, MAX_RECORDS, type MessageOf } from '../../../utils/messaging';
import { createMessageHandler } from '../../../utils/service/handler';
import { listDossiers, type NhacHanDb } from '../../../utils/store';
import { parseInstant } from '../../../utils/time/vn-time';
import { freshDb, record } from '../store/helpers';

type Recognized = MessageOf<'recognized'>;

const codes = (n: number, prefix = 'G22.99.08-261120-') => Array.from({ length: n }, (_, i) => `${prefix}${String(i).padStart(6, '0')}`);
const message = (list: string[], coverage: Recognized['coverage'] = 'complete'): Recognized => ({
  type: 'recognized',
  portal: 'igate',
  url: 'https://dichvucong.example.gov.vn/vi/dossier/processing',
  coverage,
  records: list.map((c) => record(c)),
});

/** The worker: the real message handler and store, a minute later on every message; the rows it took, by key. */
function worker(db: NhacHanDb) {
  let minute = 0;
  const handle = createMessageHandler(db, () => parseInstant('2026-11-21T09:00:00+07:00') + 60_000 * minute++);
  return vi.fn(async (m: Recognized): Promise<RecognizedResponse> => {
    const report = await request(handle, m);
    return { ...report, now: 0, rules: DEFAULT_RULES, locale: 'vi', stored: Object.fromEntries(m.records.map((r) => [`igate|${r.code}`, {}])) };
  });
}

describe('sendInSlices', () => {
  it('sends a list of up to MAX_RECORDS as it is', async () => {
    const send = vi.fn(async (m: Recognized) => ({ stored: {}, locale: 'vi', inserted: m.records.length, problems: [], dropped: 0 }) as unknown as RecognizedResponse);
    await sendInSlices(send, message(codes(3)));
    expect(send.mock.calls).toEqual([[message(codes(3))]]);
  });

  it('splits 12,001 rows into messages of at most 5,000, the complete flag and the earlier codes on the last only', async () => {
    const all = codes(12_001);
    const send = vi.fn(async (m: Recognized) => ({ stored: {}, locale: 'vi', inserted: m.records.length, problems: [], dropped: 0 }) as unknown as RecognizedResponse);
    await sendInSlices(send, message(all));
    const sent = send.mock.calls.map(([m]) => m);
    expect(sent.map((m) => [m.records.length, m.coverage, m.listedBefore?.length])).toEqual([
      [MAX_RECORDS, 'partial', undefined],
      [MAX_RECORDS, 'partial', undefined],
      [2_001, 'complete', 10_000],
    ]);
    expect([...sent[2]!.listedBefore!, ...sent[2]!.records.map((r) => r.code)]).toEqual(all);
  });

  it('stores a complete list sent in slices without taking its earlier slices for gone, and merges the replies', async () => {
    const db = freshDb();
    const send = worker(db);
    const list = codes(8);
    await send(message([...list, 'GONE-1']));
    const reply = await sendInSlices(send, message(list), 3);
    expect(send).toHaveBeenCalledTimes(4);
    expect(reply).toMatchObject({ inserted: 0, unchanged: 8, markedUnseen: 1, locale: 'vi' });
    expect(Object.keys(reply.stored)).toEqual(list.map((c) => `igate|${c}`));
    const unseen = (await listDossiers(db)).filter((d) => d.unseenSince !== null).map((d) => d.code);
    expect(unseen).toEqual(['GONE-1']);
  });

  it('keeps a complete list sliced around a bad code whole: only that record is left out, reported once', async () => {
    const db = freshDb();
    const send = worker(db);
    const list = codes(8);
    await send(message([...list, 'GONE-1']));
    const sent = message(list);
    sent.records[1] = { ...sent.records[1]!, code: 'x'.repeat(150) };
    const reply = await sendInSlices(send, sent, 3);
    expect(reply).toMatchObject({ unchanged: 7, dropped: 1, markedUnseen: 2 });
    expect(reply.problems).toEqual([expect.stringMatching(/^records\[1\] \(mã "x{56}…\): bỏ qua \(records\[1\]\.code: chuỗi dài 150 ký tự, tối đa 100\)$/)]);
    const unseen = (await listDossiers(db)).filter((d) => d.unseenSince !== null).map((d) => d.code);
    // The dossier whose code was broken this time is not on the list as read: it and GONE-1 left it.
    expect(unseen.sort()).toEqual([list[1]!, 'GONE-1'].sort());
  });

  it('marks nothing unseen when the sliced list is only a partial one', async () => {
    const db = freshDb();
    const send = worker(db);
    await send(message([...codes(5), 'GONE-1']));
    const reply = await sendInSlices(send, message(codes(5), 'partial'), 2);
    expect(send.mock.calls.slice(1).map(([m]) => [m.coverage, m.listedBefore])).toEqual([
      ['partial', undefined],
      ['partial', undefined],
      ['partial', undefined],
    ]);
    expect(reply.markedUnseen).toBe(0);
  });
});
