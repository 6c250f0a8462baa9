import { describe, expect, it } from 'vitest';
import { createMessageHandler } from '../../../utils/service/handler';
import { parseMessage, request, RemoteError, ValidationError, MAX_RECORDS, type Send } from '../../../utils/messaging';
import { parseInstant } from '../../../utils/time/vn-time';
import { freshDb, record } from '../store/helpers';

const A = 'G22.99.08-261120-000001';
const recognized = (patch: Record<string, unknown> = {}) => ({
  type: 'recognized',
  portal: 'igate',
  url: 'https://dichvucong.example.gov.vn/vi/dossier/processing',
  coverage: 'partial',
  records: [record(A)],
  ...patch,
});

describe('parseMessage', () => {
  it.each([
    ['recognized', recognized()],
    ['get-dossiers', { type: 'get-dossiers' }],
    ['mark-confirmed', { type: 'mark-confirmed', key: ['igate', A], confirmed: true }],
    ['set-note', { type: 'set-note', key: ['igate', A], note: '' }],
    ['set-pinned', { type: 'set-pinned', key: ['igate', A], pinned: false }],
    ['get-settings', { type: 'get-settings' }],
    ['save-settings', { type: 'save-settings', patch: { locale: 'en' } }],
    ['open-letter', { type: 'open-letter', key: ['igate', A] }],
    ['recognized (last slice of a complete list)', recognized({ coverage: 'complete', listedBefore: ['G22.99.08-261120-000000'] })],
  ])('accepts a well-formed %s message', (_type, message) => {
    expect(parseMessage(message)).toEqual(message);
  });

  it('normalises instants to Vietnam time and drops unknown keys', () => {
    const parsed = parseMessage(recognized({ records: [{ ...record(A), dueAt: '2026-11-27T10:00:00.000Z', extra: '<img>' }] }));
    expect(parsed.type === 'recognized' && parsed.records[0]).toEqual({ ...record(A), dueAt: '2026-11-27T17:00:00+07:00' });
  });

  const long = 'x'.repeat(2_001);
  it.each<[string, unknown, RegExp]>([
    ['a non-object', 'get-dossiers', /^tin nhắn phải là đối tượng/],
    ['an unknown type', { type: 'drop-tables' }, /^loại tin nhắn không rõ: "drop-tables"/],
    ['too many records', recognized({ records: Array.from({ length: MAX_RECORDS + 1 }, () => record(A)) }), /^records: 5001 phần tử, tối đa 5000/],
    ['records that are not a list', recognized({ records: { 0: record(A) } }), /^records: cần danh sách/],
    ['a bad coverage', recognized({ coverage: 'all' }), /^coverage: "all" không thuộc \{complete, partial\}/],
    ['a malformed key', { type: 'mark-confirmed', key: A, confirmed: true }, /^key: cần \[cổng, mã hồ sơ\]/],
    ['an open-letter without a key', { type: 'open-letter' }, /^key: cần \[cổng, mã hồ sơ\]/],
    ['earlier slices named by a partial list', recognized({ listedBefore: [A] }), /^listedBefore: chỉ đi kèm phần cuối của một danh sách đầy đủ/],
    ['a missing flag', { type: 'set-pinned', key: ['igate', A] }, /^pinned: cần true\/false, nhận undefined/],
    ['an overlong note', { type: 'set-note', key: ['igate', A], note: long }, /^note: chuỗi dài 2001/],
    ['a patch that is not an object', { type: 'save-settings', patch: [] }, /^patch: cần đối tượng/],
    ['a letter with a non-ISO new date', { type: 'record-letter', letter: { portal: 'igate', code: A, regime: 'nd61', reason: 'x', newDueAt: '04/12/2026', issuedAt: '2026-11-25T10:00:00+07:00', issuedBy: 'B', late: false } }, /^letter\.newDueAt: "04\/12\/2026" không phải thời điểm ISO/],
  ])('rejects %s with a clear error', (_label, message, error) => {
    expect(() => parseMessage(message)).toThrow(ValidationError);
    expect(() => parseMessage(message)).toThrow(error);
  });

  it('lists every wrong field at once', () => {
    const bad = recognized({ coverage: 'all', url: 'ftp://x' });
    expect(() => parseMessage(bad)).toThrow(expect.objectContaining({ issues: [expect.stringMatching(/^url/), expect.stringMatching(/^coverage/)] }));
  });

  it('accepts the largest allowed page, 5,000 records, intact', () => {
    const records = Array.from({ length: MAX_RECORDS }, (_, i) => record(`G22.99.08-261120-${String(i).padStart(6, '0')}`));
    const parsed = parseMessage(recognized({ records }));
    expect(parsed).toMatchObject({ type: 'recognized' });
    expect((parsed as { records: unknown[] }).records).toEqual(records);
  });
});

describe('handler and client', () => {
  const now = () => parseInstant('2026-11-21T09:00:00+07:00');

  it('stores recognised rows and answers typed requests through the envelope', async () => {
    const db = freshDb();
    const send: Send = createMessageHandler(db, now);
    const report = await request(send, { type: 'recognized', portal: 'igate', url: 'https://dichvucong.example.gov.vn/', coverage: 'complete', records: [record(A)] });
    expect(report).toMatchObject({ inserted: 1, problems: [], dropped: 0 });
    await request(send, { type: 'mark-confirmed', key: ['igate', A], confirmed: true });
    const [dossier] = await request(send, { type: 'get-dossiers' });
    expect(dossier).toMatchObject({ code: A, confirmedOnSystem: true, lastSeenAt: '2026-11-21T09:00:00+07:00' });
    expect(await request(send, { type: 'save-settings', patch: { locale: 'en' } })).toMatchObject({ ok: true, value: { locale: 'en' } });
    expect((await request(send, { type: 'get-settings' })).value.locale).toBe('en');
  });

  it('turns invalid messages and store errors into error envelopes, never a throw', async () => {
    const handle = createMessageHandler(freshDb(), now);
    expect(await handle({ type: 'nope' })).toEqual({ ok: false, error: 'loại tin nhắn không rõ: "nope"' });
    expect(await handle({ type: 'set-pinned', key: ['igate', A], pinned: true })).toEqual({ ok: false, error: `Không tìm thấy hồ sơ ${A} (cổng igate)` });
  });

  it('the client raises the remote error, and a clear one when nobody answered', async () => {
    await expect(request(async () => ({ ok: false, error: 'hỏng' }), { type: 'get-dossiers' })).rejects.toThrow(new RemoteError('hỏng'));
    await expect(request(async () => undefined, { type: 'get-dossiers' })).rejects.toThrow(/Không nhận được trả lời/);
  });
});
