import { useId, useState } from 'preact/hooks';
import { t, type Locale } from '../../utils/i18n';
import type { DossierView } from '../../utils/service/views';

export type ChipAction = 'letter' | 'confirm' | 'open';

export interface ChipProps {
  view: DossierView;
  locale: Locale;
  onAction: (action: ChipAction, view: DossierView) => void;
}

/**
 * The countdown beside a portal row. Every scraped string is a Preact text node (never HTML);
 * the disclosure opens on click or Enter/Space and closes on Escape.
 */
export function Chip({ view, locale, onAction }: ChipProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const act = (action: ChipAction) => {
    setOpen(false);
    onAction(action, view);
  };
  return (
    <span class="nh-chip-wrap" onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
      <button
        type="button"
        class={`nh-chip nh-${view.level}`}
        data-level={view.level}
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={`${view.label}. ${t(locale, 'chip.details', { code: view.code })}`}
        title={view.details.join('\n')}
        onClick={() => setOpen(!open)}
      >
        {view.label}
      </button>
      {open && (
        <div class="nh-panel" id={panelId} role="group" aria-label={t(locale, 'chip.menu', { code: view.code })}>
          <ul class="nh-details">
            {view.details.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
          <div class="nh-menu">
            <button type="button" onClick={() => act('letter')}>
              {t(locale, 'action.letter')}
            </button>
            <button type="button" onClick={() => act('confirm')} disabled={view.confirmedOnSystem}>
              {t(locale, view.confirmedOnSystem ? 'action.confirmed' : 'action.confirm')}
            </button>
            <button type="button" onClick={() => act('open')}>
              {t(locale, 'action.open')}
            </button>
          </div>
        </div>
      )}
    </span>
  );
}
