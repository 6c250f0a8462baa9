import { render } from 'preact';

render(<p>Nhắc Hạn</p>, document.getElementById('app')!);
