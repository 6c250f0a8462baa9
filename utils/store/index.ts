export { openNhacHanDb, NhacHanDb, TRACKED_FIELDS } from './db';
export type { DossierKey, StoredDossier, OfficerFields, HistoryRow, LetterRow, Regime, TrackedField } from './db';
export { upsertSeen, getDossier, markConfirmed, setNote, setPinned, listDossiers, purgeClosed, CLOSED_STATUSES } from './dossiers';
export type { Coverage, SeenBatch, UpsertReport, PurgeReport } from './dossiers';
export { recordLetter, listLetters, ReappointmentError } from './letters';
export type { LetterInput } from './letters';
export { getSettings, saveSettings } from './settings';
export { exportAll, importAll, BACKUP_FORMAT } from './transfer';
export type { Backup, ImportMode, ImportReport } from './transfer';
