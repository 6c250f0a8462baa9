export { PopupApp, type PopupAppProps, type PopupData } from './PopupApp';
export { ThisTab, type ThisTabProps } from './ThisTab';
