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
  headerToday: 'Portfolio {name} — submission date {datum} (today: portfolio.yaml gives no indiendatum)',
  severity: { error: 'error', warning: 'warning', info: 'info' },
  noFindings: 'No findings.',
  portfolioLevel: 'portfolio',
  matrix: {
    title: 'Coverage per case',
    taken: 'Tasks',
    kennisgebieden: 'Knowledge areas',
    competenties: 'Competences',
    attitude: 'Professional attitude',
    legend: '✓ written   ~ section empty   – not relevant (explained)   ✗ missing   · not in this case (fine: spread over both cases)',
    together: 'together',
    missingHint: '{naam} is still missing; the framework suggests it for {taken|task|tasks} {taken}.',
    taak: 'Task {id}',
  },
  uren: {
    title: 'Hours per category ({bestand})',
    total: 'Total {totaal} hours, of which {tellend} hours of professional experience (at least {minimum}).',
    excluded: 'does not count',
    after: 'After your submission date: {uren} hours (do not count).',
  },
  verdict: {
    ok: 'Your portfolio meets every requirement rlp can check. Judging the content is up to the assessors.',
    okWithWarnings: 'No errors left: your portfolio meets the hard requirements. Do look at {warnings|the warning|the warnings}.',
    errors: 'Not ready to submit yet: {errors} {errors|point|points} on which an assessor would send your portfolio back, and {warnings} {warnings|warning|warnings}.',
  },
  summary: '{errors} {errors|error|errors}, {warnings} {warnings|warning|warnings}',
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
