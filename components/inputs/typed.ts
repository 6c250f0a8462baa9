/**
 * Dates and times as officers type them, whatever the browser's language: dd/MM/yyyy and 24 h
 * HH:mm. `<input type=date|time>` renders in the browser's locale (MM/dd/yyyy, 12 h AM/PM on an
 * English Windows), so these fields are text with their own reading.
 */

/** "05/02/2026", "5/2/2026", "05-02-2026", "05.02.2026" or ISO "2026-02-05" → "2026-02-05"; null if not a real date. */
export function readDate(text: string): string | null {
  const s = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : vn ? [vn[3], vn[2], vn[1]] : [];
  if (!y || !m || !d) return null;
  const [year, month, day] = [Number(y), Number(m), Number(d)];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** "2026-02-05" → "05/02/2026" ("" stays ""). */
export function showDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** "7:30", "07:30", "0730", "17h30", "17 giờ" → "07:30"/"17:30"/"17:00"; null if not a 24 h time. */
export function readTime(text: string): string | null {
  const s = text.trim().toLowerCase();
  const m = /^(\d{1,2})(?:[:h.]\s*(\d{2})|(\d{2}))?\s*(?:h|giờ)?$/.exec(s);
  if (!m) return null;
  const hour = Number(m[1]);
  const minute = Number(m[2] ?? m[3] ?? '0');
  if (hour > 23 || minute > 59) return null;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}
