export { PopupApp, type PopupAppProps, type PopupData, type PopupLinks } from './PopupApp';
export { ThisTab, type ThisTabProps } from './ThisTab';
