import { VIEW_LEVELS } from '../../utils/service/views';
import { t, type Locale, type MessageKey } from '../../utils/i18n';
import { DOSSIER_STATUSES } from '../../utils/portals/types';
import { portalLabel } from '../../utils/service/portal-label';
import type { TableFilter } from './table-model';
import { DateInput } from '../inputs';

export interface FilterChoices {
  portals: string[];
  procedures: string[];
  handlers: string[];
}

export interface FiltersProps {
  filter: TableFilter;
  choices: FilterChoices;
  onChange: (filter: TableFilter) => void;
  locale: Locale;
}

export function Filters({ filter, choices, onChange, locale }: FiltersProps) {
  const set = (patch: Partial<TableFilter>) => onChange({ ...filter, ...patch });
  const value = (e: Event) => (e.currentTarget as HTMLInputElement | HTMLSelectElement).value;

  const select = (name: keyof TableFilter, label: MessageKey, options: { value: string; label: string }[]) => (
    <label>
      {t(locale, label)}
      <select name={name} value={filter[name]} onChange={(e) => set({ [name]: value(e) })}>
        <option value="">{t(locale, 'dash.filter.all')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
  const plain = (list: string[]) => list.map((v) => ({ value: v, label: v }));
  const date = (name: keyof TableFilter, label: MessageKey) => (
    <label>
      {t(locale, label)}
      <DateInput name={name} value={filter[name]} optional onChange={(v) => set({ [name]: v })} invalidHint={t(locale, 'input.dateHint')} />
    </label>
  );

  return (
    <form class="nh-filters" role="search" onSubmit={(e) => e.preventDefault()}>
      <label class="nh-grow">
        {t(locale, 'dash.filter.text')}
        <input type="search" name="text" value={filter.text} placeholder={t(locale, 'popup.search')} onInput={(e) => set({ text: value(e) })} />
      </label>
      {select('level', 'dash.col.level', VIEW_LEVELS.map((l) => ({ value: l, label: t(locale, `level.${l}`) })))}
      {select('status', 'dash.col.status', DOSSIER_STATUSES.map((s) => ({ value: s, label: t(locale, `dash.status.${s}`) })))}
      {select('portal', 'dash.col.portal', choices.portals.map((p) => ({ value: p, label: portalLabel(p, locale) })))}
      {select('procedure', 'dash.col.procedure', plain(choices.procedures))}
      {select('handler', 'dash.col.handler', plain(choices.handlers))}
      {date('receivedFrom', 'dash.filter.receivedFrom')}
      {date('receivedTo', 'dash.filter.receivedTo')}
      {date('dueFrom', 'dash.filter.dueFrom')}
      {date('dueTo', 'dash.filter.dueTo')}
    </form>
  );
}
