import { ExportButtons, type Download } from '../dashboard/ExportButtons';
import { registerSheet } from '../dashboard/exports';
import { t, type Locale } from '../../utils/i18n';
import { formatVnDate, formatVnDateTime, parseInstant } from '../../utils/time/vn-time';

/** One issued letter as the register lists it (the store's letter row plus the applicant). */
export interface RegisterEntry {
  portal: string;
  code: string;
  year: number;
  number: number;
  numberText: string;
  issuedAt: string;
  applicant: string | null;
  reason: string;
  newDueAt: string;
  late: boolean;
}

export interface LetterRegisterProps {
  entries: readonly RegisterEntry[];
  year: number;
  locale: Locale;
  /** Link to the letter of an entry (read-only, re-printable). */
  letterUrl: (entry: RegisterEntry) => string;
  /** Saves the register as CSV or Excel. */
  download: Download;
  /** Where dossier lists are read from, for the empty register's next step. */
  dashboardUrl?: string;
}

const COLUMNS = ['number', 'issued', 'code', 'applicant', 'reason', 'newDate', 'late'] as const;

/** Sổ theo dõi: the letters of one year in number order. Props only: no storage. */
export function LetterRegister({ entries, year, locale, letterUrl, download, dashboardUrl }: LetterRegisterProps) {
  const rows = entries.filter((e) => e.year === year).sort((a, b) => a.number - b.number);
  return (
    <section class="nh-register" aria-labelledby="nh-register-title">
      <h1 id="nh-register-title">{t(locale, 'letter.register', { year })}</h1>
      {rows.length === 0 ? (
        <div class="nh-empty" data-testid="register-empty">
          <p>{t(locale, 'letter.registerEmpty', { year })}</p>
          <p>
            {t(locale, 'letter.registerEmptyNext')}
            {dashboardUrl && (
              <>
                {' '}
                <a href={dashboardUrl}>{t(locale, 'nav.dashboard')}</a>
              </>
            )}
          </p>
        </div>
      ) : (
        <>
        <div class="nh-toolbar nh-no-print">
          <button type="button" onClick={() => print()}>
            {t(locale, 'letter.registerPrint')}
          </button>
          <ExportButtons tables={() => registerSheet(entries, year, locale)} name={`nhac-han-so-thu-xin-loi-${year}`} sheet={t(locale, 'letter.register', { year })} locale={locale} download={download} />
        </div>
        <table>
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th key={c} scope="col">
                  {t(locale, `letter.col.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((e) => (
              <tr key={e.numberText} data-code={e.code} class={e.late ? 'nh-late' : undefined}>
                <td>
                  <a href={letterUrl(e)}>{e.numberText}</a>
                </td>
                <td class="nh-nowrap">{formatVnDate(parseInstant(e.issuedAt))}</td>
                <td class="nh-nowrap">{e.code}</td>
                <td>{e.applicant ?? ''}</td>
                <td>{e.reason}</td>
                <td class="nh-nowrap">{formatVnDateTime(parseInstant(e.newDueAt))}</td>
                <td>{e.late ? t(locale, 'letter.yes') : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
        </>
      )}
    </section>
  );
}
