// iGate-like Angular Material SPA: pushState routing between lists, its own /pa/dossier/search
// calls, and a mat-table that is replaced on every route or page change (as Angular does).
(() => {
  const root = document.querySelector('app-root');
  const TABS = [
    ['/vi/dossier/processing', 'Đang xử lý', 'processing'],
    ['/vi/dossier/supplement', 'Chờ bổ sung', 'supplement'],
  ];
  const COLUMNS = [
    ['no', 'STT'], ['code', 'Số hồ sơ'], ['procedure', 'Thủ tục'], ['applicant', 'Người nộp'],
    ['acceptedDate', 'Ngày tiếp nhận'], ['appointmentDate', 'Ngày hẹn trả'], ['dueDate', 'Hạn xử lý'],
    ['status', 'Trạng thái'], ['currentTask', 'Cán bộ xử lý'],
  ];
  const el = (tag, attrs = {}, text) => {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    if (text !== undefined) node.textContent = text; // never innerHTML: dossier text is data
    return node;
  };
  const pad = (n) => String(n).padStart(2, '0');
  const vnTime = (iso) => {
    const d = new Date(Date.parse(iso) + 7 * 3600e3);
    return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
  };
  const cellText = (item, key, i, offset) => ({
    no: String(offset + i + 1), code: item.code, procedure: item.procedure.translate.name,
    applicant: item.applicant.data.fullname, acceptedDate: vnTime(item.acceptedDate),
    appointmentDate: vnTime(item.appointmentDate), dueDate: vnTime(item.dueDate),
    status: item.dossierStatus.name, currentTask: item.currentTask[0].assignee.fullname,
  })[key];

  let page = 0;
  const size = 20;

  async function draw() {
    const tab = TABS.find(([path]) => location.pathname.startsWith(path)) ?? TABS[0];
    const res = await fetch(`/pa/dossier/search?status=${tab[2]}&page=${page}&size=${size}`);
    const data = await res.json();
    root.replaceChildren();
    const nav = el('nav', { class: 'mat-mdc-tab-nav-bar' });
    for (const [path, label] of TABS) {
      const a = el('a', { href: path, class: 'mat-mdc-tab-link' + (path === tab[0] ? ' mdc-tab--active' : '') }, label);
      a.addEventListener('click', (e) => { e.preventDefault(); history.pushState({}, '', path); page = 0; draw(); });
      nav.append(a);
    }
    const table = el('table', { 'mat-table': '', role: 'table', class: 'mat-mdc-table mdc-data-table__table cdk-table' });
    const head = el('tr', { role: 'row', class: 'mat-mdc-header-row mdc-data-table__header-row' });
    for (const [key, label] of COLUMNS) head.append(el('th', { role: 'columnheader', class: `mat-mdc-header-cell mat-column-${key}` }, label));
    table.append(el('thead', { role: 'rowgroup' }), el('tbody', { role: 'rowgroup', class: 'mdc-data-table__content' }));
    table.tHead.append(head);
    data.content.forEach((item, i) => {
      const tr = el('tr', { role: 'row', class: 'mat-mdc-row mdc-data-table__row' });
      for (const [key] of COLUMNS) {
        const td = el('td', { role: 'cell', class: `mat-mdc-cell mat-column-${key}` });
        if (key === 'code') td.append(el('a', { href: `/vi/dossier/processing/${item.id}?procedure=${item.procedure.id}&task=${item.currentTask[0].id}` }, item.code));
        else td.textContent = cellText(item, key, i, page * size);
        tr.append(td);
      }
      table.tBodies[0].append(tr);
    });
    const from = data.totalElements === 0 ? 0 : page * size + 1;
    const pager = el('mat-paginator', { class: 'mat-mdc-paginator' });
    pager.append(el('div', { class: 'mat-mdc-paginator-range-label' }, `${from} – ${page * size + data.content.length} của ${data.totalElements}`));
    const next = el('button', { class: 'mat-mdc-paginator-navigation-next', 'aria-label': 'Trang sau' }, '›');
    next.disabled = data.last;
    next.addEventListener('click', () => { page += 1; draw(); });
    const prev = el('button', { class: 'mat-mdc-paginator-navigation-previous', 'aria-label': 'Trang trước' }, '‹');
    prev.disabled = page === 0;
    prev.addEventListener('click', () => { page -= 1; draw(); });
    pager.append(prev, next);
    root.append(el('h2', {}, tab[1]), nav, table, pager);
  }
  addEventListener('popstate', () => { page = 0; draw(); });
  draw();
})();
