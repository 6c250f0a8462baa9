/** Every portal adapter, newest UI first. The recognizer loops over this list and never branches on hosts. */
import type { PortalAdapter } from './adapter';
import { antd } from './adapters/antd';
import { epar } from './adapters/epar';
import { igate } from './adapters/igate';

export const ADAPTERS: readonly PortalAdapter[] = [igate, antd, epar];
