/** The three steps in one drawing: a portal list, a chip beside each code, the count on the toolbar icon. */
const ROWS = [
  { code: '000.00.12.H12-261110-0007', chip: 'nh-overdue', text: 'Quá hạn 2 ngày' },
  { code: '000.00.12.H12-261112-0011', chip: 'nh-due-today', text: 'Hôm nay 17:00' },
  { code: '000.00.12.H12-261113-0015', chip: 'nh-near', text: 'Còn 2 ngày' },
  { code: '000.00.12.H12-261116-0020', chip: 'nh-ok', text: 'Còn 9 ngày' },
];

// Fill colours of components/Chip/levels.css (SVG shapes take `fill`, not `background`).
const FILL: Record<string, [string, string]> = {
  'nh-overdue': ['#b71c1c', '#fff'],
  'nh-due-today': ['#bf360c', '#fff'],
  'nh-near': ['#fbc02d', '#1a1a1a'],
  'nh-ok': ['#2e7d32', '#fff'],
};

export function StepsPicture({ label }: { label: string }) {
  return (
    <svg viewBox="0 0 420 250" role="img" aria-label={label} xmlns="http://www.w3.org/2000/svg">
      <rect width="420" height="250" fill="#fff" />
      {/* Browser bar with the Nhắc Hạn icon and its badge */}
      <rect width="420" height="34" fill="#eceff1" />
      <rect x="10" y="8" width="300" height="18" rx="9" fill="#fff" stroke="#b0bec5" />
      <text x="22" y="21" font-size="10" fill="#546e7a">dichvucong.camau.gov.vn/ho-so</text>
      <rect x="372" y="6" width="22" height="22" rx="5" fill="#1565c0" />
      <text x="383" y="22" font-size="13" font-weight="700" fill="#fff" text-anchor="middle">N</text>
      <rect x="386" y="2" width="22" height="13" rx="6" fill="#c62828" />
      <text x="397" y="12" font-size="9" font-weight="700" fill="#fff" text-anchor="middle">2</text>
      {/* The portal's list */}
      <text x="14" y="58" font-size="13" font-weight="700" fill="#0d47a1">Hồ sơ đang xử lý</text>
      <rect x="14" y="68" width="392" height="22" fill="#e3f2fd" stroke="#90caf9" />
      <text x="22" y="83" font-size="10" font-weight="700" fill="#1a1a1a">Mã hồ sơ</text>
      <text x="250" y="83" font-size="10" font-weight="700" fill="#1a1a1a">Ngày hẹn trả</text>
      {ROWS.map((row, i) => {
        const y = 90 + i * 36;
        const [fill, ink] = FILL[row.chip]!;
        return (
          <g key={row.code}>
            <rect x="14" y={y} width="392" height="36" fill={i % 2 ? '#fafafa' : '#fff'} stroke="#cfd8dc" />
            <text x="22" y={y + 15} font-size="9.5" fill="#1565c0">{row.code}</text>
            <rect x="22" y={y + 20} width="92" height="13" rx="6.5" fill={fill} />
            <text x="68" y={y + 30} font-size="8.5" font-weight="700" fill={ink} text-anchor="middle">{row.text}</text>
            <text x="250" y={y + 22} font-size="10" fill="#37474f">{`${14 + i * 3}/11/2026`}</text>
          </g>
        );
      })}
      {/* Step numbers */}
      {[
        [300, 58],
        [128, 112],
        [360, 40],
      ].map(([x, y], i) => (
        <g key={i}>
          <circle cx={x} cy={y} r="9" fill="#ff6f00" />
          <text x={x} y={y! + 4} font-size="11" font-weight="700" fill="#fff" text-anchor="middle">{i + 1}</text>
        </g>
      ))}
    </svg>
  );
}
