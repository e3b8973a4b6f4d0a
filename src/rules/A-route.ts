/**
 * `A/route`: exactly one route 1–4 is chosen (`opleiding.route`), with the document that route
 * needs (diploma, EVC report or assessment report, each with its file) and, for routes 2–4, the
 * course certificates (toetsingskader A: "Je moet één van de vier gestelde criteria aantonen").
 */
import type { PortfolioConfig } from '../schema.js';
import { chosenRoute, type Route } from '../courses.js';
import { documentName } from '../refs.js';
import { configPlace } from './place.js';
import type { Rule } from './rule.js';
import type { Kader } from '../kader.js';

/** The route the documents point to, when exactly one kind of document is given. */
function guessRoute(opleiding: PortfolioConfig['opleiding'], kader: Kader): Route | undefined {
  const given = kader.routes.filter((r) => opleiding?.[r.bewijs] && (r.bewijs !== 'diploma' || Boolean(opleiding.diploma?.croho_mens_en_organisatie) === r.croho_mens_en_organisatie));
  return given.length === 1 ? given[0] : undefined;
}

export const rule: Rule = {
  id: 'A/route',
  severity: 'error',
  part: 'A',
  source: 'A',
  check({ portfolio, report, kader }) {
    if (!portfolio.config) return;
    const opleiding = portfolio.config.opleiding;
    const route = chosenRoute(portfolio, kader);
    if (!route) {
      // A value that does not fit (route: 5) is bestand/schema's finding.
      if (portfolio.configPositions['opleiding.route']) return;
      const tip = guessRoute(opleiding, kader);
      report({ messageId: tip ? 'missingTip' : 'missing', args: tip ? { route: tip.id } : {}, ...configPlace(portfolio, 'opleiding', 'route') });
      return;
    }
    const document = opleiding?.[route.bewijs];
    const args = { route: route.id, document: documentName(route.bewijs), sleutel: route.bewijs };
    if (!document) report({ messageId: 'noDocument', args, ...configPlace(portfolio, 'opleiding', 'route') });
    else if (!document.bestand) report({ messageId: 'noFile', args, ...configPlace(portfolio, 'opleiding', route.bewijs) });
    if (route.cursussen && !opleiding?.cursussen?.length) {
      report({ messageId: 'noCourses', args: { route: route.id, minimum: kader.getallen.min_cursusuren }, ...configPlace(portfolio, 'opleiding', 'cursussen') });
    }
  },
};
