// Until the demo portal lands, `npm start` builds the extension and says how to load it.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const dir = resolve('.output/chrome-mv3');
if (!existsSync(dir)) {
  console.error('Không tìm thấy bản build: chạy `npm run build` trước.');
  process.exit(1);
}
console.log(`Tiện ích đã được build tại: ${dir}`);
console.log('Mở chrome://extensions, bật "Chế độ dành cho nhà phát triển", chọn "Tải tiện ích đã giải nén" và trỏ tới thư mục trên.');
