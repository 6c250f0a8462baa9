import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { WorkRules } from '../../utils/calendar';
import { t, type Locale } from '../../utils/i18n';
import { composeLetter } from '../../utils/letters/compose';
import { draftLetter } from '../../utils/letters/draft';
import { letterNumberText } from '../../utils/letters/format';
import { REGIMES } from '../../utils/letters/regime';
import { renderText } from '../../utils/letters/render/text';
import { appointmentOn, checkOnceOnly, type PriorLetter } from '../../utils/letters/rules';
import type { LetterDocument, PaperSize, RegimeId } from '../../utils/letters/types';
import type { DossierRecord } from '../../utils/portals/types';
import type { UnitProfile } from '../../utils/settings';
import { atMinutes, formatVnDateTime, parseInstant, parseLocalDate, toLocalDate, toVnIso } from '../../utils/time/vn-time';
import { readEditedLetter } from './edits';
import { LETTER_FORM_LABELS } from './labels';
import { LetterForm, type LetterFormValue } from './LetterForm';
import { LetterPreview } from './LetterPreview';
import { copyText, downloadDocx } from './outputs';

/** A letter already in the register (the store's row). */
export interface IssuedLetter extends PriorLetter {
  number: number;
  numberText: string;
  regime: RegimeId;
  reason: string;
  late: boolean;
}

/** What the page records; the register assigns the number. */
export interface LetterRecordInput {
  regime: RegimeId;
  reason: string;
  newDueAt: string;
  issuedAt: string;
  late: boolean;
  body: string;
}

export interface LetterDeskProps {
  dossier: DossierRecord;
  profile: UnitProfile;
  rules: Partial<WorkRules>;
  /** Setting: working days after the appointment for the suggested new date. */
  extraWorkingDays: number;
  locale: Locale;
  now: number;
  /** The dossier's letter, when it has one: shown read-only instead of a new draft. */
  existing: IssuedLetter | null;
  /** Re-appointments known without a letter row (e.g. a new date set elsewhere). */
  prior: readonly PriorLetter[];
  onRecord: (input: LetterRecordInput) => Promise<IssuedLetter>;
  /** Where the unit profile is edited (the options page); absent where there is none (userscript). */
  settingsUrl?: string;
}

const PROFILE_FIELDS = ['parentBody', 'agency', 'place', 'signerName'] as const;

/** The unit's details the letter prints as dots until the officer fills them in once. */
function ProfileNotice({ profile, locale, settingsUrl }: { profile: UnitProfile; locale: Locale; settingsUrl?: string }) {
  const empty = PROFILE_FIELDS.filter((f) => !profile[f].trim());
  if (empty.length === 0) return null;
  const fields = empty.map((f) => t(locale, `opt.profile.${f}`)).join(', ');
  return (
    <p class="nh-warning" role="note" data-testid="profile-missing">
      {t(locale, 'letter.profileMissing', { fields, section: t(locale, 'opt.section.letter') })}
      {settingsUrl && (
        <>
          {' '}
          <a href={settingsUrl} target="_blank" rel="noopener">
            {t(locale, 'letter.profileLink')}
          </a>
        </>
      )}
    </p>
  );
}

/** The picked day as the new appointment, or why it cannot be one (bad date, day off). */
function pickedAppointment(date: string, rules: Partial<WorkRules>): { at: string | null; problem: string | null } {
  if (!parseLocalDate(date)) return { at: null, problem: `Ngày hẹn trả mới không hợp lệ: "${date}"` };
  try {
    return { at: appointmentOn(date, rules), problem: null };
  } catch (e) {
    // Keep the picked day in the draft so the preview and the checks show it.
    return { at: toVnIso(atMinutes(date, 0)), problem: (e as Error).message };
  }
}

