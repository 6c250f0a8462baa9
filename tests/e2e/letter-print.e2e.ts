/**
 * The printed letter fits one sheet: the HTML rendering printed to PDF by real Chromium with the
 * page size from the letter's own `@page` rule (Liberation Serif stands in for Times New Roman with
 * the same metrics).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { composeLetter, type LetterInput } from '../../utils/letters/compose';
import { renderHtml } from '../../utils/letters/render/html';
import type { PaperSize, RegimeId } from '../../utils/letters/types';
import { CROWDED, DOSSIER, PROFILE } from '../unit/letters/fixtures';
import { findChromium } from './harness';

const ORDINARY: Pick<LetterInput, 'dossier' | 'profile' | 'reason'> = { dossier: DOSSIER, profile: PROFILE, reason: 'Chờ ý kiến của Công an tỉnh' };
const PAPER_MM: Record<PaperSize, [number, number]> = { A4: [210, 297], A5: [148, 210] };
/** PDF points (1/72 in) to mm; Chromium rounds the page box to whole device pixels. */
const toMm = (pt: number) => (pt * 25.4) / 72;

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox'] });
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
});

async function printed(input: LetterInput) {
  await page.setContent(renderHtml(composeLetter(input)));
  const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
  const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [Number(m[1]), Number(m[2])]);
  return { pages: (pdf.match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length, box: boxes[0] };
}

describe.each([
  ['ordinary', ORDINARY],
  ['crowded', CROWDED],
] as const)('an %s letter printed in Chromium', (_name, content) => {
  it.each([
    ['nd61', undefined, 'A5'],
    ['nd118', undefined, 'A4'],
    ['nd61', 'A4', 'A4'],
    ['nd118', 'A5', 'A5'],
  ] as const)('under %s with paper %s takes exactly one %s sheet', async (regime: RegimeId, paper: PaperSize | undefined, expected: PaperSize) => {
    const { pages, box } = await printed({
      ...content,
      regime,
      paper,
      newDueAt: '2026-12-04T17:00:00+07:00',
      issuedAt: '2026-11-25T09:00:00+07:00',
      number: 128,
    });
    expect(pages).toBe(1);
    const [w, h] = PAPER_MM[expected];
    expect(Math.abs(toMm(box![0]!) - w)).toBeLessThan(0.5);
    expect(Math.abs(toMm(box![1]!) - h)).toBeLessThan(0.5);
  });
});
