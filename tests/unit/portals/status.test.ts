import { describe, expect, it } from 'vitest';
import { mapStatus } from '../../../utils/portals/parse/status';

describe('mapStatus', () => {
  it.each([
    ['Mới đăng ký', 'received'],
    ['Được tiếp nhận', 'received'],
    ['Không được tiếp nhận', 'rejected'],
    ['Đang xử lý', 'processing'],
    ['Yêu cầu bổ sung giấy tờ', 'supplement'],
    ['Chờ bổ sung', 'supplement'],
    ['Yêu cầu thực hiện nghĩa vụ tài chính', 'financial'],
    ['Công dân yêu cầu rút hồ sơ', 'withdrawn'],
    ['Dừng xử lý', 'paused'],
    ['Tạm dừng', 'paused'],
    ['Đã xử lý xong', 'done'],
    ['Đã trả kết quả', 'done'],
    ['Chuyển trả hồ sơ', 'returned'],
    ['Từ chối', 'rejected'],
    // OpenCPS / iGate / e-PAR wording (tests/fixtures/portals/*/README.md)
    ['Đã có kết quả', 'done'],
    ['Thụ lý hồ sơ', 'processing'],
    ['Văn phòng đăng ký đất đai đang Thụ lý', 'processing'],
    ['Yêu cầu thanh toán', 'financial'],
    ['Chờ thanh toán', 'financial'],
    ['Đã thanh toán', 'processing'],
    ['Đã trả kết quả, ngày 20-11-2026', 'done'],
    ['ĐANG  XỬ LÝ'.normalize('NFD'), 'processing'],
    ['Đã rút', 'withdrawn'],
    ['Hoàn thành', 'done'],
    ['Chờ xử lý', 'processing'],
    ['Đã xử lý (xong)', 'done'], // punctuation inside a phrase is one space
    ['Quá hạn', 'unknown'],
    ['Trong hạn', 'unknown'],
    ['', 'unknown'],
  ])('maps %j to %s', (text, status) => {
    expect(mapStatus(text)).toBe(status);
  });
});
