/**
 * What an issued apology letter must say, checked in the three forms it leaves the page in: the
 * Word file (unzipped here), the copied text and the body kept in the register. Expected wording
 * is written out from the demo dossier, not produced by the letter code under test.
 */
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import type { Download, Page } from 'playwright-core';
import type { DemoDossier } from '../../scripts/demo-portal/dossiers';

/** The signer the tests put in the unit profile. */
export const SIGNER = 'Lê Minh Tuấn';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Paragraph texts of a DOCX: word/document.xml, one line per `<w:p>`, tags stripped. */
export function docxText(bytes: Uint8Array): string {
  const files = unzipSync(bytes, { filter: (f) => f.name === 'word/document.xml' });
  const xml = files['word/document.xml'];
  if (!xml) throw new Error('DOCX without word/document.xml');
  return strFromU8(xml)
    .replace(/<w:tab\/>/g, '\t')
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name]!);
}

export async function downloadedText(download: Download): Promise<string> {
  return docxText(readFileSync((await download.path())!));
}

/** "17 giờ 00 phút, ngày 05 tháng 3 năm 2026" from "2026-03-05T17:00:00+07:00" (NĐ 30/2020: months 1–2 padded). */
export function vnWords(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):\d{2}\+07:00$/.exec(iso);
  if (!m) throw new Error(`not a Vietnam time: ${iso}`);
  const [, y, mo, d, h, mi] = m;
  return `${h} giờ ${mi} phút, ngày ${d} tháng ${Number(mo) <= 2 ? mo : Number(mo)} năm ${y}`;
}

/**
 * The lines the letter must hold, in order: Kính gửi + applicant, receipt, procedure, code,
 * original appointment, reason, new appointment (`newDate` is the picked day, due at 17:00), signer.
 */
export function expectedLines(d: DemoDossier, reason: string, newDate: string): string[] {
  return [
    `Kính gửi: Ông/Bà ${d.applicant}.`,
    `Bộ phận Một cửa đã tiếp nhận hồ sơ của Ông/Bà vào lúc ${vnWords(d.receivedAt)}.`,
    `Thủ tục hành chính: ${d.procedure}`,
    `Mã hồ sơ: ${d.code}`,
    `Thời gian hẹn trả kết quả: ${vnWords(d.dueAt)}`,
    `Lý do: ${reason}`,
    `Thời gian hẹn trả kết quả mới: ${vnWords(`${newDate}T17:00:00+07:00`)}`,
    SIGNER,
  ];
}

/** The lines of `text` (trimmed, empty ones dropped) that are among `wanted`, in their order. */
export function linesFound(text: string, wanted: readonly string[]): string[] {
  const set = new Set(wanted);
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => set.has(l));
}

/**
 * Records what "Sao chép văn bản" puts on the clipboard: the clipboard API's writer is replaced
 * where the page has one (secure contexts); otherwise the copy event's data is read once the page's
 * handlers have run (portals on plain http have no clipboard API), falling back to the selection.
 */
export async function captureClipboard(page: Page): Promise<() => Promise<string | undefined>> {
  await page.evaluate(() => {
    const w = window as unknown as { __copied?: string };
    if (navigator.clipboard) Object.defineProperty(navigator.clipboard, 'writeText', { configurable: true, value: async (text: string) => void (w.__copied = text) });
    window.addEventListener('copy', (e) => {
      const el = e.target as Partial<HTMLTextAreaElement>;
      const selected = typeof el.selectionStart === 'number' ? el.value!.slice(el.selectionStart, el.selectionEnd ?? undefined) : String(getSelection());
      w.__copied = (e.defaultPrevented && e.clipboardData?.getData('text/plain')) || selected;
    });
  });
  return () => page.evaluate(() => (window as unknown as { __copied?: string }).__copied);
}

/** The bodies of the letters in the register (the `letters` table of database `db`), by dossier code. */
export function storedBodies(page: Page, db: string): Promise<Record<string, string | undefined>> {
  return page.evaluate(
    (name) =>
      new Promise<Record<string, string | undefined>>((done, fail) => {
        const open = indexedDB.open(name);
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('letters').objectStore('letters').getAll();
          all.onerror = () => fail(all.error);
          all.onsuccess = () => {
            open.result.close();
            done(Object.fromEntries((all.result as { code: string; body?: string }[]).map((l) => [l.code, l.body])));
          };
        };
      }),
    db,
  );
}

/** The letter form's new date as the officer sees it (dd/MM/yyyy), as the yyyy-MM-dd day. */
export async function newDateOf(form: { locator(selector: string): { inputValue(): Promise<string> } }): Promise<string> {
  const shown = await form.locator('input[name="newDate"]').inputValue();
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(shown);
  if (!m) throw new Error(`ngày hẹn mới không theo dd/MM/yyyy: "${shown}"`);
  return `${m[3]}-${m[2]}-${m[1]}`;
}
