/** The message for a portfolio folder that cannot be checked at all (CLI exit status 2), shared by single and group runs. */
import type { PortfolioNotFoundError } from './load/index.js';
import { catalogues } from './messages/index.js';
import type { Lang } from './types.js';

/** The message (template with `{path}`) for a folder that cannot be checked, by `PortfolioNotFoundError.reason`. */
export function notFoundMessage(reason: PortfolioNotFoundError['reason'], lang: Lang): string {
  const t = catalogues[lang].ui.fatal;
  return reason === 'missing' ? t.notFound : reason === 'unreadable' ? t.unreadable : t.notAFolder;
}
