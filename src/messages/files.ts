const TYPES: Record<string, string> = {
  '.pdf': 'PDF',
  '.doc': 'Word',
  '.docx': 'Word',
  '.xls': 'Excel',
  '.xlsx': 'Excel',
  '.jpg': 'JPEG',
  '.jpeg': 'JPEG',
  '.png': 'PNG',
};

/** What a file is, by its name's ending, as a reader knows it: `PDF`, `Word`; the ending itself otherwise. */
export function fileType(name: string): string {
  const ending = /\.[^./]+$/.exec(name)?.[0].toLowerCase() ?? '';
  return TYPES[ending] ?? ending.slice(1).toUpperCase();
}

/** `850 byte`, `24,5 KB`, `1,2 MB`, with the Vietnamese decimal comma. */
export function formatBytes(bytes: number): string {
  const number = (value: number): string => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(value);
  if (bytes < 1024) return `${bytes} byte`;
  // Compare after rounding, so 1,048,575 bytes reads "1 MB", not "1.024 KB".
  if (Math.round((bytes / 1024) * 10) / 10 < 1024) return `${number(bytes / 1024)} KB`;
  return `${number(bytes / (1024 * 1024))} MB`;
}
