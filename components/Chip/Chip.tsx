import { useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { tPage as t, type Locale } from '../../utils/i18n/page';
import type { DossierView, ViewLevel } from '../../utils/service/views';

export type ChipAction = 'letter' | 'confirm' | 'unconfirm' | 'open';

export interface ChipProps {
  view: DossierView;
  locale: Locale;
  onAction: (action: ChipAction, view: DossierView) => void;
}

/** A shape per level, so overdue and due-today differ by more than colour (colour-blind officers). */
export const LEVEL_ICON: Record<ViewLevel, string> = {
  overdue: '▲',
  'letter-due': '✉',
  'due-today': '◷',
  near: '◔',
  ok: '○',
  'done-unconfirmed': '◐',
  unknown: '?',
  done: '✓',
};

/** The levels the legend explains, most urgent first. */
const LEGEND = ['overdue', 'letter-due', 'due-today', 'near', 'ok', 'done-unconfirmed', 'unknown'] as const satisfies readonly ViewLevel[];

/** Where the panel goes when it opens: beside the chip (never over the chip of the next row), flipped to stay on screen. */
function placement(panel: HTMLElement): string {
  // Measured where it would open by default: beside the chip, downwards.
  panel.classList.remove('nh-up', 'nh-left');
  const r = panel.getBoundingClientRect();
  const classes: string[] = [];
  if (r.bottom > innerHeight && r.top - (r.bottom - innerHeight) >= 0) classes.push('nh-up');
  if (r.right > innerWidth) classes.push('nh-left');
  // Put back at once: Preact re-renders the class only when the state changes.
  panel.classList.add(...classes);
  return classes.join(' ');
}

/**
 * The countdown beside a portal row. Every scraped string is a Preact text node (never HTML);
 * the disclosure opens on click or Enter/Space and closes on Escape or a click elsewhere.
 */
export function Chip({ view, locale, onAction }: ChipProps) {
  const [open, setOpen] = useState(false);
  const [place, setPlace] = useState('');
  const panelId = useId();
  const wrap = useRef<HTMLSpanElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const act = (action: ChipAction) => {
    setOpen(false);
    onAction(action, view);
  };

  useLayoutEffect(() => {
    if (!open) return setPlace('');
    if (panel.current) setPlace(placement(panel.current));
  }, [open]);

  // A layout effect, so a key pressed right after the click that opened it already closes it.
  useLayoutEffect(() => {
    if (!open) return;
    // Capture phase: the chip host stops these events from bubbling into the portal's page.
    const outside = (e: Event) => {
      if (wrap.current && !e.composedPath().includes(wrap.current)) setOpen(false);
    };
    const escape = (e: KeyboardEvent) => e.key === 'Escape' && setOpen(false);
    addEventListener('pointerdown', outside, true);
    addEventListener('keydown', escape, true);
    return () => {
      removeEventListener('pointerdown', outside, true);
      removeEventListener('keydown', escape, true);
    };
  }, [open]);

  const unconfirmed = view.level === 'done-unconfirmed';
  return (
    <span class="nh-chip-wrap" ref={wrap}>
      <button
        type="button"
        class={`nh-chip nh-${view.level}`}
        data-level={view.level}
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={`${view.label}. ${t(locale, 'chip.details', { code: view.code })}`}
        title={view.details.join('\n')}
        data-icon={LEVEL_ICON[view.level]}
        onClick={() => setOpen(!open)}
      >
        {view.label}
      </button>
      {open && (
        <div ref={panel} class={`nh-panel ${place}`} id={panelId} role="group" aria-label={t(locale, 'chip.menu', { code: view.code })}>
          <ul class="nh-details">
            {view.details.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
          <div class="nh-menu">
            <button type="button" onClick={() => act('letter')}>
              {t(locale, 'action.letter')}
            </button>
            {unconfirmed && (
              <button type="button" title={t(locale, 'action.confirmWhy')} onClick={() => act('confirm')}>
                {t(locale, 'action.confirm')}
              </button>
            )}
            {view.confirmedOnSystem && (
              <button type="button" onClick={() => act('unconfirm')}>
                {t(locale, 'action.unconfirm')}
              </button>
            )}
            <button type="button" onClick={() => act('open')}>
              {t(locale, 'action.open')}
            </button>
          </div>
          {unconfirmed && <p class="nh-why">{t(locale, 'action.confirmWhy')}</p>}
          <details class="nh-legend" onToggle={() => panel.current && setPlace(placement(panel.current))}>
            <summary>{t(locale, 'legend.title')}</summary>
            <Legend locale={locale} />
          </details>
        </div>
      )}
    </span>
  );
}

/** Icon, colour and meaning of each level: in the chip's menu, the popup and the welcome page. */
export function Legend({ locale }: { locale: Locale }) {
  return (
    <ul class="nh-legend-list">
      {LEGEND.map((level) => (
        <li key={level}>
          <span class={`nh-chip nh-${level}`} data-level={level} data-icon={LEVEL_ICON[level]}>
            {t(locale, `level.${level}`)}
          </span>{' '}
          {t(locale, `legend.${level}`)}
        </li>
      ))}
    </ul>
  );
}
