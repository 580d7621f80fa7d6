import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentDir } from '../check/paths';
import { checkContent } from '../check/check-content';
import { buildStoppedMessage, formatReport, formatWarnings } from '../messages/problems';
import { renderProseAhead } from '../loaders/prose-loader';

/**
 * Validates the content before Astro writes a single file: a build that meets
 * bad content stops here, leaving the previous output untouched.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ logger, command, config }) => {
        if (command !== 'build' && command !== 'dev') return;
        // Worker threads render the prose meanwhile; the content loaders take it up.
        const prose = command === 'build' ? renderProseAhead(fileURLToPath(config.cacheDir)) : undefined;
        const { problems, warnings, documents } = checkContent(contentDir());
        if (warnings.length > 0) logger.warn(`\n${formatWarnings(warnings)}\n`);
        if (problems.length > 0 && command === 'dev') {
          // While editing, say what is wrong but keep the preview running.
          logger.warn(`\n${formatReport(problems)}\n`);
          return;
        }
        if (problems.length > 0) {
          // The report is logged as is; the error that stops Astro stays short so
          // Astro's own hints and stack do not bury it.
          logger.error(`\n${formatReport(problems)}\n`);
          prose?.cancel();
          throw new Error(buildStoppedMessage(problems.length));
        }
        // The prose itself is read next, by the content loaders, which report on it the same way.
        logger.info(`Thông tin các tệp hợp lệ / metadata valid: ${documents.length} văn bản (documents).`);
      },
    },
  };
}
