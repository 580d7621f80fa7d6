/**
 * Hands the checked content to Astro's content store. Every collection takes its entries from the
 * one content check of the build (src/check/), which has read, validated and rendered everything
 * already: nothing is read or validated again here, and an entry whose file has not changed is
 * left as it was. The prose's HTML stays in files beside Astro's cache, not in the store, which
 * is bundled into the build as one module: entries carry the HTML's file in `rendered.metadata`,
 * and pages read it with `proseHtml()` (src/data/prose.ts); Astro's `render()` would give nothing.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { CheckedContent, ContentEntry } from '../check';
import { contentDir } from '../check';
import { historyOf } from '../lib/history';
import { checkedContent, contentSession, contentSessionAfterEdit, projectPath, type ContentSession } from '../build/content-session';

/** What one collection stores of the checked content. */
interface StoredEntry {
  id: string;
  data: Record<string, unknown>;
  digest?: string;
  filePath?: string;
  /** The prose as written, kept only where a page compares two texts. */
  body?: string;
  rendered?: { html: string; metadata: Record<string, unknown> };
}

type Collect = (content: CheckedContent, now: Date, root: string) => StoredEntry[];

function item(root: string, entry: ContentEntry<object>): StoredEntry {
  const { prose } = entry;
  return {
    id: entry.id,
    data: { ...entry.data },
    digest: entry.digest,
    filePath: projectPath(root, entry.file),
    ...(prose ? { rendered: { html: '', metadata: { headings: prose.headings, proseFile: prose.htmlFile } } } : {}),
    ...(entry.source === undefined ? {} : { body: entry.source }),
  };
}

const itemsOf =
  (kind: 'documents' | 'receptions' | 'pages' | 'consultations' | 'dialogues' | 'translations' | 'languageWords'): Collect =>
  (content, _now, root) =>
    content[kind].map((entry) => item(root, entry));

/** The content files whose history the pages show, keyed by their project-relative path. */
const histories: Collect = (content, _now, root) => {
  if (!content.histories.available) return [];
  const files = [
    ...content.documents,
    ...content.receptions,
    ...content.pages,
    ...content.consultations,
    ...content.dialogues,
    ...content.translations,
  ];
  return files.flatMap((entry) => {
    const history = historyOf(content.histories, entry.file);
    return history.available ? [{ id: projectPath(root, entry.file), data: { changes: history.changes } }] : [];
  });
};

/** What each collection takes from the check. */
const COLLECT = {
  documents: itemsOf('documents'),
  receptions: itemsOf('receptions'),
  pages: itemsOf('pages'),
  consultations: itemsOf('consultations'),
  dialogues: itemsOf('dialogues'),
  translations: itemsOf('translations'),
  languageWords: itemsOf('languageWords'),
  site: (content) => [{ id: 'site', data: { ...content.site } }],
  build: (content, now) => [{ id: 'build', data: { now, history: content.histories.available ? 'available' : content.histories.reason } }],
  history: histories,
  files: (content) => content.files.map(({ name, ...facts }) => ({ id: name, data: { ...facts } })),
} satisfies Record<string, Collect>;

export type CollectionName = keyof typeof COLLECT;

/** Brings the store up to date with the checked content: new and changed entries set, removed ones deleted. */
function fill(store: LoaderContext['store'], entries: readonly StoredEntry[]): void {
  const present = new Set<string>();
  for (const entry of entries) {
    present.add(entry.id);
    store.set(entry);
  }
  for (const id of store.keys()) if (!present.has(id)) store.delete(id);
}

/** The loader of one collection. */
export function contentLoader(name: CollectionName): Loader {
  return {
    name: `content-${name}`,
    load: async ({ store, config, logger, watcher }) => {
      const root = fileURLToPath(config.root);
      const cacheDir = fileURLToPath(config.cacheDir);
      const editing = watcher !== undefined;
      const sync = async (session: ContentSession): Promise<void> => {
        const content = await checkedContent(session, logger, editing);
        if (content) fill(store, COLLECT[name](content, session.now, root));
      };
      await sync(contentSession(cacheDir));
      if (!watcher) return;
      // `astro dev`: follow edits to the content, with the entries of one new check for all collections.
      const dir = contentDir();
      watcher.add(dir);
      const onEdit = (file: string): void => {
        if (!path.resolve(file).startsWith(dir + path.sep)) return;
        contentSessionAfterEdit(cacheDir)
          .then(sync)
          .catch((error: unknown) => {
            logger.error(String(error));
          });
      };
      watcher.on('add', onEdit).on('change', onEdit).on('unlink', onEdit);
    },
  };
}
