import { describe, expect, it } from 'vitest';
import { parseMessage, ValidationError } from '../../../utils/messaging';
import { record } from '../store/helpers';

const recognized = (seen: unknown) => ({
  type: 'recognized',
  portal: 'antd',
  url: 'http://motcua.thanhhoa.gov.vn/ho-so/can-xu-ly?page=2',
  coverage: 'partial',
  records: [record('G22.99.08-261120-000001', { portal: 'antd' })],
  seen,
});

describe('the part of a list a recognized message says it saw', () => {
  it.each([
    ['page 2 of 7, 20 of 143 rows', { page: 2, pageCount: 7, rowsSeen: 20, totalRows: 143 }],
    ['nothing known but the rows on screen', { page: null, pageCount: null, rowsSeen: 20, totalRows: null }],
    ['an empty page of an empty list', { page: 1, pageCount: 1, rowsSeen: 0, totalRows: 0 }],
  ])('accepts %s', (_name, seen) => {
    expect(parseMessage(recognized(seen))).toMatchObject({ seen });
  });

  it('is optional: absent means not known', () => {
    const { seen: _absent, ...message } = recognized(undefined);
    expect(parseMessage(message)).not.toHaveProperty('seen');
  });

  it('drops keys it does not know', () => {
    const parsed = parseMessage(recognized({ page: 1, pageCount: 2, rowsSeen: 20, totalRows: 40, complete: true })) as { seen: object };
    expect(parsed.seen).toEqual({ page: 1, pageCount: 2, rowsSeen: 20, totalRows: 40 });
  });

  it.each<[string, unknown, RegExp]>([
    ['a negative row count', { page: 1, pageCount: 2, rowsSeen: -1, totalRows: 40 }, /seen\.rowsSeen: -1 ngoài khoảng/],
    ['a fractional total', { page: 1, pageCount: 2, rowsSeen: 20, totalRows: 40.5 }, /seen\.totalRows: cần số nguyên/],
    ['page 0', { page: 0, pageCount: 2, rowsSeen: 20, totalRows: 40 }, /seen\.page: 0 ngoài khoảng/],
    ['a page beyond the page count', { page: 3, pageCount: 2, rowsSeen: 20, totalRows: 40 }, /seen\.page: trang 3 lớn hơn số trang 2/],
    ['an absurd total', { page: 1, pageCount: 2, rowsSeen: 20, totalRows: 1e12 }, /seen\.totalRows: .* ngoài khoảng/],
    ['a page count given as text', { page: 1, pageCount: '7', rowsSeen: 20, totalRows: 143 }, /seen\.pageCount: cần số nguyên/],
    ['a missing row count', { page: 1, pageCount: 2, totalRows: 40 }, /seen\.rowsSeen: cần số nguyên/],
    ['not an object', 'trang 1/2', /seen: cần đối tượng/],
  ])('rejects %s', (_name, seen, error) => {
    expect(() => parseMessage(recognized(seen))).toThrow(ValidationError);
    expect(() => parseMessage(recognized(seen))).toThrow(error);
  });
});
