import { describe, expect, it } from 'vitest';
import { upsertSeen, recordLetter, listLetters, saveSettings, ReappointmentError, type LetterInput } from '../../../utils/store';
import { freshDb, record } from './helpers';

const A = 'G22.99.08-261120-000001';
const B = 'G22.99.08-261120-000002';

const letter = (code: string, patch: Partial<LetterInput> = {}): LetterInput => ({
  portal: 'igate',
  code,
  regime: 'nd118',
  reason: 'Chờ kết quả thẩm định của Sở Tài nguyên và Môi trường',
  newDueAt: '2026-12-04T17:00:00+07:00',
  issuedAt: '2026-11-25T10:00:00+07:00',
  issuedBy: 'Trần Thị B',
  late: false,
  ...patch,
});

async function seeded(codes = [A, B]) {
  const db = freshDb();
  await upsertSeen(db, { portal: 'igate', records: codes.map((c) => record(c)), seenAt: '2026-11-21T09:00:00+07:00', coverage: 'partial' });
  return db;
}

describe('listLetters', () => {
  it('lists the register in number order, for one year or for all', async () => {
    const db = await seeded();
    await recordLetter(db, letter(B, { issuedAt: '2026-12-31T17:30:00Z', newDueAt: '2027-01-08T17:00:00+07:00' }));
    await recordLetter(db, letter(A));
    expect((await listLetters(db)).map((l) => [l.year, l.number, l.code])).toEqual([
      [2026, 1, A],
      [2027, 1, B],
    ]);
    expect((await listLetters(db, 2027)).map((l) => l.code)).toEqual([B]);
    expect(await listLetters(db, 2025)).toEqual([]);
  });
});

describe('recordLetter', () => {
  it('numbers letters from 1 each year, keeps the original appointment and sets the new one', async () => {
    const db = await seeded();
    const first = await recordLetter(db, letter(A));
    expect(first).toMatchObject({ year: 2026, number: 1, numberText: '1/PXL', originalDueAt: '2026-11-27T17:00:00+07:00' });
    expect(await db.dossiers.get(['igate', A])).toMatchObject({
      dueAt: '2026-11-27T17:00:00+07:00',
      appointmentOverride: '2026-12-04T17:00:00+07:00',
      letterSent: true,
    });
    // 31/12 17:30 UTC is already 01/01/2027 in Vietnam: a new year, a new series.
    const next = await recordLetter(db, letter(B, { issuedAt: '2026-12-31T17:30:00Z', newDueAt: '2027-01-08T17:00:00+07:00' }));
    expect(next).toMatchObject({ year: 2027, number: 1 });
  });

  it('gives distinct consecutive numbers to letters recorded at the same moment', async () => {
    const codes = Array.from({ length: 20 }, (_, i) => `G22.99.08-261120-${String(i).padStart(6, '0')}`);
    const db = await seeded(codes);
    const rows = await Promise.all(codes.map((c) => recordLetter(db, letter(c))));
    expect(rows.map((r) => r.number).sort((a, b) => a - b)).toEqual(codes.map((_, i) => i + 1));
  });

  it('uses the unit profile number suffix', async () => {
    const db = await seeded();
    await saveSettings(db, { letter: { profile: { numberSuffix: 'XL-VP' } } });
    expect((await recordLetter(db, letter(A))).numberText).toBe('1/XL-VP');
  });

  it('refuses a second re-appointment of the same dossier, citing the decree', async () => {
    const db = await seeded();
    await recordLetter(db, letter(A));
    const second = recordLetter(db, letter(A, { newDueAt: '2026-12-11T17:00:00+07:00' }));
    await expect(second).rejects.toBeInstanceOf(ReappointmentError);
    await expect(second).rejects.toThrow(/đã được hẹn lại một lần \(thư số 1\/PXL ngày 25\/11\/2026\).*Điều 19 khoản 9.*118\/2025/);
    expect(await db.letters.count()).toBe(1);
    expect((await db.dossiers.get(['igate', A]))?.appointmentOverride).toBe('2026-12-04T17:00:00+07:00');
  });

  it.each([
    ['an unknown dossier', letter('X99.1-261120-0001'), /Không tìm thấy hồ sơ/],
    ['a new date not after the appointment', letter(A, { newDueAt: '2026-11-27T17:00:00+07:00' }), /phải sau ngày hẹn trả 27\/11\/2026/],
  ])('refuses %s and numbers nothing', async (_label, input, message) => {
    const db = await seeded();
    await expect(recordLetter(db, input)).rejects.toThrow(message);
    expect(await db.letters.count()).toBe(0);
    expect((await recordLetter(db, letter(B))).number).toBe(1);
  });

  it('refuses a dossier without an appointment date', async () => {
    const db = freshDb();
    await upsertSeen(db, { portal: 'igate', records: [record(A, { dueAt: null })], seenAt: '2026-11-21T09:00:00+07:00', coverage: 'partial' });
    await expect(recordLetter(db, letter(A))).rejects.toThrow(/chưa có ngày hẹn trả/);
  });
});
