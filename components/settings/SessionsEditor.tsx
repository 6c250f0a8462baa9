import type { WorkSession } from '../../utils/calendar';
import { t, type Locale } from '../../utils/i18n';
import { TimeInput } from '../inputs';

export interface SessionsEditorProps {
  name: string;
  sessions: WorkSession[];
  onChange: (sessions: WorkSession[]) => void;
  locale: Locale;
}

/** Working sessions as time ranges (07:30–11:30, 13:00–17:00); the calendar checks order and overlap. */
export function SessionsEditor({ name, sessions, onChange, locale }: SessionsEditorProps) {
  const update = (i: number, patch: Partial<WorkSession>) => onChange(sessions.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  return (
    <div class="nh-sessions">
      {sessions.map((s, i) => (
        <div class="nh-row-inline" key={i}>
          <label>
            {t(locale, 'opt.session.start')}
            <TimeInput name={`${name}[${i}].start`} value={s.start} onChange={(v) => update(i, { start: v })} invalidHint={t(locale, 'input.timeHint')} />
          </label>
          <label>
            {t(locale, 'opt.session.end')}
            <TimeInput name={`${name}[${i}].end`} value={s.end} onChange={(v) => update(i, { end: v })} invalidHint={t(locale, 'input.timeHint')} />
          </label>
          <button type="button" onClick={() => onChange(sessions.filter((_, j) => j !== i))}>
            {t(locale, 'opt.remove')}
          </button>
        </div>
      ))}
      {sessions.length < 6 && (
        <button type="button" onClick={() => onChange([...sessions, { start: '13:00', end: '17:00' }])}>
          {t(locale, 'opt.session.add')}
        </button>
      )}
    </div>
  );
}
