import { t, type Locale, type MessageKey } from '../../utils/i18n';
import type { HistoryRow, LetterRow, TrackedField } from '../../utils/service/records';
import { formatVnDateTime, parseInstant } from '../../utils/time/vn-time';
import type { TableRow } from './table-model';

const dateTime = (iso: string | null) => (iso === null ? '—' : formatVnDateTime(parseInstant(iso)));
const ISO_RE = /^\d{4}-\d{2}-\d{2}T/;

const FIELD_LABEL: Record<TrackedField, MessageKey> = {
  status: 'dash.col.status',
  dueAt: 'dash.col.dueAt',
  stepDueAt: 'dash.col.stepDueAt',
  handler: 'dash.col.handler',
};

/** History values are raw: instants get the dd/MM/yyyy HH:mm form, the rest is shown as text. */
const historyValue = (v: string | null) => (v === null ? '—' : ISO_RE.test(v) ? dateTime(v) : v);

export interface DossierDetailsProps {
  row: TableRow;
  history: readonly Omit<HistoryRow, 'id'>[];
  letters: readonly Omit<LetterRow, 'id'>[];
  locale: Locale;
  onClose: () => void;
}

export function DossierDetails({ row, history, letters, locale, onClose }: DossierDetailsProps) {
  const d = row.dossier;
  return (
    <aside class="nh-details" aria-label={t(locale, 'dash.details.title', { code: d.code })}>
      <header>
        <h2>{d.code}</h2>
        <button type="button" onClick={onClose} aria-label={t(locale, 'dash.details.close')}>
          ×
        </button>
      </header>
      <ul class="nh-lines">
        {row.view.details.map((line) => (
          <li key={line}>{line}</li>
        ))}
        {d.applicant && <li>{t(locale, 'dash.details.applicant', { name: d.applicant })}</li>}
        {d.procedure && <li>{t(locale, 'dash.details.procedure', { name: d.procedure })}</li>}
        <li>{t(locale, 'dash.details.seen', { first: dateTime(d.firstSeenAt), last: dateTime(d.lastSeenAt) })}</li>
        {d.note && <li>{t(locale, 'dash.details.note', { note: d.note })}</li>}
      </ul>
      {/^https?:\/\//.test(d.url) && (
      <p>
        <a href={d.url} target="_blank" rel="noopener noreferrer">
          {t(locale, 'action.open')}
        </a>
      </p>
      )}

      <h3>{t(locale, 'dash.details.history')}</h3>
      {history.length === 0 ? (
        <p>{t(locale, 'dash.details.noHistory')}</p>
      ) : (
        <table class="nh-mini">
          <thead>
            <tr>
              <th scope="col">{t(locale, 'dash.details.when')}</th>
              <th scope="col">{t(locale, 'dash.details.field')}</th>
              <th scope="col">{t(locale, 'dash.details.change')}</th>
            </tr>
          </thead>
          <tbody>
            {[...history].sort((a, b) => a.at.localeCompare(b.at)).map((h, i) => (
              <tr key={i}>
                <td>{dateTime(h.at)}</td>
                <td>{t(locale, FIELD_LABEL[h.field])}</td>
                <td>
                  {historyValue(h.from)} → {historyValue(h.to)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h3>{t(locale, 'dash.details.letters')}</h3>
      {letters.length === 0 ? (
        <p>{t(locale, 'dash.details.noLetters')}</p>
      ) : (
        <ul class="nh-lines">
          {letters.map((l) => (
            <li key={l.numberText}>
              {t(locale, 'dash.details.letter', {
                number: l.numberText,
                date: dateTime(l.issuedAt),
                newDate: dateTime(l.newDueAt),
                reason: l.reason,
              })}
              {l.late && ` ${t(locale, 'dash.details.letterLate')}`}
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}
