/** English names of the portfolio parts and texts of the screens (report, init, errors). */
export const parts = {
  bestand: 'Files',
  A: 'A. Education',
  B1: 'B1. Work experience',
  B2: 'B2. Curriculum vitae and motivation',
  C: 'C. Case descriptions',
  D: 'D. Development plan',
  E: 'E. Declarations',
  privacy: "Clients' privacy",
};

export const ui = {
  checking: 'Checking portfolio…',
  header: 'Portfolio {name} — submission date {datum}',
  severity: { error: 'error', warning: 'warning', info: 'info' },
  noFindings: 'No findings.',
  portfolioLevel: 'portfolio',
  settings: {
    title: 'Changed in portfolio.yaml',
    item: '{setting} {value} (default {default})',
    level: { off: 'off', info: 'info', warning: 'warning', error: 'error' },
  },
  matrix: {
    title: 'Coverage per case',
    taken: 'Tasks',
    kennisgebieden: 'Knowledge areas',
    competenties: 'Competences',
    attitude: 'Professional attitude',
    legend: '✓ written   ~ section empty   – not relevant (explained)   ✗ missing',
    missingHint: '{naam} is still missing; the framework suggests it for task {taken}.',
    taak: 'Task {id}',
  },
  verdict: {
    ok: 'Your portfolio meets every requirement rlp can check. Judging the content is up to the assessors.',
    okWithWarnings: 'No errors left: your portfolio meets the hard requirements. Do look at the {warnings} warnings.',
    errors: 'Not ready to submit yet: {errors} points on which an assessor would send your portfolio back, and {warnings} warnings.',
  },
  summary: '{errors} errors, {warnings} warnings',
  fatal: {
    notFound: "The folder '{path}' does not exist. Name your portfolio folder, e.g.: rlp check my-portfolio",
    notAFolder: "'{path}' is not a folder. Name your portfolio folder, e.g.: rlp check my-portfolio",
    internal: 'Something went wrong inside rlp ({detail}). Your portfolio was not changed. Please report this, with the command you gave.',
    badDate: "'{value}' is not a valid date for --datum. Write YYYY-MM-DD, e.g. 2026-12-01.",
    badFormat: "'{value}' is not a known output format. Choose from: {options}.",
    badLang: "'{value}' is not a known language. Choose nl or en.",
  },
  init: {
    created: 'Created:',
    kept: 'Already there, left unchanged:',
    next: 'Fill in the files and check your portfolio with: rlp check {path}',
    failed: "Could not create '{path}': {reason}. Nothing was overwritten.",
    nothing: 'All files were already there; nothing was changed.',
  },
};
