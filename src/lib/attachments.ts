import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** What a citizen should know about a file before downloading it, and how to verify it. */
export interface FileFacts {
  bytes: number;
  sha256: string;
  type: string;
}

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

/** Size, SHA-256 and type of a file, read at build time. */
export function describeFile(file: string): FileFacts {
  const content = fs.readFileSync(file);
  return {
    bytes: content.length,
    sha256: createHash('sha256').update(content).digest('hex'),
    type: TYPES[path.extname(file).toLowerCase()] ?? path.extname(file).slice(1).toUpperCase(),
  };
}

/** `850 byte`, `24,5 KB`, `1,2 MB`, with the Vietnamese decimal comma. */
export function formatBytes(bytes: number): string {
  const number = (value: number): string => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(value);
  if (bytes < 1024) return `${bytes} byte`;
  // Compare after rounding, so 1,048,575 bytes reads "1 MB", not "1.024 KB".
  if (Math.round((bytes / 1024) * 10) / 10 < 1024) return `${number(bytes / 1024)} KB`;
  return `${number(bytes / (1024 * 1024))} MB`;
}
