/**
 * The extension's one IndexedDB database (extension origin only: content scripts message the
 * background instead of opening it). Versions are appended, never edited in place: a user's
 * database may still be at any earlier version.
 */
import { Dexie, type Table } from 'dexie';
import { guessDateOnly } from '../portals/precision';
import type { DossierRecord } from '../portals/types';

export type DossierKey = [portal: string, code: string];

/** What the officer adds to a dossier; a re-read of the portal never overwrites these. */
export interface OfficerFields {
  note: string;
  pinned: boolean;
  letterSent: boolean;
  /** Finished and confirmed on the portal's software (seed 003: false "late" records otherwise). */
  confirmedOnSystem: boolean;
  /** New appointment set by an apology letter; chips and badge use it instead of `dueAt`. */
  appointmentOverride: string | null;
}

export interface StoredDossier extends DossierRecord, OfficerFields {
  firstSeenAt: string;
  lastSeenAt: string;
  /** Set when a complete list of the portal no longer shows the dossier. */
  unseenSince: string | null;
  /** When the dossier was first seen in a closed status (done, returned, rejected, withdrawn). */
  closedAt: string | null;
  /**
   * The list it was last seen on (`listKey` of the page), so a complete list marks unseen only its
   * own dossiers, not those of another tab of the portal or of another generic portal. Null for
   * rows stored before v3: any complete list of their portal may mark them.
   */
  seenOnList: string | null;
}

export const TRACKED_FIELDS = ['status', 'dueAt', 'stepDueAt', 'handler'] as const;
export type TrackedField = (typeof TRACKED_FIELDS)[number];

export interface HistoryRow {
  id?: number;
  portal: string;
  code: string;
  field: TrackedField;
  from: string | null;
  to: string | null;
  /** When the change was seen (not when it happened on the portal). */
  at: string;
}

export type Regime = 'nd61' | 'nd118';

export interface LetterRow {
  id?: number;
  portal: string;
  code: string;
  year: number;
  number: number;
  /** `12/PXL` */
  numberText: string;
  regime: Regime;
  reason: string;
  originalDueAt: string;
  newDueAt: string;
  issuedAt: string;
  issuedBy: string;
  /** Issued later than one working day before the original appointment (NĐ 61 Điều 19.9). */
  late: boolean;
  body?: string;
}

/**
 * Which part of a list was last seen (`listKey` of the page), so the officer is told which counts
 * cover only the rows on screen ("20 of 143 rows, page 2 of 7"). Null: the page did not say.
 */
export interface ListRow {
  list: string;
  portal: string;
  page: number | null;
  pageCount: number | null;
  rowsSeen: number;
  totalRows: number | null;
  complete: boolean;
  seenAt: string;
}

export interface KeyValueRow {
  key: string;
  value: unknown;
}

export class NhacHanDb extends Dexie {
  dossiers!: Table<StoredDossier, DossierKey>;
  history!: Table<HistoryRow, number>;
  letters!: Table<LetterRow, number>;
  settings!: Table<KeyValueRow, string>;
  lists!: Table<ListRow, string>;

  constructor(name: string) {
    super(name);
    // v1, first release: dossiers, their change history, settings.
    this.version(1).stores({
      dossiers: '[portal+code], status, dueAt, lastSeenAt, unseenSince',
      history: '++id, [portal+code], at',
      settings: 'key',
    });
    // v2: apology letters (numbered per year), and the officer's re-appointment and confirmation flags.
    this.version(2)
      .stores({
        letters: '++id, [portal+code], &[year+number]',
      })
      .upgrade((tx) =>
        tx
          .table('dossiers')
          .toCollection()
          .modify((d: Partial<OfficerFields>) => {
            d.confirmedOnSystem ??= false;
            d.appointmentOverride ??= null;
          }),
      );
    // v3: the list a dossier was last seen on (no index: read only within one portal's rows).
    this.version(3)
      .stores({})
      .upgrade((tx) =>
        tx
          .table('dossiers')
          .toCollection()
          .modify((d: Partial<StoredDossier>) => {
            d.seenOnList ??= null;
          }),
      );
    // v4: how much of each list was seen (indexed by time for the recent ones and the purge).
    this.version(4).stores({
      lists: 'list, seenAt',
    });
    // v5: which dates the portal showed without a time (utils/portals/precision.ts).
    this.version(5)
      .stores({})
      .upgrade((tx) =>
        tx
          .table('dossiers')
          .toCollection()
          .modify((d: StoredDossier) => {
            d.dateOnly ??= guessDateOnly(d);
          }),
      );
  }
}

export function openNhacHanDb(name = 'nhac-han'): NhacHanDb {
  return new NhacHanDb(name);
}