/** Print, DOCX, plain text: always of what the preview shows, edits included. */
function Outputs({ document, code, frame, locale }: { document: () => LetterDocument; code: string; frame: { current: HTMLIFrameElement | null }; locale: Locale }) {
  const [copy, setCopy] = useState<{ ok: boolean; text: string } | null>(null);
  // Ctrl+P (⌘P) prints the letter alone, exactly as the button does (the page's CSS covers the menu's Print).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'p' && frame.current?.contentWindow) {
        e.preventDefault();
        frame.current.contentWindow.print();
      }
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, []);
  return (
    <div class="nh-letter-actions">
      <button type="button" onClick={() => frame.current?.contentWindow?.print()}>
        {t(locale, 'letter.print')}
      </button>
      <button type="button" onClick={() => void downloadDocx(document(), code)}>
        {t(locale, 'letter.docx')}
      </button>
      <button
        type="button"
        onClick={() => {
          const text = renderText(document());
          void copyText(text).then((ok) => setCopy({ ok, text }));
        }}
      >
        {t(locale, 'letter.copy')}
      </button>
      {copy?.ok && <p role="status">{t(locale, 'letter.copied')}</p>}
      {copy && !copy.ok && (
        <label class="nh-copy-manual">
          {t(locale, 'letter.copyManual')}
          <textarea readOnly rows={8} value={copy.text} onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
    </div>
  );
}

/**
 * The apology letter of one dossier: a prefilled draft (reason presets or typed, suggested new
 * date, regime and paper), an editable preview, outputs, and "Ghi sổ". A dossier that already has
 * its letter gets that letter, read-only and re-printable, with the legal reason for refusing a
 * second one. Props and callbacks only: the page does the storage.
 */
export function LetterDesk(props: LetterDeskProps) {
  const { dossier, profile, rules, extraWorkingDays, locale, now } = props;
  const issuedAt = useMemo(() => toVnIso(now), [now]);
  const frame = useRef<HTMLIFrameElement>(null);
  const [issued, setIssued] = useState<{ letter: IssuedLetter; document: LetterDocument; justNow: boolean } | null>(() =>
    props.existing
      ? {
          letter: props.existing,
          justNow: false,
          document: composeLetter({ dossier, profile, ...props.existing, number: props.existing.number }),
        }
      : null,
  );
  const suggestion = useMemo(
    () => draftLetter({ dossier, profile, reason: '', issuedAt, rules, extraWorkingDays, prior: props.prior }),
    [dossier, profile, issuedAt],
  );
  const suggestedDate = suggestion.newDueAt ? toLocalDate(parseInstant(suggestion.newDueAt)) : null;
  // No reason preselected: the officer states the real one (a preset or typed).
  const [value, setValue] = useState<LetterFormValue>({
    presetId: null,
    reason: '',
    newDate: suggestedDate ?? toLocalDate(now),
    regime: 'auto',
    paper: 'auto',
  });
  const [paper, setPaper] = useState<'auto' | PaperSize>('auto');
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  if (issued) {
    const { letter, justNow } = issued;
    const document = paper === 'auto' ? issued.document : { ...issued.document, paper };
    const regime = REGIMES[letter.regime];
    const refusal = checkOnceOnly(dossier.code, [letter], regime);
    return (
      <main class="nh-letter-page">
        <h1>{t(locale, 'letter.title', { code: dossier.code })}</h1>
        <div class="nh-letter-columns">
          <div class="nh-letter-side">
            <p class="nh-letter-number" data-testid="letter-number">
              {t(locale, 'letter.number', { number: letter.numberText })}
            </p>
            {justNow && status && <p role="status">{status.text}</p>}
            {!justNow && !refusal.ok && (
              <div role="alert" class="nh-refusal">
                <p>{t(locale, 'letter.existing')}</p>
                <p>{refusal.message}</p>
              </div>
            )}
            {letter.late && <p class="nh-warning">{t(locale, 'letter.late')}</p>}
            <p class="nh-reminder" role="note">
              {t(locale, 'letter.portalReminder')}
            </p>
            <fieldset class="nh-letter-paper">
              <legend>{LETTER_FORM_LABELS[locale].paper}</legend>
              {(['auto', 'A4', 'A5'] as const).map((choice) => (
                <label key={choice} class="nh-radio">
                  <input type="radio" name="paper" checked={paper === choice} onChange={() => setPaper(choice)} />
                  {choice === 'auto' ? LETTER_FORM_LABELS[locale].paperAuto(issued.document.paper) : choice}
                </label>
              ))}
            </fieldset>
            <Outputs document={() => document} code={dossier.code} frame={frame} locale={locale} />
          </div>
          <LetterPreview document={document} label={t(locale, 'letter.preview')} frameRef={frame} />
        </div>
      </main>
    );
  }

  const picked = pickedAppointment(value.newDate, rules);
  const draft = draftLetter({
    dossier,
    profile,
    reason: value.reason,
    newDueAt: picked.at,
    regime: value.regime,
    paper: value.paper === 'auto' ? undefined : value.paper,
    issuedAt,
    rules,
    extraWorkingDays,
    prior: props.prior,
  });
  const problems = [...new Set([...(picked.problem ? [picked.problem] : []), ...draft.problems])];
  const edited = () => {
    const doc = frame.current?.contentDocument;
    return doc ? readEditedLetter(doc, draft.document) : draft.document;
  };
  const record = async () => {
    setBusy(true);
    try {
      const document = edited();
      const letter = await props.onRecord({
        regime: draft.regime,
        reason: value.reason.trim(),
        newDueAt: draft.newDueAt!,
        issuedAt,
        late: draft.late,
        body: renderText(document),
      });
      const numbered = { ...document, header: { ...document.header, number: letterNumberText(letter.number, profile.numberSuffix || 'PXL') } };
      setStatus({ text: t(locale, 'letter.recorded', { number: letter.numberText, date: formatVnDateTime(parseInstant(letter.newDueAt)) }), error: false });
      setIssued({ letter, document: numbered, justNow: true });
    } catch (e) {
      setStatus({ text: e instanceof Error ? e.message : String(e), error: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <main class="nh-letter-page">
      <h1>{t(locale, 'letter.title', { code: dossier.code })}</h1>
      <div class="nh-letter-columns">
        <div class="nh-letter-side">
          <ProfileNotice profile={profile} locale={locale} settingsUrl={props.settingsUrl} />
          <LetterForm
            value={value}
            onChange={setValue}
            locale={locale}
            autoRegime={suggestion.regime}
            autoPaper={REGIMES[draft.regime].paper}
            suggestedDate={suggestedDate}
            problems={problems}
            lateSince={draft.late && draft.letterDueBy ? formatVnDateTime(parseInstant(draft.letterDueBy)) : null}
            missing={draft.document.missing}
          />
          <p class="nh-letter-actions">
            <button type="button" class="nh-primary" disabled={problems.length > 0 || busy} onClick={() => void record()}>
              {t(locale, 'letter.record')}
            </button>
          </p>
          {status && (
            <p role={status.error ? 'alert' : 'status'} class={status.error ? 'nh-problems' : undefined}>
              {status.text}
            </p>
          )}
          <Outputs document={edited} code={dossier.code} frame={frame} locale={locale} />
          <p class="nh-hint">{t(locale, 'letter.editHint')}</p>
        </div>
        <LetterPreview document={draft.document} label={t(locale, 'letter.preview')} frameRef={frame} editable />
      </div>
    </main>
  );
}
