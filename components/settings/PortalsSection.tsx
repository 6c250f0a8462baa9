import { useState } from 'preact/hooks';
import { t, type Locale } from '../../utils/i18n';
import { toOrigin } from './draft';

export interface PortalsSectionProps {
  builtIn: readonly string[];
  extraOrigins: readonly string[];
  /**
   * Asks the browser for access and registers the content script. Called synchronously from the
   * click: the permission prompt needs the user's gesture, which an earlier `await` would lose.
   */
  grant: (origin: string) => Promise<boolean>;
  revoke: (origin: string) => Promise<void>;
  locale: Locale;
}

export function PortalsSection({ builtIn, extraOrigins, grant, revoke, locale }: PortalsSectionProps) {
  const [input, setInput] = useState('');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const report = (text: string, error = false) => setMessage({ text, error });

  const add = () => {
    const origin = toOrigin(input);
    if (origin === null) return report(t(locale, 'opt.portal.invalid', { input }), true);
    if (extraOrigins.includes(origin)) return report(t(locale, 'opt.portal.already', { origin }));
    grant(origin).then(
      (granted) => {
        if (granted) setInput('');
        report(t(locale, granted ? 'opt.portal.added' : 'opt.portal.denied', { origin }), !granted);
      },
      (e: unknown) => report(t(locale, 'popup.error', { message: e instanceof Error ? e.message : String(e) }), true),
    );
  };

  return (
    <div class="nh-portals">
      <h3>{t(locale, 'opt.portal.builtIn')}</h3>
      <ul class="nh-lines">
        {builtIn.map((p) => (
          <li key={p} class="nh-mono">
            {p}
          </li>
        ))}
      </ul>
      <h3>{t(locale, 'opt.portal.extra')}</h3>
      {extraOrigins.length === 0 ? (
        <p>{t(locale, 'opt.portal.none')}</p>
      ) : (
        <ul class="nh-lines" data-testid="extra-origins">
          {extraOrigins.map((o) => (
            <li key={o}>
              <span class="nh-mono">{o}</span>{' '}
              <button type="button" onClick={() => void revoke(o).then(() => report(t(locale, 'opt.portal.removed', { origin: o })))}>
                {t(locale, 'opt.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div class="nh-row-inline">
        <label class="nh-grow">
          {t(locale, 'opt.portal.address')}
          <input
            type="url"
            name="portal-origin"
            placeholder="https://motcua.example.gov.vn"
            value={input}
            onInput={(e) => setInput((e.currentTarget as HTMLInputElement).value)}
          />
        </label>
        <button type="button" onClick={add}>
          {t(locale, 'opt.portal.add')}
        </button>
      </div>
      <p class="nh-note">{t(locale, 'opt.portal.why')}</p>
      {message && (
        <p role={message.error ? 'alert' : 'status'} class={message.error ? 'nh-error' : undefined}>
          {message.text}
        </p>
      )}
    </div>
  );
}
