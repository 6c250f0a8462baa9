/**
 * The stored rows as the screens see them. Components import these from the service, never from
 * the store: when the schema changes, this file maps the new rows to what the screens read, and no
 * component changes. Today the shapes are the store's own.
 */
export type {
  StoredDossier,
  HistoryRow,
  LetterRow,
  ListRow,
  TrackedField,
  DossierKey,
  ImportMode,
  ImportReport,
} from '../store';
