import { editorConfig } from '../lib/editor-collections';
import { EDITOR_WORDS } from '../messages/editor';
import { getSite } from './site';

/**
 * The web editor's configuration for this site: its forms from the schemas, its choices (officers,
 * thôn and tổ dân phố, fields, languages) from content/site.yaml, its repository from site.yaml's `editor`.
 */
export async function siteEditorConfig(): Promise<{ config: Record<string, unknown>; connected: boolean }> {
  const site = await getSite();
  const config = editorConfig(
    {
      repository: site.editor?.repository,
      branch: site.editor?.branch ?? 'main',
      signInUrl: site.editor?.signInUrl,
      siteUrl: site.baseUrl,
    },
    EDITOR_WORDS,
    {
      officers: site.officers.map((officer) => ({ value: officer.id, label: officer.role })),
      localities: site.localities.map((locality) => ({ value: locality.id, label: locality.name })),
      fields: site.fields.map((field) => ({ value: field, label: field })),
      languages: site.languages.map((language) => ({ value: language.code, label: `${language.name} (${language.vietnameseName})` })),
    },
  );
  return { config, connected: site.editor !== undefined };
}
