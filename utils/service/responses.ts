/**
 * What the service answers each message with. The store's report for `recognized` is completed
 * with what the page needs to compute its chips as the store would (utils/service/page-views.ts):
 * the store's clock and settings, and what it knows of each row beyond the page's reading. Both
 * faces (extension worker, userscript) answer alike.
 */
import type { ResponseMap } from '../messaging';
import type { ChipContext } from './page-views';
import type { PopupSnapshot, TableHead } from './snapshot';

export type RecognizedResponse = ResponseMap['recognized'] &
  ChipContext & {
    /** Set by the extension's worker: the version of what chips show, for a list to keep its context (utils/extension/kept-chips.ts). */
    chipsVersion?: string;
  };

export type ServiceResponseMap = Omit<ResponseMap, 'recognized' | 'get-popup' | 'get-table-head'> & {
  recognized: RecognizedResponse;
  'get-popup': PopupSnapshot;
  'get-table-head': TableHead;
};
