/**
 * The tab title with the count of dossiers needing action in front, "(3) Hồ sơ cần xử lý", as
 * the toolbar badge does in the extension. The portal may change its own title at any time (SPA
 * routes), so the title we did not write is taken as the new base.
 */
export interface TitleState {
  /** The portal's own title. */
  base: string;
  /** What we last wrote, to tell our change from the page's. */
  written: string | null;
}

export function prefixTitle(base: string, count: number): string {
  if (count <= 0) return base;
  return `(${count > 999 ? '999+' : count}) ${base}`;
}

export function nextTitle(state: TitleState, current: string, count: number): TitleState & { title: string } {
  const base = state.written !== null && current === state.written ? state.base : current;
  const title = prefixTitle(base, count);
  return { base, written: title, title };
}
