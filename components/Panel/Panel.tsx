import { useState } from 'preact/hooks';
import type { BadgeState } from '../../utils/service/badge-state';
import type { Locale } from '../../utils/i18n';
import { PopupApp, type PopupAppProps } from '../PopupApp';
import { PANEL_LABELS } from './labels';

export interface PanelProps extends PopupAppProps {
  locale: Locale;
  /** The same count and colour as the extension's toolbar badge. */
  badge: BadgeState | null;
}

/**
 * The userscript's stand-in for the toolbar button and popup: a floating button with the count,
 * opening the popup's own list (urgency groups, search, actions). The list is loaded each time
 * the panel opens, so it shows what the last scan stored.
 */
export function Panel({ locale, badge, ...popup }: PanelProps) {
  const [open, setOpen] = useState(false);
  const labels = PANEL_LABELS[locale];
  const count = badge?.count ?? 0;
  return (
    <aside class="nh-dock" aria-label={labels.region} data-open={open}>
      {open && (
        <div class="nh-dock-body">
          <PopupApp {...popup} />
        </div>
      )}
      <button
        type="button"
        class="nh-dock-toggle"
        aria-expanded={open}
        title={badge?.title}
        style={count > 0 && badge ? { background: badge.color } : undefined}
        onClick={() => setOpen(!open)}
      >
        {open ? labels.collapse : labels.toggle(count)}
      </button>
    </aside>
  );
}
