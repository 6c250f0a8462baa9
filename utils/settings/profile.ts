/**
 * The issuing unit as it appears on apology letters (docs/domain.md §2: left header, place line,
 * signer block, "Nơi nhận"). Filled in once by the officer in the options page.
 */
export interface UnitProfile {
  /** Cơ quan chủ quản, e.g. "UBND TỈNH THANH HÓA". */
  parentBody: string;
  /** Issuing agency (bold in the header), e.g. "SỞ XÂY DỰNG". */
  agency: string;
  /** Place on the date line, e.g. "Thanh Hóa". */
  place: string;
  /** Head's title without the "KT." prefix, e.g. "GIÁM ĐỐC". */
  signerTitle: string;
  signerName: string;
  /** Signed by a deputy on behalf of the head ("KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC"). */
  deputy: boolean;
  /** Letter-number suffix: "Số: 12/PXL". */
  numberSuffix: string;
  /** "Nơi nhận" lines after "Như trên" and before "Lưu: VT." */
  recipients: string[];
}

export const DEFAULT_UNIT_PROFILE: UnitProfile = {
  parentBody: '',
  agency: '',
  place: '',
  signerTitle: 'GIÁM ĐỐC',
  signerName: '',
  deputy: false,
  numberSuffix: 'PXL',
  recipients: [],
};
