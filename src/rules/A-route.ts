/**
 * `A/route`: exactly one route 1–4 is chosen (`opleiding.route`), with the document that route
 * needs (diploma, EVC report or assessment report, each with its file) and, for routes 2–4, the
 * course certificates (toetsingskader A: "Je moet één van de vier gestelde criteria aantonen").
 */
import { kader } from '../kader.js';
import type { PortfolioConfig } from '../schema.js';
import { chosenRoute, type Route } from '../courses.js';
import type { ItemRef } from '../types.js';
import { configPlace } from './place.js';
import type { Rule } from './rule.js';


/** The name of a route's document (diploma, EVC report, assessment report) in the report's language. */
export function documentName(key: Route['bewijs']): ItemRef {
  return { ref: 'tekst', rule: 'A/route', id: `doc-${key}` };
}

/** The route the documents point to, when exactly one kind of document is given. */
function guessRoute(opleiding: PortfolioConfig['opleiding']): Route | undefined {
  const given = kader.routes.filter((r) => opleiding?.[r.bewijs] && (r.bewijs !== 'diploma' || Boolean(opleiding.diploma?.croho_mens_en_organisatie) === r.croho_mens_en_organisatie));
  return given.length === 1 ? given[0] : undefined;
}

export const rule: Rule = {
  id: 'A/route',
  severity: 'error',
  part: 'A',
  source: 'A',
  check({ portfolio, report }) {
    if (!portfolio.config) return;
    const opleiding = portfolio.config.opleiding;
    const route = chosenRoute(portfolio);
    if (!route) {
      // A value that does not fit (route: 5) is bestand/schema's finding.
      if (portfolio.configPositions['opleiding.route']) return;
      const tip = guessRoute(opleiding);
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
