import { coverageLine } from '../../utils/service/coverage';
import { t, type Locale } from '../../utils/i18n';
import type { ListRow } from '../../utils/service/records';

/** Beyond this many lines the note folds into one summary the officer can open. */
const MAX_OPEN_LINES = 3;

/** One line per list read only in part: the counts below cover only its rows seen. */
export function CoverageNote({ lists, locale }: { lists: readonly ListRow[]; locale: Locale }) {
  if (lists.length === 0) return null;
  const lines = (
    <ul class="nh-coverage-lines">
      {lists.map((l) => (
        <li key={l.list}>{coverageLine(l, locale)}</li>
      ))}
    </ul>
  );
  return (
    <section class="nh-coverage" aria-label={t(locale, 'coverage.label')}>
      {lists.length > MAX_OPEN_LINES ? (
        <details>
          <summary>{t(locale, 'coverage.summary', { count: lists.length })}</summary>
          {lines}
        </details>
      ) : (
        lines
      )}
    </section>
  );
}
