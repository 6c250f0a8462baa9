/** The apology-letter register: numbering per year and the single re-appointment rule. */
import { Dexie } from 'dexie';
import { parseInstant, vnParts, formatVnDate } from '../time/vn-time';
import type { DossierKey, LetterRow, NhacHanDb } from './db';
import { readStoredSettings } from './settings';

export type LetterInput = Omit<LetterRow, 'id' | 'year' | 'number' | 'numberText' | 'originalDueAt'>;

export class ReappointmentError extends Error {
  override name = 'ReappointmentError';
}

/**
 * Records an issued letter: assigns the next number of the issuing year (atomically, so two
 * pages issuing at once get different numbers), and sets the dossier's new appointment.
 * The appointment can be moved only once (NĐ 61/2018 Điều 19 khoản 9; kept by NĐ 118/2025).
 */
export async function recordLetter(db: NhacHanDb, input: LetterInput): Promise<LetterRow> {
  const key: DossierKey = [input.portal, input.code];
  const year = vnParts(parseInstant(input.issuedAt)).year;
  return db.transaction('rw', db.dossiers, db.letters, db.settings, async () => {
    const dossier = await db.dossiers.get(key);
    if (!dossier) throw new Error(`Không tìm thấy hồ sơ ${input.code} (cổng ${input.portal})`);
    const previous = await db.letters.where('[portal+code]').equals(key).first();
    if (previous || dossier.appointmentOverride !== null) {
      const detail = previous
        ? `thư số ${previous.numberText} ngày ${formatVnDate(parseInstant(previous.issuedAt))}`
        : `ngày hẹn mới ${formatVnDate(parseInstant(dossier.appointmentOverride!))}`;
      throw new ReappointmentError(
        `Hồ sơ ${input.code} đã được hẹn lại một lần (${detail}). Theo Nghị định 61/2018/NĐ-CP Điều 19 khoản 9 ` +
          `(và Nghị định 118/2025/NĐ-CP), ngày hẹn trả chỉ được điều chỉnh một lần.`,
      );
    }
    if (!dossier.dueAt) throw new Error(`Hồ sơ ${input.code} chưa có ngày hẹn trả nên không thể hẹn lại`);
    if (parseInstant(input.newDueAt) <= parseInstant(dossier.dueAt)) {
      throw new Error(`Ngày hẹn mới phải sau ngày hẹn trả ${formatVnDate(parseInstant(dossier.dueAt))}`);
    }
    const last = await db.letters.where('[year+number]').between([year, Dexie.minKey], [year, Dexie.maxKey]).last();
    const number = (last?.number ?? 0) + 1;
    const suffix = readStoredSettings(await db.settings.get('main')).value.letter.profile.numberSuffix;
    const row: LetterRow = {
      ...input,
      year,
      number,
      numberText: suffix ? `${number}/${suffix}` : String(number),
      originalDueAt: dossier.dueAt,
    };
    row.id = await db.letters.add(row);
    await db.dossiers.update(key, { appointmentOverride: input.newDueAt, letterSent: true });
    return row;
  });
}

/** The register, oldest first: every letter, or one issuing year's. */
export function listLetters(db: NhacHanDb, year?: number): Promise<LetterRow[]> {
  if (year === undefined) return db.letters.orderBy('[year+number]').toArray();
  return db.letters.where('[year+number]').between([year, Dexie.minKey], [year, Dexie.maxKey]).toArray();
}
