/**
 * The issuing unit as it appears on apology letters (docs/domain.md §2: left header, place line,
 * signer block, "Nơi nhận"). Filled in once by the officer in the options page.
 */

/**
 * How the letter is signed (NĐ 30/2020/NĐ-CP Điều 13, Phụ lục I): the head in person, for a
 * collective body (TM.), a deputy for the head (KT.), both (TM. … / KT. …), acting head (Q.),
 * by order (TL.) or by authorisation (TUQ.).
 */
export const SIGNING_MODES = ['head', 'TM', 'KT', 'TM-KT', 'Q', 'TL', 'TUQ'] as const;
export type SigningMode = (typeof SIGNING_MODES)[number];

export interface UnitProfile {
  /** Cơ quan chủ quản, e.g. "UBND TỈNH THANH HÓA" (empty for a commune's own UBND). */
  parentBody: string;
  /** Issuing agency (bold in the header), e.g. "SỞ XÂY DỰNG", "ỦY BAN NHÂN DÂN / XÃ ĐÔNG SƠN". */
  agency: string;
  /** Place on the date line, e.g. "Thanh Hóa". */
  place: string;
  signing: SigningMode;
  /** The collective body for "TM.", e.g. "ỦY BAN NHÂN DÂN". */
  collective: string;
  /** The head's title for KT./Q./TL./TUQ., e.g. "CHỦ TỊCH", "GIÁM ĐỐC". */
  headTitle: string;
  /** The signer's own title, e.g. "PHÓ CHỦ TỊCH" (for "head" and "TM." the head's title). */
  signerTitle: string;
  signerName: string;
  /** Number symbol after "Số: 12/", e.g. "PXL-UBND". */
  numberSuffix: string;
  /** "Nơi nhận" lines after "Như trên" and before "Lưu: VT." */
  recipients: string[];
}

export const DEFAULT_UNIT_PROFILE: UnitProfile = {
  parentBody: '',
  agency: '',
  place: '',
  signing: 'head',
  collective: 'ỦY BAN NHÂN DÂN',
  headTitle: 'GIÁM ĐỐC',
  signerTitle: 'GIÁM ĐỐC',
  signerName: '',
  numberSuffix: 'PXL',
  recipients: [],
};

/** The signer block's lines above the name, e.g. ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]. */
export function signatureLines(p: Pick<UnitProfile, 'signing' | 'collective' | 'headTitle' | 'signerTitle'>, blank: string): string[] {
  const up = (s: string) => (s.trim() === '' ? blank : s.trim().toLocaleUpperCase('vi'));
  const [collective, head, own] = [up(p.collective), up(p.headTitle), up(p.signerTitle)];
  switch (p.signing) {
    case 'head':
      return [own];
    case 'TM':
      return [`TM. ${collective}`, own];
    case 'KT':
      return [`KT. ${head}`, own];
    case 'TM-KT':
      return [`TM. ${collective}`, `KT. ${head}`, own];
    case 'Q':
      return [`Q. ${head}`];
    case 'TL':
      return [`TL. ${head}`, own];
    case 'TUQ':
      return [`TUQ. ${head}`, own];
  }
}

/**
 * Profiles stored before signing modes had `deputy: boolean` and the head's title in
 * `signerTitle`: a deputy becomes "KT. <head> / PHÓ <head>", as those letters were printed.
 */
export function migrateProfile(stored: unknown): unknown {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored) || !('deputy' in stored)) return stored;
  const { deputy, ...rest } = stored as Record<string, unknown>;
  if ('signing' in rest) return rest;
  const head = typeof rest.signerTitle === 'string' ? rest.signerTitle : DEFAULT_UNIT_PROFILE.headTitle;
  return deputy === true
    ? { ...rest, signing: 'KT', headTitle: head, signerTitle: `PHÓ ${head}` }
    : { ...rest, signing: 'head', headTitle: head };
}
