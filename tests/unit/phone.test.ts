import { describe, expect, it } from 'vitest';
import { dialledDigits, telHref } from '../../src/lib/phone';

describe('telHref', () => {
  it.each([
    ['0269 3833 000', 'tel:02693833000'],
    ['0269.3833.000', 'tel:02693833000'],
    ['091-234-5678', 'tel:0912345678'],
    ['0269\u00a03833\u00a0000', 'tel:02693833000'],
    [' 0912 345 678 ', 'tel:0912345678'],
  ])('dials %j by its digits: %s', (number, href) => {
    expect(telHref(number)).toBe(href);
  });

  it.each([
    ['+84 269 3833 000', 'tel:+842693833000'],
    ['+84912345678', 'tel:+84912345678'],
    ['+84.912.345.678', 'tel:+84912345678'],
  ])('keeps the + of %j: %s', (number, href) => {
    expect(telHref(number)).toBe(href);
  });

  it.each([
    ['+84 0269 3833 000', 'tel:+842693833000'],
    ['+84 (0) 269 3833 000', 'tel:+842693833000'],
  ])('drops a 0 written after +84, which would dial a wrong number: %j → %s', (number, href) => {
    expect(telHref(number)).toBe(href);
  });
});

describe('dialledDigits', () => {
  it.each([
    ['0269 3833 000', '02693833000'],
    ['+84 269 3833 000', '02693833000'],
    ['+84 0269 3833 000', '02693833000'],
    ['+84.912.345.678', '0912345678'],
  ])('dials %j inside Vietnam as %s', (number, digits) => {
    expect(dialledDigits(number)).toBe(digits);
  });
});
