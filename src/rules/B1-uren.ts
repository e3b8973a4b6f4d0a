/**
 * `B1/uren`: at least 1200 hours of professional experience as a practitioner (toetsingskader B1).
 * Without an hours log: the declared `werkervaring.uren`. With a log that could be read
 * (`werkervaring.urenlog`): its qualifying hours, that is rows of categories that count (not
 * administration, PR, training, education, intervision, supervision) dated on or before the
 * indiendatum. With a log, a warning when the declared `uren` differs from the log by more than 10%,
 * one when rows are dated after the indiendatum (they do not count), and one when counting rows are
 * dated before `actief_sinds` (contract §7).
 */
import { formatDate } from '../dates.js';
import { excludedActivity, roundHours, rowsAfter, summariseHours } from '../hours.js';
import { configPlace, isConfigInvalid } from './place.js';
import type { Rule } from './rule.js';

/** Declared hours and the log's qualifying hours "differ a lot" beyond this share of the larger (rlp's choice). */
export const MISMATCH_SHARE = 0.1;

export const rule: Rule = {
  id: 'B1/uren',
  severity: 'error',
  part: 'B1',
  source: 'B1',
  check({ portfolio, settings, report, kader, ruleset }) {
    if (!portfolio.config) return;
    const minimum = kader.getallen.min_werkervaring_uren;
    const declared = portfolio.config.werkervaring?.uren;
    const log = portfolio.urenlog;
    if (!log) {
      const place = configPlace(portfolio, 'werkervaring', 'uren');
      // `uren: veel` is bestand/schema's finding, not a missing number.
      if (declared === undefined) {
        if (!isConfigInvalid(portfolio, 'werkervaring', 'uren')) report({ messageId: 'missing', args: { minimum }, ...place });
      } else if (declared < minimum) report({ messageId: 'tooFew', args: { uren: declared, minimum }, ...place });
      return;
    }
    const sum = summariseHours(log, settings.indiendatum, ruleset.woorden);
    const uitgesloten = roundHours(sum.totaal - sum.tellend - sum.naIndiendatum);
    if (sum.tellend < minimum) {
      report({ messageId: 'tooFewLog', args: { bestand: log.file, tellend: sum.tellend, totaal: sum.totaal, uitgesloten, minimum }, ...configPlace(portfolio, 'werkervaring', 'urenlog') });
    }
    const since = portfolio.config.werkervaring?.actief_sinds;
    const early = since ? log.rows.filter((row) => row.datum < since && !excludedActivity(row.categorie, ruleset.woorden)) : [];
    if (early.length > 0) {
      const uren = roundHours(early.reduce((total, row) => total + row.uren, 0));
      report({ messageId: 'beforeActive', severity: 'warning', args: { aantal: early.length, uren, sinds: since! }, file: log.file, line: early[0]!.line, column: 1 });
    }
    const later = rowsAfter(log, settings.indiendatum, ruleset.woorden);
    if (later.length > 0) {
      report({ messageId: 'afterDate', severity: 'warning', args: { aantal: later.length, uren: sum.naIndiendatum, indiendatum: formatDate(settings.indiendatum) }, file: log.file, line: later[0]!.line, column: 1 });
    }
    if (declared !== undefined && Math.abs(declared - sum.tellend) > MISMATCH_SHARE * Math.max(declared, sum.tellend)) {
      report({ messageId: 'mismatch', severity: 'warning', args: { uren: declared, tellend: sum.tellend, bestand: log.file }, ...configPlace(portfolio, 'werkervaring', 'uren') });
    }
  },
};
