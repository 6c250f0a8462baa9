/**
 * Just enough of each portal family's look that the demo reads like the real thing: a blue
 * government header, antd tables, e-PAR's grey frames, iGate's Material tabs. No remote fonts.
 */
const BASE = `body{margin:0;font:14px/1.45 "Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;color:#1f2937;background:#f3f5f9}
a{color:#0b57d0}table{border-collapse:collapse}.tin-tuc{margin:0;padding:8px 16px 8px 28px;font-size:12px;color:#555}`;

const GOV = `${BASE}
header{background:#a4161a;color:#fff;padding:10px 20px}header h1{margin:0;font-size:20px}header a{color:#ffe8a3}
aside{background:#fff;border-bottom:1px solid #ddd}main{padding:12px 20px}
main table{background:#fff;width:100%}main th{background:#e9eef7;padding:6px;text-align:left}main td{padding:6px;vertical-align:top}`;

const ANTD = `${BASE}
.ant-layout{display:flex;min-height:100vh}.ant-layout-sider{width:220px;background:#001529;color:#c9d1dc}
.ant-layout-sider .tin-tuc{color:#c9d1dc}.ant-layout-content{flex:1;padding:16px 24px}
.chu-thich{margin-bottom:8px}.ant-tag{display:inline-block;padding:0 7px;border-radius:4px;font-size:12px;border:1px solid}
.ant-tag-green{color:#389e0d;background:#f6ffed;border-color:#b7eb8f}.ant-tag-orange{color:#d46b08;background:#fff7e6;border-color:#ffd591}
.ant-tag-red{color:#cf1322;background:#fff1f0;border-color:#ffa39e}
.ant-table-wrapper{background:#fff;border-radius:8px;box-shadow:0 1px 2px rgba(0,0,0,.06)}
.ant-table table{width:100%;table-layout:fixed}.ant-table-thead th{background:#fafafa;font-weight:600;padding:10px 8px;text-align:left;border-bottom:1px solid #f0f0f0}
.ant-table-cell{padding:10px 8px;border-bottom:1px solid #f0f0f0;vertical-align:top;overflow-wrap:anywhere}
.ant-table-thead th:first-child,.ant-table-tbody td:first-child{width:44px}
.ant-pagination{display:flex;gap:8px;list-style:none;padding:12px;margin:0;align-items:center}
.ant-pagination-item{border:1px solid #d9d9d9;border-radius:6px;padding:0 9px}.ant-pagination-item-active{border-color:#1677ff;color:#1677ff}`;

const EPAR = `${BASE}
body{background:#e8e8e8;font-family:Tahoma,Verdana,sans-serif;font-size:12px}.khung{background:#fff;max-width:1200px;margin:0 auto}
.banner{background:linear-gradient(#2a5ea8,#16407a);height:56px;color:#fff}.menu-trai{background:#eef2f8;border-right:1px solid #c5d0e3}
.bang{border-color:#9db3d6}.bang td{padding:4px}.tieude td{background:#c9d9f2}.dong1 td{background:#f5f8fc}
tr[onclick]{cursor:pointer}.phantrang{padding:6px;color:#16407a}`;

const IGATE = `${BASE}
body{background:#fafafa}app-root{display:block;padding:0 24px 24px}app-root h1{font-size:20px;font-weight:500;margin:16px 0 8px}
.mat-mdc-tab-nav-bar{display:flex;gap:4px;border-bottom:1px solid #e0e0e0;margin-bottom:8px}
.mat-mdc-tab-link{padding:10px 16px;text-decoration:none;color:#444}.mdc-tab--active{color:#1565c0;border-bottom:2px solid #1565c0}
.mat-mdc-table{width:100%;background:#fff;box-shadow:0 1px 3px rgba(0,0,0,.12)}
.mat-mdc-header-cell{font-weight:500;color:#5f6368;text-align:left;padding:10px 8px;border-bottom:1px solid #e0e0e0}
.mat-mdc-cell{padding:10px 8px;border-bottom:1px solid #f0f0f0;vertical-align:top}
button{font:inherit;padding:4px 10px;margin:8px 4px 0 0}`;

// A hand-made provincial list of cards (no table): what the generic recognizer cannot read.
const CARDS = `${BASE}
header{background:#005b96;color:#fff;padding:10px 20px}header h1{margin:0;font-size:20px}main{padding:12px 20px;max-width:980px}
.the-hs,.hs-item{background:#fff;border:1px solid #d6dde8;border-radius:8px;padding:10px 14px;margin:0 0 10px}
.dau{display:flex;gap:12px;align-items:baseline}.dau strong,.dau b{font-size:15px;color:#005b96}.nhan{color:#667;font-size:12px}
.chan{color:#445;font-size:13px;margin-top:4px}.tinh-trang{float:right;font-style:normal;color:#8a5a00}`;

const style = (css: string) => `<style>${css}</style>`;

export const STYLES = { gov: style(GOV), antd: style(ANTD), epar: style(EPAR), igate: style(IGATE), cards: style(CARDS), base: style(BASE) } as const;
