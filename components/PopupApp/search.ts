import type { ListedView } from '../../utils/service/views';

/** Lower case, no diacritics, đ → d: officers type "nguyen van a" for "Nguyễn Văn A". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export function matches(view: ListedView, query: string): boolean {
  const words = fold(query).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const haystack = fold([view.code, view.applicant ?? '', view.procedure ?? '', view.status, view.source].join(' '));
  return words.every((w) => haystack.includes(w));
}
