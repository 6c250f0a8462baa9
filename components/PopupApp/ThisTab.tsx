import { useEffect, useState } from 'preact/hooks';
import { t, type Locale } from '../../utils/i18n';
import { thisTabLine, type ThisTab as ThisTabState } from '../../utils/service/this-tab';
import './this-tab.css';

export interface ThisTabProps {
  locale: Locale;
  /** What the active tab shows now; called again whenever `subscribe` says it changed. */
  load: () => Promise<ThisTabState>;
  subscribe: (changed: () => void) => () => void;
  /**
   * "Bật": must ask for the permission synchronously (it is called straight from the click);
   * resolves false when the officer refused.
   */
  enable: (origin: string) => Promise<boolean>;
  /** The welcome page, at a section (`#cot-ngay-hen`) or its top. */
  onGuide: (section?: string) => void;
}

/** "What Nhắc Hạn sees on this tab": the popup's first line. */
export function ThisTab({ locale, load, subscribe, enable, onGuide }: ThisTabProps) {
  const [state, setState] = useState<ThisTabState | null>(null);
  const [busy, setBusy] = useState(false);
  const [denied, setDenied] = useState(false);
  useEffect(() => {
    const reload = () => void load().then(setState, () => setState({ kind: 'none' }));
    reload();
    return subscribe(reload);
  }, []);

  const turnOn = (origin: string) => {
    // No await before this call: the permission prompt needs the click's user gesture.
    const asked = enable(origin);
    setBusy(true);
    setDenied(false);
    void asked
      .then((granted) => {
        setDenied(!granted);
        return load().then(setState);
      })
      .catch(() => setDenied(true))
      .finally(() => setBusy(false));
  };

  if (!state) return null;
  const guide = (
    <button type="button" class="nh-link" onClick={() => onGuide()}>
      {t(locale, 'popup.guide')}
    </button>
  );
  return (
    <section class="nh-tab" aria-label={t(locale, 'tab.label')} data-kind={state.kind}>
      <p class="nh-tab-line">
        <span class="nh-tab-text">{thisTabLine(state, locale)}</span>
        {state.kind === 'off' && (
          <button type="button" class="nh-tab-on" disabled={busy} title={t(locale, 'tab.enable')} onClick={() => turnOn(state.origin)}>
            {t(locale, busy ? 'tab.enabling' : 'tab.enableShort')}
          </button>
        )}
        {guide}
      </p>
      {state.kind === 'off' && <p class="nh-tab-more">{t(locale, 'tab.enable')}: {new URL(state.origin).host}</p>}
      {denied && (
        <p class="nh-tab-more" role="alert">
          {t(locale, 'tab.denied')}
        </p>
      )}
      {state.kind === 'list' && state.report.dueMissing && (
        <p class="nh-tab-more">
          {t(locale, 'tab.dueMissingHelp')}{' '}
          <button type="button" class="nh-link" onClick={() => onGuide('#cot-ngay-hen')}>
            {t(locale, 'tab.help')}
          </button>
        </p>
      )}
    </section>
  );
}
