import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from '../../../utils/calendar';
import { draftLetter, type DraftInput } from '../../../utils/letters/draft';
import { DOSSIER, PROFILE } from './fixtures';

const INPUT: DraftInput = {
  dossier: DOSSIER,
  profile: PROFILE,
  reason: 'Chờ ý kiến của Công an tỉnh',
  issuedAt: '2026-11-25T09:00:00+07:00',
  rules: DEFAULT_RULES,
  extraWorkingDays: 5,
};

describe('draftLetter', () => {
  it('suggests a date N working days after the appointment and prints it', () => {
    const draft = draftLetter(INPUT);
    // Due Fri 27/11/2026 + 5 working days = Fri 04/12/2026, end of the working day.
    expect(draft.newDueAt).toBe('2026-12-04T17:00:00+07:00');
    expect(draft.suggested).toBe(true);
    expect(draft.problems).toEqual([]);
    expect(draft.late).toBe(false);
    expect(draft.letterDueBy).toBe('2026-11-26T17:00:00+07:00');
  });

  it.each([
    // Due Thu 12/02/2026; Tết 14–22/02: +1 is Fri 13/02, +2 jumps Tết to Mon 23/02.
    ['2026-02-12T17:00:00+07:00', '2026-02-10T09:00:00+07:00', 2, '2026-02-23T17:00:00+07:00'],
    // Due Wed 29/04/2026; 30/04–03/05 off: +1 = Mon 04/05.
    ['2026-04-29T17:00:00+07:00', '2026-04-28T09:00:00+07:00', 1, '2026-05-04T17:00:00+07:00'],
    // Due Fri 28/08/2026; 29/08–02/09 off (Sat 22/08 worked): +1 = Thu 03/09.
    ['2026-08-28T17:00:00+07:00', '2026-08-27T09:00:00+07:00', 1, '2026-09-03T17:00:00+07:00'],
  ])('skips holidays: due %s, issued %s, +%i → %s', (dueAt, issuedAt, days, expected) => {
    const draft = draftLetter({ ...INPUT, dossier: { ...DOSSIER, dueAt }, issuedAt, extraWorkingDays: days });
    expect(draft.newDueAt).toBe(expected);
    expect(draft.problems).toEqual([]);
  });

  it('counts from today when the appointment has already passed, and marks the letter late', () => {
    const draft = draftLetter({ ...INPUT, issuedAt: '2026-12-01T10:00:00+07:00' });
    expect(draft.late).toBe(true);
    expect(draft.newDueAt).toBe('2026-12-08T17:00:00+07:00');
    expect(draft.problems).toEqual([]);
  });

  it('keeps the officer’s own date and checks it', () => {
    const draft = draftLetter({ ...INPUT, newDueAt: '2026-11-28T17:00:00+07:00' });
    expect(draft.suggested).toBe(false);
    expect(draft.problems.join(' ')).toContain('là ngày nghỉ (Thứ Bảy)');
  });

  it('refuses a second re-appointment but still shows the draft', () => {
    const prior = [{ issuedAt: '2026-11-24T09:00:00+07:00', newDueAt: '2026-12-02T17:00:00+07:00' }];
    const draft = draftLetter({ ...INPUT, prior });
    expect(draft.problems).toHaveLength(1);
    expect(draft.problems[0]).toContain('chỉ được đề nghị gia hạn một lần');
    expect(draft.document.title).toContain('XIN LỖI');
  });

  it('leaves the new date blank when the dossier has no appointment and none was typed', () => {
    const draft = draftLetter({ ...INPUT, dossier: { ...DOSSIER, dueAt: null } });
    expect(draft.newDueAt).toBeNull();
    expect(draft.document.missing).toContain('newDueAt');
    expect(draft.problems.length).toBeGreaterThan(0);
  });
});
