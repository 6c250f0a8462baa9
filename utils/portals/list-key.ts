/**
 * Which list a page shows, for deciding what a complete list says about dossiers it does not
 * show: origin + path. Pagination and sorting live in the query string and do not make another
 * list; a portal tab ("Đang xử lý" / "Chờ bổ sung") is a route, so it does.
 */
export function listKey(pageUrl: string): string | null {
  try {
    const url = new URL(pageUrl);
    return url.protocol === 'http:' || url.protocol === 'https:' ? `${url.origin}${url.pathname}` : null;
  } catch {
    return null;
  }
}
