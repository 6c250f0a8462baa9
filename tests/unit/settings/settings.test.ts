import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, validateSettings, applySettingsPatch, repairSettings, type Settings } from '../../../utils/settings';

const clone = (): Settings => structuredClone(DEFAULT_SETTINGS);

describe('validateSettings', () => {
  it('accepts the defaults, which follow the brief', () => {
    expect(validateSettings(DEFAULT_SETTINGS)).toEqual({ ok: true, value: DEFAULT_SETTINGS });
    expect(DEFAULT_SETTINGS).toMatchObject({
      locale: 'vi',
      badgeCounts: { overdue: true, letterDue: true, dueToday: true, near: false },
      retentionDays: 90,
      letter: { newDateWorkingDays: 5, profile: { numberSuffix: 'PXL' } },
    });
  });

  it.each<[string, (s: Settings) => void, RegExp]>([
    ['an unknown locale', (s) => void ((s as { locale: string }).locale = 'fr'), /^locale: "fr" không thuộc \{vi, en\}/],
    ['a malformed working hour', (s) => void (s.rules.workingHours[0]!.start = '7h30'), /^rules\.workingHours\[0\]\.start: "7h30" không phải giờ/],
    ['a session ending before it starts', (s) => void (s.rules.workingHours = [{ start: '13:00', end: '11:00' }]), /^rules: Giờ làm việc: ca 13:00–11:00 kết thúc trước/],
    ['overlapping sessions', (s) => void (s.rules.workingHours = [{ start: '07:30', end: '12:00' }, { start: '11:00', end: '17:00' }]), /^rules: .*không chồng nhau/],
    ['a day both off and worked', (s) => void ((s.rules.extraDaysOff = [{ date: '2026-12-24', reason: 'a' }]), (s.rules.extraWorkingDays = [{ date: '2026-12-24', reason: 'b' }])), /^rules: Ngày 2026-12-24 vừa là ngày nghỉ/],
    ['an impossible extra day off', (s) => void (s.rules.extraDaysOff = [{ date: '2026-02-30', reason: 'x' }]), /^rules\.extraDaysOff\[0\]\.date: "2026-02-30"/],
    ['a zero retention', (s) => void (s.retentionDays = 0), /^retentionDays: 0 ngoài khoảng 1–3650/],
    ['a fractional retention', (s) => void (s.retentionDays = 1.5), /^retentionDays: cần số nguyên/],
    ['quiet hours that start and end together', (s) => void (s.notifications.quietHours = { start: '22:00', end: '22:00' }), /^notifications\.quietHours: giờ bắt đầu và kết thúc trùng nhau/],
    ['a string for a flag', (s) => void ((s.badgeCounts as { near: unknown }).near = 'yes'), /^badgeCounts\.near: cần true\/false/],
    ['an origin with a path', (s) => void (s.portals.extraOrigins = ['https://motcua.example.gov.vn/admin']), /^portals\.extraOrigins\[0\]: .*không phải origin/],
    ['a javascript: origin', (s) => void (s.portals.extraOrigins = ['javascript:alert(1)']), /không phải origin/],
    ['an overlong signer name', (s) => void (s.letter.profile.signerName = 'x'.repeat(201)), /^letter\.profile\.signerName: chuỗi dài 201 ký tự, tối đa 200/],
  ])('rejects %s with a message naming the field', (_label, mutate, message) => {
    const s = clone();
    mutate(s);
    const result = validateSettings(s);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join('\n')).toMatch(message);
  });

  it('reports every wrong field, not only the first', () => {
    const result = validateSettings({ ...clone(), locale: 'fr', retentionDays: -1 });
    expect(result).toEqual({ ok: false, errors: [expect.stringMatching(/^locale/), expect.stringMatching(/^retentionDays/)] });
  });

  it('accepts quiet hours that wrap past midnight and a Saturday desk', () => {
    const s = clone();
    s.notifications.quietHours = { start: '21:00', end: '06:30' };
    s.rules.saturdayHours = [{ start: '07:30', end: '11:30' }];
    expect(validateSettings(s).ok).toBe(true);
  });

  it('drops unknown keys from the validated copy', () => {
    const result = validateSettings({ ...clone(), extra: 1 });
    expect(result.ok && 'extra' in result.value).toBe(false);
  });
});

