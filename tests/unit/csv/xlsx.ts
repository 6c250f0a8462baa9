/** A small reader of the workbooks we write, for tests: unzip with fflate, read the sheet XML. */
import { strFromU8, unzipSync } from 'fflate';

/** The workbook unzipped: the sheet's XML, the shared strings (if any) and the styles. */
export async function openXlsx(blob: Blob | Uint8Array) {
  const files = unzipSync(blob instanceof Uint8Array ? blob : new Uint8Array(await blob.arrayBuffer()));
  const text = (name: string) => (files[name] ? strFromU8(files[name]) : '');
  const strings = [...text('xl/sharedStrings.xml').matchAll(/<si>(?:<t[^>]*>)([\s\S]*?)<\/t><\/si>/g)].map((m) => unescapeXml(m[1]!));
  const sheet = text('xl/worksheets/sheet1.xml');
  const styles = text('xl/styles.xml');
  /** Cell by reference ("C2"): its shown value (shared string resolved) and its number format code. */
  const cell = (ref: string) => {
    const m = new RegExp(`<c r="${ref}"([^>]*)>(?:<v>([^<]*)</v>|<is><t[^>]*>([^<]*)</t></is>)`).exec(sheet);
    if (!m) return null;
    const attrs = m[1]!;
    const type = /t="(\w+)"/.exec(attrs)?.[1];
    const style = Number(/s="(\d+)"/.exec(attrs)?.[1] ?? 0);
    const value = type === 's' ? strings[Number(m[2])] : type === 'inlineStr' ? unescapeXml(m[3]!) : m[2];
    return { value, type: type ?? 'n', format: numberFormat(styles, style) };
  };
  return { files, sheet, cell };
}

const unescapeXml = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

function numberFormat(styles: string, index: number): string | null {
  const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '';
  const xf = [...xfs.matchAll(/<xf [^>]*?\/?>/g)][index]?.[0] ?? '';
  const id = /numFmtId="(\d+)"/.exec(xf)?.[1];
  if (!id || id === '0') return null;
  return unescapeXml(new RegExp(`<numFmt numFmtId="${id}" formatCode="([^"]*)"`).exec(styles)?.[1] ?? `builtin ${id}`);
}

/** Excel's serial of a Vietnam wall-clock time: days since 1899-12-30. */
export const serialOf = (year: number, month: number, day: number, hour: number, minute: number) => (Date.UTC(year, month - 1, day, hour, minute) - Date.UTC(1899, 11, 30)) / 86_400_000;

