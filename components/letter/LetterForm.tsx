import { useId } from 'preact/hooks';
import type { Locale } from '../../utils/i18n';
import { REASON_PRESETS } from '../../utils/letters/reasons';
import { REGIMES, type RegimeChoice } from '../../utils/letters/regime';
import type { LetterField, PaperSize, RegimeId } from '../../utils/letters/types';
import { atMinutes, formatVnDate, type LocalDate } from '../../utils/time/vn-time';
import { LETTER_FORM_LABELS } from './labels';
import { DateInput } from '../inputs';

export interface LetterFormValue {
  /** The preset the reason started from, or null for a typed one. */
  presetId: string | null;
  reason: string;
  newDate: LocalDate;
  regime: RegimeChoice;
  /** 'auto': the paper of the regime's form. */
  paper: 'auto' | PaperSize;
}

export interface LetterFormProps {
  value: LetterFormValue;
  onChange: (value: LetterFormValue) => void;
  locale: Locale;
  /** What "auto" resolves to for this dossier. */
  autoRegime: RegimeId;
  /** The form paper of the regime in use. */
  autoPaper: PaperSize;
  /** From the deadline engine. */
  suggestedDate: LocalDate | null;
  /** Reasons the letter cannot be issued yet (once-only, day off, …), shown as they are. */
  problems: readonly string[];
  /** `dd/MM/yyyy HH:mm` when the letter is past its due time, else null. */
  lateSince: string | null;
  missing: readonly LetterField[];
}

const displayDate = (date: LocalDate) => formatVnDate(atMinutes(date, 0));

/** Reason presets or free text, the new date and the form switch. Props in, changes out: no storage. */
export function LetterForm({ value, onChange, locale, autoRegime, autoPaper, suggestedDate, problems, lateSince, missing }: LetterFormProps) {
  const l = LETTER_FORM_LABELS[locale];
  const id = useId();
  const set = (patch: Partial<LetterFormValue>) => onChange({ ...value, ...patch });
  const pickPreset = (presetId: string) => {
    const preset = REASON_PRESETS.find((p) => p.id === presetId);
    set(preset ? { presetId, reason: preset.text } : { presetId: null });
  };
  // The reason and the new date are the officer's own inputs; only dossier data is listed as missing.
  const missingInfo = missing.filter((f) => f !== 'reason' && f !== 'newDueAt');

  return (
    <form class="nh-letter-form" onSubmit={(e) => e.preventDefault()}>
      <fieldset>
        <legend>{l.legend}</legend>

        <label for={`${id}-preset`}>{l.preset}</label>
        <select id={`${id}-preset`} value={value.presetId ?? ''} onChange={(e) => pickPreset(e.currentTarget.value)}>
          <option value="">{l.custom}</option>
          {REASON_PRESETS.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label[locale]}
            </option>
          ))}
        </select>

        <label for={`${id}-reason`}>{l.reason}</label>
        <textarea
          id={`${id}-reason`}
          name="reason"
          rows={4}
          required
          value={value.reason}
          onInput={(e) => set({ reason: e.currentTarget.value, presetId: null })}
        />

        <label for={`${id}-date`}>{l.newDate}</label>
        <DateInput id={`${id}-date`} name="newDate" required value={value.newDate} onChange={(v) => set({ newDate: v })} invalidHint={l.dateHint} />
        {suggestedDate && suggestedDate !== value.newDate && (
          <button type="button" class="nh-link" onClick={() => set({ newDate: suggestedDate })}>
            {l.useSuggested} ({displayDate(suggestedDate)})
          </button>
        )}
        {suggestedDate && suggestedDate === value.newDate && <p class="nh-hint">{l.suggested(displayDate(suggestedDate))}</p>}
      </fieldset>

      <fieldset>
        <legend>{l.regime}</legend>
        {(['auto', ...Object.keys(REGIMES)] as RegimeChoice[]).map((choice) => (
          <label key={choice} class="nh-radio">
            <input
              type="radio"
              name={`${id}-regime`}
              value={choice}
              checked={value.regime === choice}
              onChange={() => set({ regime: choice })}
            />
            {choice === 'auto' ? l.auto(REGIMES[autoRegime].label[locale]) : REGIMES[choice].label[locale]}
          </label>
        ))}
      </fieldset>

      <fieldset class="nh-inline">
        <legend>{l.paper}</legend>
        {(['auto', 'A4', 'A5'] as const).map((choice) => (
          <label key={choice} class="nh-radio">
            <input
              type="radio"
              name={`${id}-paper`}
              value={choice}
              checked={value.paper === choice}
              onChange={() => set({ paper: choice })}
            />
            {choice === 'auto' ? l.paperAuto(autoPaper) : choice}
          </label>
        ))}
      </fieldset>

      {lateSince && (
        <p class="nh-warning" role="status">
          {l.late(lateSince)}
        </p>
      )}
      {missingInfo.length > 0 && <p class="nh-hint">{l.missing(missingInfo.map((f) => l.fields[f]).join(', '))}</p>}
      {problems.length > 0 && (
        <ul class="nh-problems" role="alert">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
    </form>
  );
}
