/** The apology-letter page of one dossier, opened from a chip or the popup. */
export function letterPageUrl(pageUrl: string, dossier: { portal: string; code: string }): string {
  const url = new URL(pageUrl);
  url.searchParams.set('portal', dossier.portal);
  url.searchParams.set('code', dossier.code);
  return url.href;
}

export function letterPageKey(search: string): [portal: string, code: string] | null {
  const params = new URLSearchParams(search);
  const portal = params.get('portal');
  const code = params.get('code');
  return portal && code ? [portal, code] : null;
}
