import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkPagesBasePath, contentSession, sayWarnings, startBuildSession, stopWithReport } from '../build/content-session';

/**
 * Starts the build's one content check before Astro does anything else, and stops a build that
 * meets bad content there, leaving the previous output untouched. The prose goes on rendering in
 * worker threads while Astro sets up; the content loaders take the outcome.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ logger, command, config, updateConfig }) => {
        if (command !== 'build' && command !== 'dev') return;
        const cacheDir = fileURLToPath(config.cacheDir);
        const session = command === 'build' ? startBuildSession(cacheDir) : contentSession(cacheDir);
        const { site, warnings } = session.run.early;
        // The deploy workflow names the path GitHub Pages serves the site under.
        const problems = [...checkPagesBasePath(process.env.PAGES_BASE_PATH), ...session.run.early.problems];
        sayWarnings(session, warnings, logger);
        if (problems.length > 0 && command === 'build') {
          session.run.cancel();
          throw stopWithReport(session, problems, logger);
        }
        // The site's own address, for the sitemap and every absolute link.
        if (site) updateConfig({ site: site.baseUrl });
      },
    },
  };
}
