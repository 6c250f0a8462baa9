/**
 * Labelled parts: "Mã hồ sơ: … / Tiếp nhận: …, hẹn trả: …" in a composite cell, "Chủ hồ sơ: …" in any
 * cell, or the label/value pairs of a single-dossier page. A label is header wording followed by a
 * colon; its value runs to the next label on the same line, or is the next line when the label ends
 * its line (label and value in two cells).
 */
import { matchHeader, type ColumnKind } from '../parse/headers';
import { cleanText } from '../parse/text';

// A label starts a line or follows a separator: "Mã hồ sơ: … / Tiếp nhận: …, hẹn trả: …".
const LABEL_RE = /(?:^|[,;|]|\s[/–-]\s)\s*(\p{L}[\p{L} ]{0,40}?)\s*:(?!\d)/gu;
const STARTS_WITH_LABEL = /^\s*\p{L}[\p{L} ]{0,40}?\s*:(?!\d)/u;

export interface Labelled {
  parts: Partial<Record<ColumnKind, string>>;
  /** Indexes of the lines that are labels or labelled values: the rest is the cell's own text. */
  used: Set<number>;
}

export function readLabels(text: string): Labelled {
  const parts: Partial<Record<ColumnKind, string>> = {};
  const used = new Set<number>();
  // Most cells have no colon at all: no regex work for them.
  if (!text.includes(':')) return { parts, used };
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    const found = Array.from(line.matchAll(LABEL_RE), (m) => ({
      kind: matchHeader(m[1] ?? ''),
      start: m.index,
      end: m.index + m[0].length,
    }));
    if (!found.some((label) => label.kind)) return;
    used.add(i);
    found.forEach((label, j) => {
      let value = cleanText(line.slice(label.end, found[j + 1]?.start ?? line.length)).replace(/^[/–-]\s*/, '');
      const next = lines[i + 1];
      if (!value && j === found.length - 1 && next !== undefined && !STARTS_WITH_LABEL.test(next)) {
        value = cleanText(next);
        if (label.kind) used.add(i + 1);
      }
      if (label.kind && value && !(label.kind in parts)) parts[label.kind] = value;
    });
  });
  return { parts, used };
}

/** Labelled parts of a composite cell, keyed by the column kind their label names. */
export function parseLabelled(text: string): Partial<Record<ColumnKind, string>> {
  return readLabels(text).parts;
}
