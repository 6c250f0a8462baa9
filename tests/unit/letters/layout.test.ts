import { describe, expect, it } from 'vitest';
import { composeLetter, type LetterInput } from '../../../utils/letters/compose';
import { PAGE_LAYOUTS, estimateHeightMm, fitLayout } from '../../../utils/letters/layout';
import { CROWDED, DOSSIER, PROFILE } from './fixtures';

const INPUT: LetterInput = {
  dossier: DOSSIER,
  profile: PROFILE,
  reason: 'Chờ ý kiến của Công an tỉnh',
  newDueAt: '2026-12-04T17:00:00+07:00',
  issuedAt: '2026-11-25T09:00:00+07:00',
};

const room = (paper: 'A4' | 'A5') => PAGE_LAYOUTS[paper].heightMm - PAGE_LAYOUTS[paper].marginMm.top - PAGE_LAYOUTS[paper].marginMm.bottom;

describe('fitLayout', () => {
  it.each(['nd61', 'nd118'] as const)('keeps the full sizes of the paper for an ordinary %s letter', (regime) => {
    for (const paper of ['A4', 'A5'] as const) {
      const doc = composeLetter({ ...INPUT, regime, paper });
      expect(fitLayout(doc)).toEqual(PAGE_LAYOUTS[paper]);
    }
  });

  it.each(['nd61', 'nd118'] as const)('shrinks a crowded %s letter on A5 by half points until the estimate fits', (regime) => {
    const doc = composeLetter({ ...INPUT, ...CROWDED, regime, paper: 'A5' });
    expect(estimateHeightMm(doc, PAGE_LAYOUTS.A5)).toBeGreaterThan(room('A5'));
    const fitted = fitLayout(doc);
    expect(fitted.pt.body).toBeLessThan(PAGE_LAYOUTS.A5.pt.body);
    expect(fitted.pt.body).toBeGreaterThanOrEqual(10.5);
    expect(Number.isInteger(fitted.pt.body * 2)).toBe(true);
    expect(estimateHeightMm(doc, fitted)).toBeLessThanOrEqual(room('A5'));
    expect(fitted.marginMm).toEqual(PAGE_LAYOUTS.A5.marginMm);
  });

  it('keeps A4 at NĐ 30 sizes even for the crowded letter', () => {
    const doc = composeLetter({ ...INPUT, ...CROWDED, paper: 'A4' });
    expect(fitLayout(doc)).toEqual(PAGE_LAYOUTS.A4);
  });
});

describe('paper choice', () => {
  it.each([
    ['nd61', undefined, 'A5'],
    ['nd118', undefined, 'A4'],
    ['nd61', 'A4', 'A4'],
    ['nd118', 'A5', 'A5'],
  ] as const)('a %s letter with paper %s is laid out on %s', (regime, paper, expected) => {
    expect(composeLetter({ ...INPUT, regime, paper }).paper).toBe(expected);
  });
});
