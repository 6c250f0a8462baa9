/**
 * Issue 12 §3 in Chromium: the dashboard's "Xuất Excel (.xlsx)" button downloads a workbook whose
 * cells are the table's (Vietnamese text, dates as Vietnam-time date cells, widths set), its CSV
 * is quoted for a Vietnamese Excel, and the workbook writer is a chunk of its own that neither the
 * content script nor the popup loads.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { DEMO_HOSTS } from '../../scripts/demo-portal';
import { generateDossiers } from '../../scripts/demo-portal/dossiers';
import { parseInstant, vnEpoch, vnParts } from '../../utils/time/vn-time';
import { DATE_TIME_FORMAT } from '../../utils/xlsx';
import { parseCsv } from '../unit/csv/parse';
import { openXlsx, serialOf } from '../unit/csv/xlsx';
import { E2E_BUILD, startHarness, type Harness, type InPage } from './harness';

const NOW = vnEpoch(2026, 11, 18, 10, 0);
const HOSTILE = "Nguyễn Văn A;=cmd|' /C calc'!A0;";
const RECORDS = generateDossiers({ now: NOW })
  .slice(0, 12)
  .map((d, i) => ({ ...d, applicant: i === 0 ? HOSTILE : d.applicant, url: `http://${DEMO_HOSTS.plain}/ho-so/${d.code}`, portal: 'generic' }));
const FIRST = RECORDS[0]!;

let h: Harness;
let page: Page;

beforeAll(async () => {
  h = await startHarness({ now: NOW });
  page = await h.session.open(`chrome-extension://${h.session.extensionId}/dashboard.html`);
  const reply = await page.evaluate(
    (m) => (globalThis as InPage).chrome.runtime.sendMessage(m),
    { type: 'recognized', portal: 'generic', url: `http://${DEMO_HOSTS.plain}/ho-so/dang-xu-ly`, coverage: 'partial', records: RECORDS },
  );
  expect(reply).toMatchObject({ ok: true });
  await page.reload();
  await page.locator('[data-testid="row-count"]').filter({ hasText: `${RECORDS.length}/${RECORDS.length}` }).waitFor();
});
afterAll(async () => {
  await h?.close();
});

async function downloaded(button: string): Promise<{ name: string; bytes: Buffer }> {
  const [download]: [Download, void] = await Promise.all([page.waitForEvent('download'), page.locator(`button[data-export="${button}"]`).first().click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

describe('the dashboard exports', () => {
  it('downloads the table as an Excel workbook with Vietnamese text, date cells in Vietnam time and widths', async () => {
    const { name, bytes } = await downloaded('xlsx');
    expect(name).toBe('nhac-han-ho-so-2026-11-18.xlsx');
    const book = await openXlsx(new Uint8Array(bytes));
    expect(['A1', 'B1', 'C1', 'G1', 'K1'].map((r) => book.cell(r)!.value)).toEqual(['Mã hồ sơ', 'Mức độ', 'Người nộp', 'Ngày hẹn trả', 'Trạng thái']);
    const row = Array.from({ length: RECORDS.length }, (_, i) => i + 2).find((r) => book.cell(`A${r}`)!.value === FIRST.code)!;
    expect(row).toBeDefined();
    expect(book.cell(`C${row}`)!.value).toBe(HOSTILE);
    expect(book.cell(`D${row}`)!.value).toBe(FIRST.procedure);
    const due = vnParts(parseInstant(FIRST.dueAt!));
    const cell = book.cell(`G${row}`)!;
    expect(cell.type).toBe('n');
    expect(Number(cell.value)).toBeCloseTo(serialOf(due.year, due.month, due.day, due.hour, due.minute), 6);
    expect(cell.format).toBe(DATE_TIME_FORMAT);
    expect([...book.sheet.matchAll(/<col [^>]*width="([\d.]+)"/g)]).toHaveLength(15);
    expect(book.sheet).not.toContain('<f>');
  });

  it('downloads the CSV for a Vietnamese Excel: split on ";", every text quoted, the hostile name one cell', async () => {
    const { name, bytes } = await downloaded('csv');
    expect(name).toBe('nhac-han-ho-so-2026-11-18.csv');
    const text = bytes.toString('utf8');
    expect(text.startsWith('\uFEFF"Mã hồ sơ";"Mức độ";')).toBe(true);
    const rows = parseCsv(text.slice(1), ';');
    expect(rows).toHaveLength(RECORDS.length + 1);
    expect(rows.find((r) => r[0] === FIRST.code)![2]).toBe(HOSTILE);
  });

  it('downloads the statistics as a workbook too', async () => {
    await page.locator('button[data-tab="stats"]').click();
    const { name, bytes } = await downloaded('xlsx');
    expect(name).toBe('nhac-han-thong-ke-2026-11-01-2026-11-30.xlsx');
    expect((await openXlsx(new Uint8Array(bytes))).cell('A1')!.value).toBe('Thống kê từ 01/11/2026 đến 30/11/2026');
  });
});

describe('the built extension', () => {
  const read = (path: string) => readFileSync(join(E2E_BUILD, path), 'utf8');
  /** A string only the workbook writer holds (the sheet XML namespace it writes). */
  const WRITER = 'spreadsheetml/2006/main';

  it('keeps the workbook writer in a chunk of its own, loaded by neither the content script nor the popup', () => {
    const chunks = readdirSync(join(E2E_BUILD, 'chunks'));
    const writer = chunks.filter((c) => read(`chunks/${c}`).includes(WRITER));
    expect(writer).toHaveLength(1);
    const content = readdirSync(join(E2E_BUILD, 'content-scripts')).map((f) => read(`content-scripts/${f}`));
    expect(content.length).toBeGreaterThan(0);
    for (const js of content) expect(js).not.toContain(WRITER);
    const popup = read('popup.html');
    const popupChunks = [...popup.matchAll(/chunks\/([\w.-]+\.js)/g)].map((m) => m[1]!);
    expect(popupChunks.length).toBeGreaterThan(0);
    for (const c of popupChunks) expect(read(`chunks/${c}`)).not.toContain(WRITER);
    expect(popupChunks).not.toContain(writer[0]);
  });
});
