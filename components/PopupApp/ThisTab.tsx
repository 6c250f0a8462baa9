import { useEffect, useState } from 'preact/hooks';
import { t, type Locale } from '../../utils/i18n';
import { teachOffer, thisTabLine, type ThisTab as ThisTabState } from '../../utils/service/this-tab';
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
  /** "Chỉ cho Nhắc Hạn cách đọc trang này": teach mode in the tab; false when the tab did not answer. */
  onTeach: () => Promise<boolean>;
  /** "Chia sẻ cách đọc cổng này": saves the tab's taught portal as a file; its name, or null without one. */
  onShare: () => string | null;
}

/** "What Nhắc Hạn sees on this tab": the popup's first line. */
export function ThisTab({ locale, load, subscribe, enable, onGuide, onTeach, onShare }: ThisTabProps) {
  const [state, setState] = useState<ThisTabState | null>(null);
  const [busy, setBusy] = useState(false);
  const [denied, setDenied] = useState(false);
  const [note, setNote] = useState<{ text: string; error: boolean } | null>(null);
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
  const offer = teachOffer(state);
  /** The first offer is the line's main button; beside "share" teaching again is a link. */
  const teach = (again: boolean, main: boolean) => (
    <button
      type="button"
      class={`${main ? 'nh-tab-on' : 'nh-link'} ${again ? 'nh-teach-again' : 'nh-teach-start'}`}
      onClick={() => void onTeach().then((ok) => !ok && setNote({ text: t(locale, 'teach.sendFailed'), error: true }))}
    >
      {t(locale, again ? 'teach.again' : 'teach.start')}
    </button>
  );
  const share = () => {
    const file = onShare();
    if (file) setNote({ text: t(locale, 'teach.shared', { file }), error: false });
  };
  const guide = (
    <button type="button" class="nh-link" onClick={() => onGuide()}>
      {t(locale, 'popup.guide')}
    </button>
  );
  return (
    <section class="nh-tab" aria-label={t(locale, 'tab.label')} data-kind={state.kind} data-alarm={offer === 'again' ? '' : undefined}>
      <p class="nh-tab-line">
        <span class="nh-tab-text" role={offer === 'again' ? 'alert' : undefined}>
          {thisTabLine(state, locale)}
        </span>
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
      {offer && (
        <p class="nh-tab-more nh-tab-teach">
          {offer === 'teach' && state.kind === 'no-list' && <span>{t(locale, 'tab.teachHint')} </span>}
          {offer === 'share' && (
            <button type="button" class="nh-tab-on nh-teach-share" onClick={share}>
              {t(locale, 'teach.share')}
            </button>
          )}
          {teach(offer !== 'teach', offer !== 'share')}
        </p>
      )}
      {note && (
        <p class={`nh-tab-more${note.error ? ' nh-error' : ''}`} role={note.error ? 'alert' : 'status'}>
          {note.text}
        </p>
      )}
    </section>
  );
}
