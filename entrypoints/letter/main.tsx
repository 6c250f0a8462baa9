import { render } from 'preact';
import { useMemo, useRef, useState } from 'preact/hooks';
import { LetterForm, LetterPreview, type LetterFormValue } from '../../components/letter';
import { currentTime } from '../../utils/extension/clock';
import { letterPageKey } from '../../utils/extension/letter-page';
import { send } from '../../utils/extension/messages';
import { t } from '../../utils/i18n';
import { draftLetter } from '../../utils/letters/draft';
import { REASON_PRESETS } from '../../utils/letters/reasons';
import { appointmentOn } from '../../utils/letters/rules';
import type { Settings } from '../../utils/settings';
import type { StoredDossier } from '../../utils/store';
import { formatVnDateTime, parseInstant, toLocalDate, toVnIso } from '../../utils/time/vn-time';

interface Loaded {
  dossier: StoredDossier;
  settings: Settings;
  now: number;
}

/**
 * The one-click apology draft of one dossier (`letter.html?portal=…&code=…`): the letters core
 * drafts and checks it; recording it numbers the letter and sets the new appointment.
 */
function LetterPage({ dossier, settings, now }: Loaded) {
  const locale = settings.locale;
  const issuedAt = toVnIso(now);
  const rules = settings.rules;
  const initial = useMemo(
    () => draftLetter({ dossier, profile: settings.letter.profile, reason: REASON_PRESETS[0]!.text, issuedAt, rules, extraWorkingDays: settings.letter.newDateWorkingDays }),
    [],
  );
  const [value, setValue] = useState<LetterFormValue>({
    presetId: REASON_PRESETS[0]!.id,
    reason: REASON_PRESETS[0]!.text,
    newDate: toLocalDate(parseInstant(initial.newDueAt ?? issuedAt)),
    regime: 'auto',
  });
  const [status, setStatus] = useState<string | null>(null);
  const frame = useRef<HTMLIFrameElement>(null);
  const draft = draftLetter({
    dossier,
    profile: settings.letter.profile,
    reason: value.reason,
    newDueAt: appointmentOn(value.newDate, rules),
    regime: value.regime,
    issuedAt,
    rules,
    extraWorkingDays: settings.letter.newDateWorkingDays,
  });
  const record = async () => {
    try {
      const row = await send({
        type: 'record-letter',
        letter: { portal: dossier.portal, code: dossier.code, regime: draft.regime, reason: value.reason, newDueAt: draft.newDueAt!, issuedAt, issuedBy: settings.letter.profile.signerName, late: draft.late },
      });
      setStatus(t(locale, 'letter.recorded', { number: row.numberText, date: formatVnDateTime(parseInstant(row.newDueAt)) }));
    } catch (e) {
      setStatus(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <main class="nh-letter-page">
      <h1>{t(locale, 'letter.title', { code: dossier.code })}</h1>
      <LetterForm
        value={value}
        onChange={setValue}
        locale={locale}
        autoRegime={initial.regime}
        suggestedDate={initial.newDueAt ? toLocalDate(parseInstant(initial.newDueAt)) : null}
        problems={draft.problems}
        lateSince={draft.late && draft.letterDueBy ? formatVnDateTime(parseInstant(draft.letterDueBy)) : null}
        missing={draft.document.missing}
      />
      <p>
        <button type="button" disabled={draft.problems.length > 0} onClick={() => void record()}>
          {t(locale, 'letter.record')}
        </button>{' '}
        <button type="button" onClick={() => frame.current?.contentWindow?.print()}>
          {t(locale, 'letter.print')}
        </button>
      </p>
      {status && <p role="status">{status}</p>}
      <LetterPreview document={draft.document} label={t(locale, 'letter.preview')} frameRef={frame} />
    </main>
  );
}

async function load(): Promise<Loaded | null> {
  const key = letterPageKey(location.search);
  const [dossiers, settings, now] = await Promise.all([send({ type: 'get-dossiers' }), send({ type: 'get-settings' }), currentTime()]);
  const dossier = key && dossiers.find((d) => d.portal === key[0] && d.code === key[1]);
  return dossier ? { dossier, settings: settings.value, now } : null;
}

const root = document.getElementById('app')!;
void load().then((loaded) => render(loaded ? <LetterPage {...loaded} /> : <p role="alert">{t('vi', 'letter.notFound')}</p>, root));
