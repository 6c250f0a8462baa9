import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { endOfWorkDay, isWorkingDay } from '../../../utils/calendar';
import type { DeadlineUnit } from '../../../utils/deadline';
import { dueDate, letterDueBy, suggestNewDueDate, urgencyOf } from '../../../utils/deadline';
import { parseInstant, toLocalDate, vnEpoch } from '../../../utils/time/vn-time';

// Any instant from 2024 to 2028, minute resolution.
const instant = fc.integer({ min: 0, max: 5 * 366 * 24 * 60 }).map((m) => vnEpoch(2024, 1, 1) + m * 60_000);
const dayUnit = fc.constantFrom<DeadlineUnit>('working', 'calendar');
const unit = fc.constantFrom<DeadlineUnit>('working', 'calendar', 'hours');

describe('deadline properties', () => {
  it('a day-unit due date is always the end of a working day', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 60 }), dayUnit, (received, n, u) => {
        const due = parseInstant(dueDate(received, n, u).dueAt);
        const day = toLocalDate(due);
        expect(isWorkingDay(day)).toBe(true);
        expect(due).toBe(endOfWorkDay(day));
      }),
      { numRuns: 400 },
    );
  });

  it('more days (or hours) never gives an earlier date, and the due date is after the receipt', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 10 }), unit, (received, n, extra, u) => {
        const a = parseInstant(dueDate(received, n, u).dueAt);
        const b = parseInstant(dueDate(received, n + extra, u).dueAt);
        expect(b).toBeGreaterThanOrEqual(a);
        expect(a).toBeGreaterThan(received);
      }),
      { numRuns: 400 },
    );
  });

  it('a later receipt never gives an earlier date', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 3 * 24 * 60 }), fc.integer({ min: 1, max: 30 }), unit, (received, later, n, u) => {
        const a = parseInstant(dueDate(received, n, u).dueAt);
        const b = parseInstant(dueDate(received + later * 60_000, n, u).dueAt);
        expect(b).toBeGreaterThanOrEqual(a);
      }),
      { numRuns: 400 },
    );
  });

  it('the apology letter is due at the end of a working day strictly before the due day', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 30 }), (received, n) => {
        const { dueAt } = dueDate(received, n, 'working');
        const letter = parseInstant(letterDueBy(dueAt));
        const day = toLocalDate(letter);
        expect(isWorkingDay(day)).toBe(true);
        expect(letter).toBe(endOfWorkDay(day));
        expect(day < toLocalDate(parseInstant(dueAt))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('a suggested new date is a working day after the original and after today', () => {
    fc.assert(
      fc.property(instant, instant, fc.integer({ min: 1, max: 15 }), (due, now, extra) => {
        const original = dueDate(due, 1, 'working').dueAt;
        const proposed = parseInstant(suggestNewDueDate(original, now, extra));
        const day = toLocalDate(proposed);
        expect(isWorkingDay(day)).toBe(true);
        expect(proposed).toBe(endOfWorkDay(day));
        expect(proposed).toBeGreaterThan(parseInstant(original));
        expect(day > toLocalDate(now)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  // The stages one deadline passes through as time goes by.
  const STAGES = ['ok', 'near', 'letter-due', 'due-today', 'overdue'];

  it('a deadline only moves forward through ok → near → letter-due → due-today → overdue', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 20 }), fc.integer({ min: 0, max: 40 * 24 * 60 }), fc.integer({ min: 0, max: 5 * 24 * 60 }), (received, n, t1, dt) => {
        const input = { dueAt: dueDate(received, n, 'working').dueAt, stepDueAt: null, status: 'processing' as const };
        const a = urgencyOf(input, received + t1 * 60_000).level;
        const b = urgencyOf(input, received + (t1 + dt) * 60_000).level;
        expect(STAGES).toContain(a);
        expect(STAGES.indexOf(b)).toBeGreaterThanOrEqual(STAGES.indexOf(a));
      }),
      { numRuns: 400 },
    );
  });
});
