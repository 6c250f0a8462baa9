import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { clearDayOverride, errorsFor, setDayOverride, toOrigin } from '../../../components/settings/draft';
import { HolidayEditor } from '../../../components/settings/HolidayEditor';
import { SettingsApp, type SettingsSource } from '../../../components/settings/SettingsApp';
import { DEFAULT_RULES, type WorkRules } from '../../../utils/calendar';
import { applySettingsPatch, DEFAULT_SETTINGS, type Settings } from '../../../utils/settings';
import { NOW } from './fixtures';

const root = document.createElement('div');
document.body.append(root);
afterEach(() => act(() => render(null, root)));
const flush = () => act(async () => new Promise((r) => setTimeout(r, 0)));

describe('form helpers', () => {
  it.each([
    ['motcua.example.gov.vn', 'https://motcua.example.gov.vn'],
    ['http://hscv.example.gov.vn:8080/ho-so?id=1#x', 'http://hscv.example.gov.vn:8080'],
    ['  HTTPS://DVC.Example.gov.vn/  ', 'https://dvc.example.gov.vn'],
    ['javascript:alert(1)', null],
    ['ftp://files.example.gov.vn', null],
    ['not a host', null],
    ['', null],
  ])('toOrigin(%j) → %j', (input, expected) => {
    expect(toOrigin(input)).toBe(expected);
  });

  it('shows a field the errors at or below its path only', () => {
    const errors = ['rules.nearWorkingDays: 40 ngoài khoảng 0–30', 'rules: Giờ làm việc: các ca chồng nhau', 'retentionDays: 0 ngoài khoảng 1–3650'];
    expect(errorsFor(errors, 'rules.nearWorkingDays')).toEqual([errors[0]]);
    expect(errorsFor(errors, 'rules')).toEqual([errors[0], errors[1]]);
    expect(errorsFor(errors, 'retention')).toEqual([]);
  });

  it('never leaves a date both off and worked, and undoes an override', () => {
    let rules: WorkRules = setDayOverride(DEFAULT_RULES, '2026-12-24', false, ' Họp tổng kết ');
    expect(rules.extraDaysOff).toEqual([{ date: '2026-12-24', reason: 'Họp tổng kết' }]);
    rules = setDayOverride(rules, '2026-12-24', true, '');
    expect([rules.extraDaysOff, rules.extraWorkingDays]).toEqual([[], [{ date: '2026-12-24', reason: '' }]]);
    expect(clearDayOverride(rules, '2026-12-24')).toMatchObject({ extraDaysOff: [], extraWorkingDays: [] });
  });
});

describe('HolidayEditor', () => {
  function mount(year: number, rules: WorkRules = DEFAULT_RULES) {
    const onChange = vi.fn();
    act(() => render(<HolidayEditor rules={rules} onChange={onChange} initialYear={year} errors={[]} locale="vi" />, root));
    return onChange;
  }
  const dates = () => [...root.querySelectorAll('[data-testid="holiday-table"] tbody tr')].map((r) => (r as HTMLElement).dataset.date);

  it('shows the official 2026 schedule, worked Saturday included, not marked provisional', () => {
    mount(2026);
    expect(dates()).toEqual(expect.arrayContaining(['2026-01-02', '2026-01-10', '2026-02-17', '2026-04-27', '2026-11-24']));
    expect(root.querySelector('.nh-provisional')).toBeNull();
  });

  it('marks 2027 provisional and still derives Tết (mùng 1 = 06/02/2027)', () => {
    mount(2027);
    expect(root.querySelector('.nh-provisional')).not.toBeNull();
    expect(dates()).toContain('2027-02-06');
  });

  it('adds a day off with its reason to the rules', () => {
    const onChange = mount(2026);
    const input = (name: string) => root.querySelector(`input[name="${name}"]`) as HTMLInputElement;
    act(() => {
      input('holiday-date').value = '2026-11-26';
      input('holiday-date').dispatchEvent(new Event('input'));
      input('holiday-reason').value = 'Nghỉ đột xuất';
      input('holiday-reason').dispatchEvent(new Event('input'));
    });
    act(() => void root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true })));
    expect(onChange.mock.calls[0]![0].extraDaysOff).toEqual([{ date: '2026-11-26', reason: 'Nghỉ đột xuất' }]);
  });

  it('turns an official holiday into a working day for this unit', () => {
    const onChange = mount(2026);
    const row = root.querySelector('tr[data-date="2026-11-24"]')!;
    act(() => row.querySelector('button')!.click());
    expect(onChange.mock.calls[0]![0].extraWorkingDays).toEqual([{ date: '2026-11-24', reason: '' }]);
  });
});

