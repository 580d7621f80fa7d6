/**
 * An address-safe name from Vietnamese text: `Kế hoạch đối thoại năm 2024` →
 * `ke-hoach-doi-thoai-nam-2024`. Tone marks are dropped and đ becomes d, as
 * people type addresses without a Vietnamese keyboard.
 */
export function slugify(text: string, maxLength = Number.POSITIVE_INFINITY): string {
  const plain = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (plain.length <= maxLength) return plain;
  const cut = plain.slice(0, maxLength);
  return cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut;
}
