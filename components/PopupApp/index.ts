export { PopupApp, type PopupAppProps, type PopupData } from './PopupApp';
