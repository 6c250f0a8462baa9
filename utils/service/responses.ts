/**
 * What the service answers each message with. The store's report for `recognized` is completed
 * with the chip view of each record, computed with the service's own clock and settings, so both
 * faces (extension worker, userscript) answer alike.
 */
import type { ResponseMap } from '../messaging';
import type { Locale } from '../i18n';
import type { PopupSnapshot, TableHead } from './snapshot';
import type { DossierView } from './views';

export type RecognizedResponse = ResponseMap['recognized'] & { views: DossierView[]; locale: Locale };

export type ServiceResponseMap = Omit<ResponseMap, 'recognized' | 'get-popup' | 'get-table-head'> & {
  recognized: RecognizedResponse;
  'get-popup': PopupSnapshot;
  'get-table-head': TableHead;
};
