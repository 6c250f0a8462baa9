/**
 * Demo hosts in no list of the extension. gov.vn: covered by `*.gov.vn` without any setting (a
 * province whose portal is new). Outside: enabled from the popup ("Dùng Nhắc Hạn trên trang này");
 * the e2e build alone lists it, so the permission request is granted without a prompt.
 */
export const UNSEEN_GOV_HOST = 'dichvucong.camau.gov.vn';
export const NEWS_GOV_HOST = 'baochinhphu.gov.vn';
export const OUTSIDE_HOSTS = ['motcua.demo-ngoai.vn'] as const;
