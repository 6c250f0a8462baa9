/** Getting a letter out of the page: a DOCX download and the plain text on the clipboard. */
import type { LetterDocument } from '../../utils/letters/types';

/** File name from the dossier code: "thu-xin-loi-000.00.53.H48-261120-0099.docx". */
export function docxFileName(code: string): string {
  return `thu-xin-loi-${code.replace(/[^\w.-]+/g, '_')}.docx`;
}

/** Saves the Word file through a Blob URL (no network, no downloads permission needed). */
export async function downloadDocx(doc: LetterDocument, code: string): Promise<void> {
  // The docx library is most of the letter page's weight: loaded only when a DOCX is asked for.
  const { renderDocx } = await import('../../utils/letters/render/docx');
  const bytes = await renderDocx(doc);
  const blob = new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = docxFileName(code);
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started by the next task; the URL is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * The clipboard API first; where there is none (a portal on plain http) or it is refused (no
 * focus), `execCommand('copy')`. Returns false when both fail, so the page can show the text to
 * copy by hand.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return copyByCommand(text);
  }
}

/**
 * The copy event itself carries the text, not a selection: behind the userscript's modal letter
 * dialog the rest of the page is inert, so a hidden textarea there cannot be selected and the
 * copy reported success with nothing on the clipboard.
 */
function copyByCommand(text: string): boolean {
  let written = false;
  const onCopy = (e: ClipboardEvent) => {
    if (!e.clipboardData) return;
    e.clipboardData.setData('text/plain', text);
    e.preventDefault();
    written = true;
  };
  document.addEventListener('copy', onCopy, true);
  try {
    return document.execCommand('copy') && written;
  } catch {
    return false;
  } finally {
    document.removeEventListener('copy', onCopy, true);
  }
}