describe('applySettingsPatch', () => {
  it('merges nested objects and replaces arrays and null', () => {
    const current = clone();
    current.notifications.quietHours = { start: '22:00', end: '06:00' };
    const result = applySettingsPatch(current, {
      notifications: { quietHours: null, morningDigest: false },
      rules: { extraDaysOff: [{ date: '2026-12-24', reason: 'Lễ hội địa phương' }] },
      letter: { profile: { agency: 'SỞ XÂY DỰNG', recipients: ['Sở Nội vụ'] } },
    });
    expect(result).toEqual({
      ok: true,
      value: {
        ...current,
        notifications: { ...current.notifications, quietHours: null, morningDigest: false },
        rules: { ...current.rules, extraDaysOff: [{ date: '2026-12-24', reason: 'Lễ hội địa phương' }] },
        letter: { ...current.letter, profile: { ...current.letter.profile, agency: 'SỞ XÂY DỰNG', recipients: ['Sở Nội vụ'] } },
      },
    });
  });

  it.each([
    ['an unknown setting', { badgeCounts: { soon: true } }, ['badgeCounts.soon: không có thiết lập này']],
    ['a prototype key', JSON.parse('{"__proto__": {"x": 1}}'), ['__proto__: không có thiết lập này']],
    ['a non-object', 'locale=en', ['thay đổi thiết lập phải là một đối tượng']],
    ['an invalid value', { retentionDays: 'forever' }, ['retentionDays: cần số nguyên, nhận "forever"']],
  ])('refuses %s', (_label, patch, errors) => {
    expect(applySettingsPatch(clone(), patch)).toEqual({ ok: false, errors });
  });

  it('leaves the current object untouched', () => {
    const current = clone();
    applySettingsPatch(current, { rules: { nearWorkingDays: 4 } });
    expect(current).toEqual(DEFAULT_SETTINGS);
  });
});

describe('repairSettings', () => {
  it('returns the defaults without complaint when nothing is stored', () => {
    expect(repairSettings(undefined)).toEqual({ value: DEFAULT_SETTINGS, errors: [] });
  });

  it('replaces only the invalid fields and reports each', () => {
    const stored = clone();
    stored.locale = 'en';
    stored.retentionDays = 30;
    (stored.notifications as { enabled: unknown }).enabled = 'on';
    stored.rules.workingHours = [{ start: '13:00', end: '11:00' }];
    stored.rules.nearWorkingDays = 3;
    const { value, errors } = repairSettings(stored);
    expect(value).toEqual({
      ...stored,
      notifications: { ...stored.notifications, enabled: true },
      rules: { ...stored.rules, workingHours: DEFAULT_SETTINGS.rules.workingHours },
    });
    expect(errors).toEqual([
      expect.stringMatching(/^rules: Giờ làm việc.* → đặt lại rules\.workingHours về mặc định$/),
      'notifications.enabled: cần true/false, nhận "on" → dùng giá trị mặc định',
    ]);
  });

  it('keeps valid null values (no cut-off, no quiet hours)', () => {
    const stored = clone();
    stored.rules.cutoff = null;
    expect(repairSettings(stored)).toEqual({ value: stored, errors: [] });
  });

  it('fills settings added by a later version silently', () => {
    const { locale, retentionDays } = { ...clone(), locale: 'en' as const, retentionDays: 14 };
    expect(repairSettings({ locale, retentionDays })).toEqual({ value: { ...DEFAULT_SETTINGS, locale, retentionDays }, errors: [] });
  });

  it('falls back entirely, with a report, when the stored value is not an object', () => {
    expect(repairSettings('garbage')).toEqual({ value: DEFAULT_SETTINGS, errors: ['giá trị: cần đối tượng, nhận "garbage" → dùng giá trị mặc định'] });
  });
});

describe('stored unit profiles from before signing modes', () => {
  const old = (profile: object) => ({ ...DEFAULT_SETTINGS, letter: { ...DEFAULT_SETTINGS.letter, profile } });
  const base = { parentBody: 'UBND TỈNH THANH HÓA', agency: 'SỞ XÂY DỰNG', place: 'Thanh Hóa', signerName: 'Lê Minh Tuấn', numberSuffix: 'PXL', recipients: ['Bộ phận Một cửa'] };

  it.each([
    ['a deputy signed', { ...base, signerTitle: 'GIÁM ĐỐC', deputy: true }, { signing: 'KT', headTitle: 'GIÁM ĐỐC', signerTitle: 'PHÓ GIÁM ĐỐC' }],
    ['the head signed', { ...base, signerTitle: 'GIÁM ĐỐC', deputy: false }, { signing: 'head', headTitle: 'GIÁM ĐỐC', signerTitle: 'GIÁM ĐỐC' }],
  ])('%s: migrated without an error and nothing else lost', (_, stored, expected) => {
    const { value, errors } = repairSettings(old(stored));
    expect(errors).toEqual([]);
    expect(value.letter.profile).toEqual({ ...base, collective: DEFAULT_SETTINGS.letter.profile.collective, ...expected });
    expect(value.letter.profile).not.toHaveProperty('deputy');
  });

  it('a current profile passes unchanged', () => {
    const current = { ...DEFAULT_SETTINGS.letter.profile, ...base, signing: 'TM-KT' as const, headTitle: 'CHỦ TỊCH', signerTitle: 'PHÓ CHỦ TỊCH' };
    expect(repairSettings(old(current))).toEqual({ value: old(current), errors: [] });
  });
});
