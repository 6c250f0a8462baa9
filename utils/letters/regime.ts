/** Which legal regime governs a dossier's letter: by receipt date, unless the officer picks one. */
import type { DossierRecord } from '../portals/types';
import { atMinutes, formatVnDate, isValidDate, parseInstant, toLocalDate, type LocalDate } from '../time/vn-time';
import { ND118 } from './regimes/nd118';
import { ND61 } from './regimes/nd61';
import { REGIME_IDS, type RegimeId, type RegimeTemplate } from './types';

export const REGIMES: Record<RegimeId, RegimeTemplate> = { nd61: ND61, nd118: ND118 };

export type RegimeChoice = 'auto' | RegimeId;

export function isRegimeChoice(value: unknown): value is RegimeChoice {
  return value === 'auto' || (REGIME_IDS as readonly unknown[]).includes(value);
}

// The 6 digits after the office code are the receipt date YYMMDD (docs/domain.md §7).
const CODE_DATE_RE = /-(\d{2})(\d{2})(\d{2})-\d{4,6}\b/;

/** The dossier's receipt day: the portal's date, else the one embedded in its code. */
export function receiptDate(dossier: Pick<DossierRecord, 'receivedAt' | 'code'>): LocalDate | null {
  const at = dossier.receivedAt ? parseInstant(dossier.receivedAt) : NaN;
  if (!Number.isNaN(at)) return toLocalDate(at);
  const m = CODE_DATE_RE.exec(dossier.code);
  if (!m) return null;
  const [year, month, day] = [2000 + Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDate(year, month, day) ? `${year}-${m[2]}-${m[3]}` : null;
}

/** The regime in force on a day: the latest one whose start is on or before it (a table in any order). */
export function regimeOn(date: LocalDate, regimes: readonly RegimeTemplate[] = Object.values(REGIMES)): RegimeTemplate {
  const inForce = regimes
    .filter((r) => r.inForceFrom === null || r.inForceFrom <= date)
    .sort((a, b) => (a.inForceFrom ?? '').localeCompare(b.inForceFrom ?? ''));
  const latest = inForce.at(-1);
  if (!latest) throw new Error(`Không có chế độ pháp lý nào áp dụng cho ngày ${formatVnDate(atMinutes(date, 0))}`);
  return latest;
}

/** A manual choice wins; otherwise the receipt date decides, or the letter's date when none is known. */
export function pickRegime(
  dossier: Pick<DossierRecord, 'receivedAt' | 'code'>,
  issuedAt: number,
  choice: RegimeChoice = 'auto',
): RegimeTemplate {
  if (choice !== 'auto') return REGIMES[choice];
  return regimeOn(receiptDate(dossier) ?? toLocalDate(issuedAt));
}
