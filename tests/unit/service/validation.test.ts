/**
 * The rule for untrusted records (docs/security.md): an over-long free text is cut at its limit and
 * marked, a record that is otherwise unusable is left out alone, and both are reported; the other
 * records always go through.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMPTY_MEMORY } from '../../../utils/service/notify-plan';
import { handleMessage, type Service } from '../../../utils/service/service';
import { createMessageHandler } from '../../../utils/service/handler';
import type { RecognizedResponse } from '../../../utils/service/responses';
import { readMessage, request, type MessageOf } from '../../../utils/messaging';
import { clip, MAX_STRING } from '../../../utils/validation/guards';
import type { DossierRecord } from '../../../utils/portals/types';
import { listDossiers } from '../../../utils/store';
import { parseInstant } from '../../../utils/time/vn-time';
import { freshDb, record } from '../store/helpers';

const code = (i: number) => `000.00.53.H24-261118-${String(i).padStart(4, '0')}`;
const recognized = (records: unknown[], patch: Record<string, unknown> = {}) => ({
  type: 'recognized',
  portal: 'igate',
  url: 'https://motcua-hagiang.vnptigate.vn/vi/dossier/processing',
  coverage: 'partial',
  records,
  ...patch,
});
const read = (records: unknown[], patch?: Record<string, unknown>) => {
  const { message, problems } = readMessage(recognized(records, patch));
  return { records: (message as MessageOf<'recognized'>).records, problems };
};

describe('clip', () => {
  it.each([
    ['a short text', 'Nguyễn Văn A', 20, 'Nguyễn Văn A'],
    ['a text exactly at the limit', 'abcde', 5, 'abcde'],
    ['a text one over', 'abcdef', 5, 'abcd…'],
    ['an accent that would lose its letter (NFD)', 'Nguye\u0302n', 6, 'Nguy…'],
    ['an emoji that would be split', 'ab😀cd', 4, 'ab…'],
    ['a long applicant', 'Á'.repeat(10_000), 2_000, `${'Á'.repeat(1_999)}…`],
  ])('%s', (_name, text, max, expected) => {
    expect(clip(text, max)).toBe(expected);
  });

  it('never returns more than the limit, and keeps the start of the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite', maxLength: 300 }), fc.integer({ min: 1, max: 200 }), (text, max) => {
        const cut = clip(text, max);
        expect(cut.length).toBeLessThanOrEqual(Math.max(max, text.length <= max ? text.length : 0));
        if (text.length <= max) expect(cut).toBe(text);
        else expect(text.startsWith(cut.slice(0, -1)) && cut.endsWith('…')).toBe(true);
      }),
    );
  });
});

describe('a page with one bad record', () => {
  const good = [record(code(1)), record(code(3))];
  it.each<[string, unknown, RegExp]>([
    ['an empty code', record(''), /^records\[1\] \(mã ""\): bỏ qua \(records\[1\]\.code: không được để trống\)$/],
    ['a 225-character code', record(code(2) + '9'.repeat(200)), /^records\[1\] \(mã "000\.00\.53\.H24-261118-00029{31}…\): bỏ qua \(records\[1\]\.code: chuỗi dài 225 ký tự, tối đa 100\)$/],
    ['a code with a control character', record(`${code(2)}\u0000`), /^records\[1\] .*records\[1\]\.code: .*không đúng dạng không ký tự điều khiển/],
    ['a code with a space at its end', record(`${code(2)} `), /^records\[1\] .*records\[1\]\.code: .*không đúng dạng/],
    ['a code that is a number', { ...record(code(2)), code: 2 }, /^records\[1\]: bỏ qua \(records\[1\]\.code: cần chuỗi, nhận 2\)$/],
    ['a portal id in capitals', record(code(2), { portal: 'IGATE' }), /^records\[1\] .*records\[1\]\.portal: "IGATE" không đúng dạng/],
    ['another portal', record(code(2), { portal: 'epar' }), /^mã "000\.00\.53\.H24-261118-0002": bỏ qua \(thuộc cổng "epar", khác cổng của tin nhắn "igate"\)$/],
    ['null instead of a record', null, /^records\[1\]: bỏ qua \(records\[1\]: cần đối tượng, nhận null\)$/],
    ['a date without time zone', record(code(2), { dueAt: '2026-11-27T17:00:00' }), /records\[1\]\.dueAt: "2026-11-27T17:00:00" không phải thời điểm ISO 8601/],
    ['a Vietnamese-style date', record(code(2), { receivedAt: '20/11/2026 08:15' }), /records\[1\]\.receivedAt: .*không phải thời điểm ISO/],
    ['an impossible date', record(code(2), { dueAt: '2026-02-30T17:00:00+07:00' }), /records\[1\]\.dueAt: "2026-02-30/],
    ['a javascript: link', record(code(2), { url: 'javascript:alert(1)' }), /records\[1\]\.url: .*không phải địa chỉ http\(s\)/],
    ['an unknown status', { ...record(code(2)), status: 'lost' }, /records\[1\]\.status: "lost" không thuộc/],
    ['an applicant that is an object', { ...record(code(2)), applicant: { name: 'A' } }, /records\[1\]\.applicant: cần chuỗi/],
  ])('leaves out only the record with %s, and says why', (_name, bad, problem) => {
    const { records, problems } = read([good[0], bad, good[1]]);
    expect(records).toEqual(good);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(problem);
  });

  it.each(['procedure', 'applicant', 'statusText', 'handler'] as const)('keeps the record with a 10,000-character %s, cut at 2,000 and marked', (field) => {
    const long = `Nguyễn Văn ${'Â'.repeat(9_989)}`;
    const { records, problems } = read([good[0], record(code(2), { [field]: long }), good[1]]);
    expect(records.map((r) => r.code)).toEqual([code(1), code(2), code(3)]);
    const cut = records[1]![field]!;
    expect(cut).toHaveLength(MAX_STRING);
    expect(cut).toBe(`${long.slice(0, MAX_STRING - 1)}…`);
    expect(records[1]).toEqual({ ...record(code(2)), [field]: cut });
    expect(problems).toEqual([`records[1].${field}: dài 10000 ký tự, đã cắt còn 2000`]);
  });

  it('reports nothing about a cut in a record that is left out anyway', () => {
    const { records, problems } = read([record('', { applicant: 'x'.repeat(3_000) }), good[0]]);
    expect(records).toEqual([good[0]]);
    expect(problems).toEqual(['records[0] (mã ""): bỏ qua (records[0].code: không được để trống)']);
  });

  it('accepts the last slice of a list whose earlier slices held a bad code, and lists only the usable ones', () => {
    const { message, problems } = readMessage(recognized(good, { coverage: 'complete', listedBefore: [code(5), '', 7, code(6)] }));
    expect((message as MessageOf<'recognized'>).listedBefore).toEqual([code(5), code(6)]);
    // The bad codes were reported with the slice that carried them.
    expect(problems).toEqual([]);
  });

  it('still refuses a message whose envelope is wrong (not a record problem)', () => {
    expect(() => readMessage(recognized(good, { url: 'javascript:alert(1)' }))).toThrow(/^url: /);
    expect(() => readMessage(recognized(good, { portal: 'Không hợp lệ' }))).toThrow(/^portal: /);
  });

  // Any page: good records (some with over-long text) and bad ones in any order → exactly the good ones survive.
  it('keeps exactly the good records of any mix, in order (property)', () => {
    const corruptions: Array<(r: DossierRecord) => unknown> = [
      (r) => ({ ...r, code: '' }),
      (r) => ({ ...r, code: r.code + 'x'.repeat(100) }),
      (r) => ({ ...r, code: `${r.code}\u0007` }),
      (r) => ({ ...r, portal: 'epar' }),
      (r) => ({ ...r, portal: 'Cổng' }),
      (r) => ({ ...r, dueAt: '27/11/2026' }),
      (r) => ({ ...r, status: 'hacked' }),
      (r) => ({ ...r, url: 'data:text/html,x' }),
      () => 'không phải hồ sơ',
    ];
    const item = fc.oneof(
      fc.record({ kind: fc.constant('good' as const), long: fc.boolean() }),
      fc.record({ kind: fc.constant('bad' as const), how: fc.integer({ min: 0, max: corruptions.length - 1 }) }),
    );
    fc.assert(
      fc.property(fc.array(item, { maxLength: 40 }), (items) => {
        const sent = items.map((it, i) => {
          const r = record(code(i), it.kind === 'good' && it.long ? { applicant: 'Ă'.repeat(5_000) } : {});
          return it.kind === 'good' ? r : corruptions[it.how]!(r);
        });
        const { records, problems } = read(sent);
        const goodIndexes = items.flatMap((it, i) => (it.kind === 'good' ? [i] : []));
        expect(records.map((r) => r.code)).toEqual(goodIndexes.map(code));
        for (const r of records) expect(r.applicant!.length).toBeLessThanOrEqual(MAX_STRING);
        const longCount = items.filter((it) => it.kind === 'good' && it.long).length;
        expect(problems.filter((p) => p.includes('bỏ qua'))).toHaveLength(items.length - goodIndexes.length);
        expect(problems.filter((p) => p.includes('đã cắt'))).toHaveLength(longCount);
      }),
      { numRuns: 200 },
    );
  });
});

describe('what the worker answers and stores', () => {
  const now = parseInstant('2026-11-18T10:00:00+07:00');
  const page = [
    record(code(1)),
    record(code(2), { applicant: 'B'.repeat(10_000) }),
    record(code(3) + '-'.repeat(120)),
    record(code(4)),
  ];

  it('stores every usable record and answers how many it left out', async () => {
    const db = freshDb();
    const reply = await request(createMessageHandler(db, () => now), recognized(page) as MessageOf<'recognized'>);
    expect(reply).toMatchObject({ inserted: 3, dropped: 1 });
    expect(reply.problems).toEqual([
      'records[1].applicant: dài 10000 ký tự, đã cắt còn 2000',
      expect.stringMatching(/^records\[2\] \(mã "000\.00\.53\.H24-261118-0003-{31}…\): bỏ qua \(records\[2\]\.code: chuỗi dài 145 ký tự, tối đa 100\)$/),
    ]);
    const stored = await listDossiers(db);
    expect(stored.map((d) => d.code).sort()).toEqual([code(1), code(2), code(4)]);
    expect(stored.find((d) => d.code === code(2))!.applicant).toBe(`${'B'.repeat(1_999)}…`);
  });

  it('answers a chip view for every usable row of the page (the service reads the checked records)', async () => {
    const service: Service = {
      db: freshDb(),
      now: async () => now,
      effects: { applyBadge: async () => {}, loadMemory: async () => EMPTY_MEMORY, saveMemory: async () => {}, showNotifications: async () => {}, openLetter: async () => {} },
    };
    // A record that is not even an object must not break the views either.
    const { reply, settled } = await handleMessage(service, recognized([...page, 42]), true);
    await settled;
    expect(reply.ok).toBe(true);
    const value = (reply as { value: RecognizedResponse }).value;
    expect(Object.keys(value.stored).sort()).toEqual([code(1), code(2), code(4)].map((c) => `igate|${c}`));
    // The text the store cut is the one the page's chip shows.
    expect(value.stored[`igate|${code(2)}`]).toEqual({ applicant: `${'B'.repeat(1_999)}…` });
    expect(value.dropped).toBe(2);
    expect(value.problems.at(-1)).toBe('records[4]: bỏ qua (records[4]: cần đối tượng, nhận 42)');
  });
});