function fakeSource(settings: Settings = DEFAULT_SETTINGS) {
  let stored = settings;
  const source = {
    load: vi.fn(async () => ({ value: stored, errors: [], now: NOW })),
    save: vi.fn(async (patch: unknown) => {
      const result = applySettingsPatch(stored, patch);
      if (result.ok) stored = result.value;
      return result;
    }),
    grantPortal: vi.fn((origin: string) => Promise.resolve({ ...stored, portals: { ...stored.portals, extraOrigins: [...stored.portals.extraOrigins, origin] } })),
    revokePortal: vi.fn(async () => stored),
    builtInHosts: ['*://dichvucong.gov.vn/*'],
  } satisfies SettingsSource;
  return source;
}

async function mountApp(source = fakeSource()) {
  act(() => render(<SettingsApp source={source} />, root));
  await flush();
  return source;
}
const field = (name: string) => root.querySelector(`[name="${name}"]`) as HTMLInputElement;
function type(name: string, value: string) {
  act(() => {
    field(name).value = value;
    field(name).dispatchEvent(new Event('input'));
  });
}
const submit = () => act(() => void root.querySelector('form.nh-settings')!.dispatchEvent(new Event('submit', { cancelable: true })));

describe('SettingsApp', () => {
  it('saves a changed threshold and says it is applied', async () => {
    const source = await mountApp();
    type('rules.nearWorkingDays', '4');
    act(() => field('badgeCounts.near').click());
    submit();
    await flush();
    expect(source.save).toHaveBeenCalledTimes(1);
    expect(source.save.mock.calls[0]![0]).toMatchObject({ rules: { nearWorkingDays: 4 }, badgeCounts: { near: true } });
    expect(root.querySelector('[role="status"]')!.textContent).toContain('Đã lưu');
  });

  it('refuses an out-of-range value next to its field and sends nothing', async () => {
    const source = await mountApp();
    type('retentionDays', '0');
    submit();
    await flush();
    expect(source.save).not.toHaveBeenCalled();
    expect(field('retentionDays').parentElement!.querySelector('.nh-error')!.textContent).toMatch(/retentionDays/);
  });

  it('refuses overlapping working sessions with the calendar’s reason', async () => {
    const source = await mountApp();
    act(() => {
      field('rules.workingHours[1].start').value = '11:00';
      field('rules.workingHours[1].start').dispatchEvent(new Event('change'));
    });
    submit();
    await flush();
    expect(source.save).not.toHaveBeenCalled();
    expect(root.querySelector('[data-testid="errors"]')!.textContent).toMatch(/chồng/);
  });

  it('asks for the portal permission within the click itself, then lists the portal', async () => {
    const source = await mountApp();
    type('portal-origin', 'motcua.example.gov.vn/ho-so');
    const add = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Thêm cổng này')!;
    // Synchronous dispatch: the grant must already have been asked when click() returns.
    add.click();
    expect(source.grantPortal).toHaveBeenCalledWith('https://motcua.example.gov.vn');
    await flush();
    expect(root.querySelector('[data-testid="extra-origins"]')!.textContent).toContain('https://motcua.example.gov.vn');
  });

  it('does not ask for a permission for something that is not a web address', async () => {
    const source = await mountApp();
    type('portal-origin', 'javascript:alert(1)');
    act(() => [...root.querySelectorAll('button')].find((b) => b.textContent === 'Thêm cổng này')!.click());
    expect(source.grantPortal).not.toHaveBeenCalled();
    expect(root.querySelector('.nh-portals [role="alert"]')!.textContent).toContain('không phải địa chỉ');
  });

  it('switches its own language after saving English', async () => {
    await mountApp();
    act(() => {
      const select = root.querySelector('select[name="locale"]') as HTMLSelectElement;
      select.value = 'en';
      select.dispatchEvent(new Event('change'));
    });
    submit();
    await flush();
    expect(root.querySelector('h1')!.textContent).toBe('Nhắc Hạn — Settings');
  });
});
