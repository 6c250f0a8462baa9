export { PageNav, type PageId, type PageLinks } from './PageNav';
