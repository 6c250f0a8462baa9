import { useState } from 'preact/hooks';
import { t, type Locale } from '../../utils/i18n';
import type { ImportMode, ImportReport } from '../../utils/service/records';
import { formatVnDateTime, parseInstant } from '../../utils/time/vn-time';
import { capped, type BackupCheck } from '../../utils/service/backup';

export interface DataPanelProps {
  locale: Locale;
  onExport: () => Promise<void>;
  check: (file: File) => Promise<BackupCheck>;
  apply: (data: unknown, mode: ImportMode) => Promise<ImportReport>;
  clear: () => Promise<void>;
  /** The data changed: reload the table and statistics. */
  onChanged: () => void;
}

type State =
  | { step: 'idle' }
  | { step: 'busy' }
  | { step: 'invalid'; errors: string[] }
  | { step: 'confirm-import'; check: Extract<BackupCheck, { ok: true }>; mode: ImportMode }
  | { step: 'imported'; report: ImportReport }
  | { step: 'confirm-clear' }
  | { step: 'cleared' }
  | { step: 'failed'; message: string };

/** Backup, restore and delete-all. Nothing is written before the officer confirms what the file holds. */
export function DataPanel({ locale, onExport, check, apply, clear, onChanged }: DataPanelProps) {
  const [state, setState] = useState<State>({ step: 'idle' });
  const fail = (e: unknown) => setState({ step: 'failed', message: e instanceof Error ? e.message : String(e) });
  const run = (work: () => Promise<State>) => {
    setState({ step: 'busy' });
    work().then(setState, fail);
  };

  const onFile = (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    run(async () => {
      const result = await check(file);
      return result.ok ? { step: 'confirm-import', check: result, mode: 'merge' } : { step: 'invalid', errors: result.errors };
    });
  };

  return (
    <section class="nh-data" aria-labelledby="nh-data-title">
      <h2 id="nh-data-title">{t(locale, 'dash.tab.data')}</h2>
      <p>{t(locale, 'dash.data.intro')}</p>
      <div class="nh-toolbar">
        <button type="button" data-action="export" onClick={() => void onExport().catch(fail)}>
          {t(locale, 'dash.data.export')}
        </button>
        <label class="nh-file">
          {t(locale, 'dash.data.import')}
          <input type="file" accept=".json,application/json" name="backup" onChange={onFile} />
        </label>
        <button type="button" class="nh-danger" data-action="clear" onClick={() => setState({ step: 'confirm-clear' })}>
          {t(locale, 'dash.data.clear')}
        </button>
      </div>

      <div role="status" aria-live="polite" class="nh-data-state">
        {state.step === 'busy' && <p>{t(locale, 'popup.loading')}</p>}
        {state.step === 'failed' && <p role="alert">{t(locale, 'popup.error', { message: state.message })}</p>}
        {state.step === 'invalid' && (
          <div role="alert" class="nh-invalid">
            <p>{t(locale, 'dash.data.invalid')}</p>
            <ul>
              {state.errors.map((err) => (
                <li key={err}>{err}</li>
              ))}
            </ul>
          </div>
        )}
        {state.step === 'confirm-import' && (
          <ImportConfirm
            state={state}
            locale={locale}
            onMode={(mode) => setState({ ...state, mode })}
            onCancel={() => setState({ step: 'idle' })}
            onConfirm={() =>
              run(async () => {
                const report = await apply(state.check.data, state.mode);
                onChanged();
                return { step: 'imported', report };
              })
            }
          />
        )}
        {state.step === 'imported' && <ImportResult report={state.report} locale={locale} />}
        {state.step === 'confirm-clear' && (
          <div class="nh-confirm">
            <p>{t(locale, 'dash.data.clearConfirm')}</p>
            <button
              type="button"
              class="nh-danger"
              data-action="confirm-clear"
              onClick={() =>
                run(async () => {
                  await clear();
                  onChanged();
                  return { step: 'cleared' };
                })
              }
            >
              {t(locale, 'dash.data.clearYes')}
            </button>
            <button type="button" onClick={() => setState({ step: 'idle' })}>
              {t(locale, 'dash.cancel')}
            </button>
          </div>
        )}
        {state.step === 'cleared' && <p>{t(locale, 'dash.data.cleared')}</p>}
      </div>
    </section>
  );
}

function ImportConfirm(props: {
  state: Extract<State, { step: 'confirm-import' }>;
  locale: Locale;
  onMode: (mode: ImportMode) => void;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  const { locale } = props;
  const { summary } = props.state.check;
  const exported = summary.exportedAt ? formatVnDateTime(parseInstant(summary.exportedAt)) : '—';
  return (
    <div class="nh-confirm" data-testid="import-confirm">
      <p>{t(locale, 'dash.data.fileHolds', { date: exported, dossiers: summary.dossiers, history: summary.history, letters: summary.letters })}</p>
      {summary.settings && <p>{t(locale, 'dash.data.fileSettings')}</p>}
      {summary.existing > 0 && <p>{t(locale, 'dash.data.existing', { count: summary.existing })}</p>}
      <Repairs problems={summary.problems} dropped={summary.dropped} locale={locale} />
      <fieldset>
        <legend>{t(locale, 'dash.data.mode')}</legend>
        {(['merge', 'replace'] as const).map((mode) => (
          <label key={mode}>
            <input type="radio" name="mode" value={mode} checked={props.state.mode === mode} onChange={() => props.onMode(mode)} />
            {t(locale, `dash.data.mode.${mode}`)}
          </label>
        ))}
      </fieldset>
      <button type="button" data-action="confirm-import" class={props.state.mode === 'replace' ? 'nh-danger' : undefined} onClick={props.onConfirm}>
        {t(locale, props.state.mode === 'replace' ? 'dash.data.confirmReplace' : 'dash.data.confirmMerge')}
      </button>
      <button type="button" onClick={props.onCancel}>
        {t(locale, 'dash.cancel')}
      </button>
    </div>
  );
}

function ImportResult({ report, locale }: { report: ImportReport; locale: Locale }) {
  return (
    <div data-testid="import-report">
      <p>
        {t(locale, 'dash.data.imported', {
          added: report.dossiers.added,
          merged: report.dossiers.merged,
          history: report.history.added,
          letters: report.letters.added,
        })}
      </p>
      <p>{t(locale, `dash.data.settings.${report.settings}`)}</p>
      <Repairs problems={capped(report.problems)} dropped={report.dropped} locale={locale} />
      {[...report.letters.conflicts, ...report.settingsErrors].length > 0 && (
        <ul class="nh-invalid">
          {[...report.letters.conflicts, ...report.settingsErrors].map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Rows of the file left out and texts cut: the officer sees what did not come in as it was. */
function Repairs({ problems, dropped, locale }: { problems: readonly string[]; dropped: number; locale: Locale }) {
  if (problems.length === 0) return null;
  return (
    <div class="nh-invalid" data-testid="import-problems">
      <p>{dropped > 0 ? t(locale, 'dash.data.dropped', { count: dropped }) : t(locale, 'dash.data.cut')}</p>
      <ul>
        {problems.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  );
}
