import { useEffect, useState } from 'preact/hooks';
import { compareViews, dossierView, type DossierView } from '../../utils/service/views';
import { t } from '../../utils/i18n';
import { formatVnDate, formatVnDateTime, parseInstant } from '../../utils/time/vn-time';
import { groupOf, type PopupGroup } from '../../utils/service/popup-groups';
import type { DashboardData } from './DashboardApp';

/** The groups today's paper lists, in the popup's order: what must be done today, then the overdue. */
const TODAY: readonly PopupGroup[] = ['letter-due', 'due-today', 'overdue'];

/**
 * Today's work on one A4 sheet for the desk or the head of unit: unit, date, the dossiers that
 * need an apology letter or are due today, those overdue, and lines to sign. Overdue dossiers
 * not seen on any list for days are left to the screen (most are finished on the portal).
 */
export function TodaySheet({ load }: { load: () => Promise<DashboardData> }) {
  const [data, setData] = useState<DashboardData | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => void load().then(setData, (e: unknown) => setError(e instanceof Error ? e.message : String(e))), []);
  const locale = data?.settings.locale ?? 'vi';
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t(locale, 'today.title', { date: data ? formatVnDate(data.now) : '' });
  }, [data, locale]);
  if (error) return <p role="alert">{t(locale, 'popup.error', { message: error })}</p>;
  if (!data) return <p>{t(locale, 'popup.loading')}</p>;

  const { profile } = data.settings.letter;
  const views = data.dossiers.map((d) => dossierView(d, data.now, data.settings.rules, locale)).sort(compareViews);
  const groups = TODAY.map((g) => [g, views.filter((v) => groupOf(v, data.now) === g)] as const);
  const unit = [profile.parentBody, profile.agency].map((s) => s.trim()).filter(Boolean);
  let n = 0;
  return (
    <main class="nh-today">
      <div class="nh-no-print nh-today-actions">
        <button type="button" onClick={() => print()}>
          {t(locale, 'today.print')}
        </button>
      </div>
      <header class="nh-today-head">
        <div class="nh-today-unit" data-testid="today-unit">
          {unit.length > 0 ? unit.map((line, i) => <div key={i} class={i === unit.length - 1 ? 'nh-today-agency' : undefined}>{line.toLocaleUpperCase('vi')}</div>) : <div>{t(locale, 'today.noUnit')}</div>}
        </div>
        <h1>{t(locale, 'today.title', { date: formatVnDate(data.now) })}</h1>
        <p class="nh-today-when">{t(locale, 'today.printed', { at: formatVnDateTime(data.now) })}</p>
      </header>
      {groups.every(([, list]) => list.length === 0) && <p data-testid="today-empty">{t(locale, 'today.empty')}</p>}
      {groups.map(([group, list]) =>
        list.length === 0 ? null : (
          <section key={group} data-group={group}>
            <h2>
              {t(locale, `popup.group.${group}`)} ({list.length})
            </h2>
            <table>
              <thead>
                <tr>
                  {(['today.col.n', 'dash.col.code', 'dash.col.applicant', 'dash.col.procedure', 'dash.col.dueAt', 'dash.col.level', 'today.col.done'] as const).map((k) => (
                    <th key={k} scope="col">
                      {t(locale, k)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {list.map((v: DossierView) => (
                  <tr key={v.key} data-code={v.code}>
                    <td>{++n}</td>
                    <td class="nh-mono">{v.code}</td>
                    <td>{v.applicant ?? ''}</td>
                    <td>{v.procedure ?? ''}</td>
                    <td>{v.appointment.deadline ? formatVnDateTime(parseInstant(v.appointment.deadline)) : ''}</td>
                    <td>{v.label}</td>
                    <td />
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ),
      )}
      <footer class="nh-today-sign" data-testid="today-sign">
        <div>
          <b>{t(locale, 'today.sign.maker')}</b>
          <i>{t(locale, 'today.sign.hint')}</i>
        </div>
        <div>
          <b>{t(locale, 'today.sign.head')}</b>
          <i>{t(locale, 'today.sign.hint')}</i>
        </div>
      </footer>
    </main>
  );
}
