/**
 * Finished scans, counted on the page's root element by the annotator: a positive sign that the page
 * was read, which tests wait for before they assert that nothing was found (no chips, no request).
 */
export const SCAN_MARK = 'data-nhac-han-scans';
