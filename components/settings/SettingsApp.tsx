import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t, type Locale, type MessageKey } from '../../utils/i18n';
import { validateSettings, type Settings, type SettingsPatch, type ValidationResult } from '../../utils/settings';
import { vnParts } from '../../utils/time/vn-time';
import { errorsFor } from './draft';
import { HolidayEditor } from './HolidayEditor';
import { PortalsSection } from './PortalsSection';
import { TaughtPortals } from '../teach/TaughtPortals';
import { SessionsEditor } from './SessionsEditor';
import './settings.css';
import { TimeInput } from '../inputs';
import { SIGNING_MODES, signatureLines, type SigningMode } from '../../utils/settings/profile';
import { PageNav, type PageLinks } from '../nav';

export interface SettingsSource {
  load: () => Promise<{ value: Settings; errors: string[]; now: number }>;
  save: (patch: SettingsPatch) => Promise<ValidationResult<Settings>>;
  /** Grants, registers and stores a portal origin; the saved settings, or null when refused. Synchronous start (user gesture). */
  grantPortal: (origin: string) => Promise<Settings | null>;
  revokePortal: (origin: string) => Promise<Settings>;
  builtInHosts: readonly string[];
}

type Status = { kind: 'saved' } | { kind: 'invalid'; errors: string[] } | { kind: 'failed'; message: string } | null;

