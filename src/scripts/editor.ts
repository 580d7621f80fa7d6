/**
 * Starts the web editor (Decap CMS) with the configuration the build wrote into the page, after
 * registering the file formats that write content as `npm run new` does (src/lib/editor-files.ts).
 */
import type { EditorField } from '../lib/editor-config';
import { formatName } from '../lib/editor-config';
import { mdxText, readMdx, readYaml, yamlText, type EntryData } from '../lib/editor-files';
import { EDITOR_INTERFACE } from '../messages/editor-interface';

interface Collection {
  name: string;
  extension?: string;
  fields?: EditorField[];
  files?: { fields: EditorField[] }[];
}

interface Decap {
  registerCustomFormat(
    name: string,
    extension: string,
    format: { fromFile(text: string): EntryData; toFile(data: EntryData): string },
  ): void;
  init(options: { config: Record<string, unknown> }): void;
  getLocale(locale: string): Phrases | undefined;
  registerLocale(locale: string, phrases: Phrases): void;
}

interface Phrases {
  [key: string]: string | Phrases;
}

/** Decap's phrases with `added` laid over them, key by key. */
function withPhrases(base: Phrases, added: Phrases): Phrases {
  const merged: Phrases = { ...base };
  for (const [key, value] of Object.entries(added)) {
    const inner = merged[key];
    merged[key] = typeof value === 'string' || typeof inner !== 'object' ? value : withPhrases(inner, value);
  }
  return merged;
}

declare global {
  interface Window {
    CMS_MANUAL_INIT?: boolean;
    CMS?: Decap;
  }
}

const config = JSON.parse(document.getElementById('editor-config')?.textContent ?? '{}') as { collections: Collection[] };
window.CMS_MANUAL_INIT = true;

const loader = document.createElement('script');
loader.src = '/quan-tri/decap-cms.js';
loader.addEventListener('load', () => {
  const cms = window.CMS;
  if (!cms) return;
  for (const collection of config.collections) {
    const fields = collection.fields ?? collection.files?.[0]?.fields ?? [];
    const mdx = collection.extension === 'mdx';
    cms.registerCustomFormat(formatName(collection.name), mdx ? 'mdx' : 'yaml', {
      fromFile: (text) => (mdx ? readMdx(text, fields) : readYaml(text, fields)),
      toFile: (data) => (mdx ? mdxText(data, fields) : yamlText(data, fields)),
    });
  }
  cms.registerLocale('vi', withPhrases(cms.getLocale('vi') ?? {}, EDITOR_INTERFACE));
  cms.init({ config });
});
document.head.append(loader);
