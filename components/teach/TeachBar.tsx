import { tPage as t, type Locale } from '../../utils/i18n/page';
import type { DossierRecord } from '../../utils/portals/types';
import { REQUIRED_FIELDS, type TaughtField } from '../../utils/portals/taught/types';
import { formatVnDateTime, parseInstant } from '../../utils/time/vn-time';

/** What the officer's clicks read so far: the page's first rows and the count, or why not. */
export type TeachPreview = { ok: true; count: number; rows: DossierRecord[]; problems: string[] } | { ok: false; error: string };

export interface TeachBarProps {
  locale: Locale;
  /** The field the next click sets, or null once every field was offered. */
  step: TaughtField | null;
  chosen: readonly TaughtField[];
  preview: TeachPreview | null;
  saveError: string | null;
  onSkip: () => void;
  onFinish: () => void;
  onRestart: () => void;
  onCancel: () => void;
  onSave: () => void;
}

const PREVIEW_ROWS = 5;
const DATE_FIELDS = new Set<TaughtField>(['dueAt', 'receivedAt', 'stepDueAt']);

function cell(record: DossierRecord, field: TaughtField): string {
  const value = field === 'status' ? record.statusText : record[field];
  if (value === null) return '—';
  return DATE_FIELDS.has(field) ? formatVnDateTime(parseInstant(value)) : value;
}

/** The floating bar of teach mode (in its own shadow root; the page's clicks are held back meanwhile). */
export function TeachBar(props: TeachBarProps) {
  const { locale, step, chosen, preview } = props;
  const required = step !== null && REQUIRED_FIELDS.includes(step);
  const canFinish = REQUIRED_FIELDS.every((f) => chosen.includes(f));
  return (
    <section class="nh-teach" role="dialog" aria-label={t(locale, 'teach.bar')} lang={locale}>
      <header class="nh-teach-head">
        <strong>{t(locale, 'teach.bar')}</strong>
        {step && (
          <p class="nh-teach-step" aria-live="polite">
            {t(locale, `teach.step.${step}`)}
          </p>
        )}
        <span class="nh-teach-buttons">
          {step && !required && (
            <button type="button" onClick={props.onSkip}>
              {t(locale, 'teach.skip')}
            </button>
          )}
          {step && canFinish && (
            <button type="button" onClick={props.onFinish}>
              {t(locale, 'teach.finish')}
            </button>
          )}
          {chosen.length > 0 && (
            <button type="button" onClick={props.onRestart}>
              {t(locale, 'teach.restart')}
            </button>
          )}
          <button type="button" onClick={props.onCancel}>
            {t(locale, 'teach.cancel')}
          </button>
        </span>
      </header>
      {chosen.length > 0 && (
        <p class="nh-teach-chosen">{t(locale, 'teach.chosen', { fields: chosen.map((f) => t(locale, `teach.field.${f}`)).join(', ') })}</p>
      )}
      {preview && !preview.ok && (
        <p role="alert" class="nh-teach-error">
          {t(locale, 'teach.failed', { reason: preview.error })}
        </p>
      )}
      {preview?.ok && (
        <div class="nh-teach-preview">
          <p class="nh-teach-count">{t(locale, 'teach.count', { count: preview.count })}</p>
          <table>
            <thead>
              <tr>
                {chosen.map((f) => (
                  <th key={f}>{t(locale, `teach.field.${f}`)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {preview.rows.slice(0, PREVIEW_ROWS).map((r) => (
                <tr key={r.code}>
                  {chosen.map((f) => (
                    <td key={f}>{cell(r, f)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          {preview.count > PREVIEW_ROWS && <p class="nh-teach-more">{t(locale, 'teach.more', { count: preview.count - PREVIEW_ROWS })}</p>}
          {preview.problems.length > 0 && (
            <ul class="nh-teach-problems">
              {preview.problems.slice(0, 3).map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
          {step === null && (
            <button type="button" class="nh-teach-save" onClick={props.onSave}>
              {t(locale, 'teach.save')}
            </button>
          )}
          {props.saveError && (
            <p role="alert" class="nh-teach-error">
              {t(locale, 'teach.saveFailed', { reason: props.saveError })}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