export function SettingsApp({ source, links }: { source: SettingsSource; links?: PageLinks }) {
  const [saved, setSaved] = useState<Settings | null>(null);
  const [draft, setDraft] = useState<Settings | null>(null);
  const [now, setNow] = useState(0);
  const [repaired, setRepaired] = useState<string[]>([]);
  const [status, setStatus] = useState<Status>(null);

  useEffect(() => {
    source.load().then(
      (r) => {
        setSaved(r.value);
        setDraft(r.value);
        setRepaired(r.errors);
        setNow(r.now);
      },
      (e: unknown) => setStatus({ kind: 'failed', message: e instanceof Error ? e.message : String(e) }),
    );
  }, []);

  const locale: Locale = saved?.locale ?? 'vi';
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t(locale, 'opt.title');
  }, [locale]);

  if (!draft || !saved) {
    return status?.kind === 'failed' ? <p role="alert">{t(locale, 'popup.error', { message: status.message })}</p> : <p>{t(locale, 'popup.loading')}</p>;
  }

  const errors = status?.kind === 'invalid' ? status.errors : [];
  const fieldErrors = (path: string) => errorsFor(errors, path);
  const edit = (next: Settings) => {
    setDraft(next);
    if (status?.kind === 'saved') setStatus(null);
  };
  const dirty = JSON.stringify(draft) !== JSON.stringify(saved);
  const rules = draft.rules;

  const save = (e: Event) => {
    e.preventDefault();
    const local = validateSettings(draft);
    if (!local.ok) return setStatus({ kind: 'invalid', errors: local.errors });
    source.save(draft).then(
      (result) => {
        if (!result.ok) return setStatus({ kind: 'invalid', errors: result.errors });
        setSaved(result.value);
        setDraft(result.value);
        setStatus({ kind: 'saved' });
      },
      (err: unknown) => setStatus({ kind: 'failed', message: err instanceof Error ? err.message : String(err) }),
    );
  };

  const withPortals = (next: Settings | null) => {
    if (next) {
      setSaved({ ...saved, portals: next.portals });
      setDraft({ ...draft, portals: next.portals });
    }
    return next !== null;
  };

  const checkbox = (label: MessageKey, checked: boolean, onChange: (v: boolean) => void, name: string) => (
    <label class="nh-check">
      <input type="checkbox" name={name} checked={checked} onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)} />
      {t(locale, label)}
    </label>
  );
  const number = (label: MessageKey, value: number, onChange: (v: number) => void, name: string, min: number, max: number) => (
    <label>
      {t(locale, label)}
      <input
        type="number"
        name={name}
        min={min}
        max={max}
        step={1}
        value={value}
        onInput={(e) => onChange((e.currentTarget as HTMLInputElement).valueAsNumber)}
      />
      <FieldErrors errors={fieldErrors(name)} />
    </label>
  );
  const text = (label: MessageKey, value: string, onChange: (v: string) => void, name: string, placeholder?: string) => (
    <label>
      {t(locale, label)}
      <input type="text" name={name} maxLength={200} value={value} placeholder={placeholder} onInput={(e) => onChange((e.currentTarget as HTMLInputElement).value)} />
      <FieldErrors errors={fieldErrors(name)} />
    </label>
  );
  const setRules = (patch: Partial<Settings['rules']>) => edit({ ...draft, rules: { ...rules, ...patch } });
  const profile = draft.letter.profile;
  const setProfile = (patch: Partial<typeof profile>) => edit({ ...draft, letter: { ...draft.letter, profile: { ...profile, ...patch } } });
  const n = draft.notifications;
  const setNotifications = (patch: Partial<typeof n>) => edit({ ...draft, notifications: { ...n, ...patch } });

  return (
    <form class="nh-settings" onSubmit={save} noValidate>
      {links && <PageNav links={links} current="settings" locale={locale} />}
      <header class="nh-settings-head">
        <h1>{t(locale, 'opt.title')}</h1>
        <button type="submit" class="nh-primary" disabled={!dirty} data-action="save">
          {t(locale, 'opt.save')}
        </button>
        <div role="status" aria-live="polite" class="nh-status">
          {status?.kind === 'saved' && t(locale, 'opt.saved')}
          {status?.kind === 'failed' && t(locale, 'popup.error', { message: status.message })}
          {status?.kind === 'invalid' && t(locale, 'opt.invalid', { count: status.errors.length })}
        </div>
      </header>
      {repaired.length > 0 && (
        <div role="alert" class="nh-warning">
          <p>{t(locale, 'opt.repaired')}</p>
          <ul>
            {repaired.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </div>
      )}
      {status?.kind === 'invalid' && (
        <ul class="nh-error" role="alert" data-testid="errors">
          {status.errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}

      <Section title={t(locale, 'opt.section.thresholds')}>
        {number('opt.near', rules.nearWorkingDays, (v) => setRules({ nearWorkingDays: v }), 'rules.nearWorkingDays', 0, 30)}
        <fieldset>
          <legend>{t(locale, 'opt.badge')}</legend>
          {(['overdue', 'letterDue', 'dueToday', 'near'] as const).map((k) =>
            checkbox(`opt.badge.${k}`, draft.badgeCounts[k], (v) => edit({ ...draft, badgeCounts: { ...draft.badgeCounts, [k]: v } }), `badgeCounts.${k}`),
          )}
        </fieldset>
      </Section>

      <Section title={t(locale, 'opt.section.notifications')}>
        {checkbox('opt.notify.enabled', n.enabled, (v) => setNotifications({ enabled: v }), 'notifications.enabled')}
        {checkbox('opt.notify.digest', n.morningDigest, (v) => setNotifications({ morningDigest: v }), 'notifications.morningDigest')}
        {checkbox('opt.notify.step', n.stepDeadlines, (v) => setNotifications({ stepDeadlines: v }), 'notifications.stepDeadlines')}
        {checkbox('opt.notify.quiet', n.quietHours !== null, (v) => setNotifications({ quietHours: v ? { start: '22:00', end: '06:30' } : null }), 'quiet')}
        {n.quietHours && (
          <div class="nh-row-inline">
            <label>
              {t(locale, 'opt.session.start')}
              <TimeInput name="notifications.quietHours.start" value={n.quietHours.start} onChange={(v) => setNotifications({ quietHours: { ...n.quietHours!, start: v } })} invalidHint={t(locale, 'input.timeHint')} />
            </label>
            <label>
              {t(locale, 'opt.session.end')}
              <TimeInput name="notifications.quietHours.end" value={n.quietHours.end} onChange={(v) => setNotifications({ quietHours: { ...n.quietHours!, end: v } })} invalidHint={t(locale, 'input.timeHint')} />
            </label>
          </div>
        )}
        <FieldErrors errors={fieldErrors('notifications')} />
      </Section>

      <Section title={t(locale, 'opt.section.hours')}>
        <h3>{t(locale, 'opt.hours.weekday')}</h3>
        <SessionsEditor name="rules.workingHours" sessions={rules.workingHours} onChange={(s) => setRules({ workingHours: s })} locale={locale} />
        {checkbox('opt.cutoff', rules.cutoff !== null, (v) => setRules({ cutoff: v ? '15:00' : null }), 'cutoff-enabled')}
        {rules.cutoff !== null && (
          <label>
            {t(locale, 'opt.cutoff.time')}
            <TimeInput name="rules.cutoff" value={rules.cutoff} onChange={(v) => setRules({ cutoff: v })} invalidHint={t(locale, 'input.timeHint')} />
          </label>
        )}
        <p class="nh-note">{t(locale, 'opt.cutoff.why')}</p>
        <h3>{t(locale, 'opt.hours.saturday')}</h3>
        <p class="nh-note">{t(locale, 'opt.hours.saturdayWhy')}</p>
        <SessionsEditor name="rules.saturdayHours" sessions={rules.saturdayHours} onChange={(s) => setRules({ saturdayHours: s })} locale={locale} />
        <fieldset>
          <legend>{t(locale, 'opt.supplement')}</legend>
          {(['restart', 'pause'] as const).map((rule) => (
            <label class="nh-check" key={rule}>
              <input type="radio" name="rules.supplementRule" value={rule} checked={rules.supplementRule === rule} onChange={() => setRules({ supplementRule: rule })} />
              {t(locale, `opt.supplement.${rule}`)}
            </label>
          ))}
        </fieldset>
        <FieldErrors errors={fieldErrors('rules').filter((e) => !/^rules\.(nearWorkingDays|extraDaysOff|extraWorkingDays)/.test(e))} />
      </Section>

      <Section title={t(locale, 'opt.section.holidays')}>
        <HolidayEditor
          rules={rules}
          onChange={(r) => edit({ ...draft, rules: r })}
          initialYear={vnParts(now).year}
          errors={[...fieldErrors('rules.extraDaysOff'), ...fieldErrors('rules.extraWorkingDays')]}
          locale={locale}
        />
      </Section>

      {/* The welcome page links here ("Hồ sơ đơn vị"). */}
      <Section title={t(locale, 'opt.section.letter')} id="ho-so-don-vi">
        <div class="nh-note nh-examples">
          <p>{t(locale, 'opt.profile.examples')}</p>
          <ul>
            <li>{t(locale, 'opt.profile.example.commune')}</li>
            <li>{t(locale, 'opt.profile.example.department')}</li>
            <li>{t(locale, 'opt.profile.example.centre')}</li>
          </ul>
        </div>
        {text('opt.profile.parentBody', profile.parentBody, (v) => setProfile({ parentBody: v }), 'letter.profile.parentBody', 'UBND TỈNH THANH HÓA')}
        {text('opt.profile.agency', profile.agency, (v) => setProfile({ agency: v }), 'letter.profile.agency', 'SỞ XÂY DỰNG')}
        {text('opt.profile.place', profile.place, (v) => setProfile({ place: v }), 'letter.profile.place', 'Thanh Hóa')}
        <label>
          {t(locale, 'opt.profile.signing')}
          <select name="letter.profile.signing" value={profile.signing} onChange={(e) => setProfile({ signing: (e.currentTarget as HTMLSelectElement).value as SigningMode })}>
            {SIGNING_MODES.map((m) => (
              <option key={m} value={m}>
                {t(locale, `opt.signing.${m}`)}
              </option>
            ))}
          </select>
        </label>
        {(profile.signing === 'TM' || profile.signing === 'TM-KT') &&
          text('opt.profile.collective', profile.collective, (v) => setProfile({ collective: v }), 'letter.profile.collective', 'ỦY BAN NHÂN DÂN')}
        {profile.signing !== 'head' && profile.signing !== 'TM' &&
          text('opt.profile.headTitle', profile.headTitle, (v) => setProfile({ headTitle: v }), 'letter.profile.headTitle', 'CHỦ TỊCH')}
        {profile.signing !== 'Q' && text('opt.profile.signerTitle', profile.signerTitle, (v) => setProfile({ signerTitle: v }), 'letter.profile.signerTitle', 'PHÓ CHỦ TỊCH')}
        {text('opt.profile.signerName', profile.signerName, (v) => setProfile({ signerName: v }), 'letter.profile.signerName')}
        <p class="nh-note" data-testid="signature-preview">
          {t(locale, 'opt.profile.signaturePreview')} <b>{signatureLines(profile, '…').join(' / ')}</b>
        </p>
        {text('opt.profile.numberSuffix', profile.numberSuffix, (v) => setProfile({ numberSuffix: v }), 'letter.profile.numberSuffix', 'PXL-UBND')}
        <label>
          {t(locale, 'opt.profile.recipients')}
          <textarea
            name="letter.profile.recipients"
            rows={3}
            value={profile.recipients.join('\n')}
            onInput={(e) => setProfile({ recipients: (e.currentTarget as HTMLTextAreaElement).value.split('\n').map((l) => l.trim()).filter(Boolean) })}
          />
          <FieldErrors errors={fieldErrors('letter.profile.recipients')} />
        </label>
        {number('opt.letter.newDate', draft.letter.newDateWorkingDays, (v) => edit({ ...draft, letter: { ...draft.letter, newDateWorkingDays: v } }), 'letter.newDateWorkingDays', 1, 60)}
      </Section>

      <Section title={t(locale, 'opt.section.data')}>
        {number('opt.retention', draft.retentionDays, (v) => edit({ ...draft, retentionDays: v }), 'retentionDays', 1, 3650)}
        <p class="nh-note">{t(locale, 'opt.retention.why')}</p>
        <label>
          {t(locale, 'opt.locale')}
          <select name="locale" value={draft.locale} onChange={(e) => edit({ ...draft, locale: (e.currentTarget as HTMLSelectElement).value as Locale })}>
            <option value="vi">Tiếng Việt</option>
            <option value="en">English</option>
          </select>
        </label>
      </Section>

      <Section title={t(locale, 'opt.section.portals')}>
        <PortalsSection
          builtIn={source.builtInHosts}
          extraOrigins={saved.portals.extraOrigins}
          grant={(origin) => source.grantPortal(origin).then(withPortals)}
          revoke={(origin) => source.revokePortal(origin).then((next) => void withPortals(next))}
          locale={locale}
        />
        <TaughtPortals
          taught={saved.portals.taught}
          extraOrigins={saved.portals.extraOrigins}
          locale={locale}
          save={(taught) => source.save({ portals: { taught } }).then((r) => (r.ok ? (withPortals(r.value), null) : r.errors))}
        />
      </Section>
    </form>
  );
}

function Section({ title, children, id }: { title: string; children: ComponentChildren; id?: string }) {
  return (
    <section class="nh-section" id={id}>
      <h2>{title}</h2>
      {children}
    </section>
  );
}

function FieldErrors({ errors }: { errors: string[] }) {
  if (errors.length === 0) return null;
  return (
    <span class="nh-error" role="alert">
      {errors.join('; ')}
    </span>
  );
}
