import { describe, expect, it } from 'vitest';
import { searchBundles } from '../../src/lib/search-bundles';

const pages = (n: number): string[] => Array.from({ length: n }, (_, i) => `van-ban/${String(i).padStart(5, '0')}/index.html`);

describe('searchBundles', () => {
  it('keeps a site of up to one bundle\'s pages in a single bundle', () => {
    expect(searchBundles(pages(5000), 5000)).toEqual([pages(5000)]);
    expect(searchBundles([], 5000)).toEqual([[]]);
  });

  it('splits a larger site into the fewest bundles, as even as can be, every page in exactly one', () => {
    const site = pages(10_617);
    const bundles = searchBundles(site, 5000);
    expect(bundles.map((b) => b.length)).toEqual([3539, 3539, 3539]);
    expect(bundles.flat()).toEqual(site);
  });

  it('splits by the pages alone: the same files give the same bundles', () => {
    expect(searchBundles(pages(12), 5)).toEqual(searchBundles(pages(12), 5));
    expect(searchBundles(pages(12), 5).map((b) => b.length)).toEqual([4, 4, 4]);
  });
});
