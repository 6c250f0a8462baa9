import { useState } from 'preact/hooks';
import { t, type Locale } from '../../utils/i18n';
import { originGranted } from '../../utils/portals/hosts';
import { mergeTaught, parseTaughtFile, taughtFileName, taughtFileText, tooLarge } from '../../utils/portals/taught/file';
import { selectorParses } from '../../utils/portals/taught/guard';
import type { TaughtAdapter } from '../../utils/portals/taught/types';
import { formatVnDateTime, parseInstant } from '../../utils/time/vn-time';
import { downloadText } from '../dashboard/download';

export interface TaughtPortalsProps {
  taught: readonly TaughtAdapter[];
  /** Origins the officer granted (besides the built-in portals). */
  extraOrigins: readonly string[];
  locale: Locale;
  /** Stores the whole new list; null when saved, else the reasons it was refused. */
  save: (taught: TaughtAdapter[]) => Promise<string[] | null>;
}

type Note = { text: string; errors?: string[] } | null;

/** Settings: the taught portals, each shared or removed, and "import from a file" in one click. */
export function TaughtPortals({ taught, extraOrigins, locale, save }: TaughtPortalsProps) {
  const [note, setNote] = useState<Note>(null);
  const refuse = (file: string, errors: string[]) => setNote({ text: t(locale, 'opt.taught.badFile', { file }), errors });

  const importFile = async (file: File) => {
    // Refused before reading: a reading file is never a big one.
    const large = tooLarge(file.size);
    if (large) return refuse(file.name, [large]);
    const parsed = parseTaughtFile(await file.text(), {
      granted: (origin) => originGranted(origin, extraOrigins),
      parses: (selector) => selectorParses(document, selector),
    });
    if (!parsed.ok) return refuse(file.name, parsed.errors);
    const errors = await save(mergeTaught(taught, parsed.portals));
    if (errors) return refuse(file.name, errors);
    setNote({ text: t(locale, 'opt.taught.imported', { labels: parsed.portals.map((p) => p.label).join(', ') }) });
  };

  return (
    <div class="nh-taught">
      <h3>{t(locale, 'opt.taught.title')}</h3>
      {taught.length === 0 ? (
        <p>{t(locale, 'opt.taught.none')}</p>
      ) : (
        <ul class="nh-lines" data-testid="taught-portals">
          {taught.map((a) => (
            <li key={`${a.origin}${a.path}`}>
              {t(locale, 'opt.taught.item', { label: a.label, where: `${a.origin}${a.path}`, date: formatVnDateTime(parseInstant(a.taughtAt)) })}{' '}
              <button type="button" onClick={() => downloadText(taughtFileName(a), taughtFileText([a]), 'application/json')}>
                {t(locale, 'teach.share')}
              </button>{' '}
              <button
                type="button"
                onClick={() =>
                  void save(taught.filter((x) => x !== a)).then((errors) =>
                    setNote(errors ? { text: errors.join('; ') } : { text: t(locale, 'opt.taught.removed', { label: a.label }) }),
                  )
                }
              >
                {t(locale, 'opt.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <label class="nh-file">
        {t(locale, 'opt.taught.import')}
        <input
          type="file"
          name="taught-file"
          accept=".json,application/json"
          onChange={(e) => {
            const input = e.currentTarget as HTMLInputElement;
            const file = input.files?.[0];
            input.value = '';
            if (file) void importFile(file);
          }}
        />
      </label>
      {note && (
        <div role={note.errors ? 'alert' : 'status'} class={note.errors ? 'nh-error' : undefined}>
          <p>{note.text}</p>
          {note.errors && (
            <ul>
              {note.errors.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
