import { describe, expect, it } from 'vitest';
import { queryVariants } from '../../src/lib/search-variants';

describe('query spellings for d and đ', () => {
  it('reads each d of "dak doa" both ways, the query as typed first', () => {
    expect(queryVariants('dak doa')).toEqual(['dak doa', 'dak đoa', 'đak doa', 'đak đoa']);
  });

  it('reads đ as d too, so a query typed with đ also finds text written without it', () => {
    expect(queryVariants('Đoa')).toEqual(['Đoa', 'doa', 'đoa']);
  });

  it('leaves a query without d alone', () => {
    expect(queryVariants('  tiep   cong  ')).toEqual(['tiep cong']);
  });

  it('stops multiplying at the cap and still includes the query as typed', () => {
    const variants = queryVariants('dd dd dd dd dd', 16);
    expect(variants.length).toBeLessThanOrEqual(17);
    expect(variants[0]).toBe('dd dd dd dd dd');
  });
});
