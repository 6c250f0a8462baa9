import { useState } from 'preact/hooks';
import { t, type Locale } from '../../utils/i18n';
import { teachOffer, type TabReading } from '../../utils/portals/taught/tab';
import './entry.css';

export interface TeachEntryProps {
  /** What the current portal tab reads; null when the tab is not a portal page Nhắc Hạn runs on. */
  reading: TabReading | null;
  locale: Locale;
  /** Starts teach mode in the tab; false when the tab did not answer. */
  onTeach: () => Promise<boolean>;
  /** Saves the tab's taught portal as a file; its name. Absent when the tab has none. */
  onShare?: () => string;
}

/**
 * The popup's line about teaching the current tab: offered when nothing is read there (or rows
 * come without appointment dates), said loudly when a taught portal no longer matches, and with
 * "share" once it works.
 */
export function TeachEntry({ reading, locale, onTeach, onShare }: TeachEntryProps) {
  const [note, setNote] = useState<{ text: string; error: boolean } | null>(null);
  if (!reading) return null;
  const offer = teachOffer(reading);
  if (offer === 'none') return null;
  const teach = (again: boolean) => (
    <button
      type="button"
      class={again ? 'nh-teach-again' : 'nh-teach-start'}
      onClick={() => void onTeach().then((ok) => !ok && setNote({ text: t(locale, 'teach.sendFailed'), error: true }))}
    >
      {t(locale, again ? 'teach.again' : 'teach.start')}
    </button>
  );
  const label = reading.taught?.label ?? '';
  const text =
    offer === 'changed'
      ? t(locale, 'teach.changed', { label })
      : offer === 'dates'
        ? t(locale, 'teach.dates', { count: reading.taught?.state === 'dates' ? reading.taught.codes.length : 0 })
        : offer === 'taught'
          ? t(locale, 'teach.works', { count: reading.rows })
          : reading.rows > 0
            ? t(locale, 'teach.offerMissing', { count: reading.rows })
            : t(locale, 'teach.offer');
  const alarm = offer === 'changed' || offer === 'dates';
  return (
    <section class={`nh-teach-entry${alarm ? ' nh-teach-alarm' : ''}`} aria-label={t(locale, 'teach.bar')}>
      <p role={alarm ? 'alert' : undefined}>{text}</p>
      <div class="nh-teach-entry-buttons">
        {offer === 'taught' && onShare && (
          <button type="button" class="nh-teach-share" onClick={() => setNote({ text: t(locale, 'teach.shared', { file: onShare() }), error: false })}>
            {t(locale, 'teach.share')}
          </button>
        )}
        {teach(offer !== 'teach')}
      </div>
      {note && (
        <p role={note.error ? 'alert' : 'status'} class={note.error ? 'nh-error' : 'nh-teach-note'}>
          {note.text}
        </p>
      )}
    </section>
  );
}
