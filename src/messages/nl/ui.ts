/** Dutch names of the portfolio parts and texts of the screens (report, init, errors). */
export const parts = {
  bestand: 'Bestanden',
  A: 'A. Opleiding',
  B1: 'B1. Werkervaring',
  B2: 'B2. Curriculum vitae en motivatie',
  C: 'C. Casusbeschrijvingen',
  D: 'D. Ontwikkelplan',
  E: 'E. Verklaringen',
  privacy: 'Privacy van cliënten',
};

export const ui = {
  checking: 'Portfolio controleren…',
  header: 'Portfolio {name} — indiendatum {datum}',
  severity: { error: 'fout', warning: 'let op', info: 'info' },
  noFindings: 'Geen opmerkingen.',
  portfolioLevel: 'portfolio',
  settings: {
    title: 'Afwijkend ingesteld in portfolio.yaml',
    item: '{setting} {value} (standaard {default})',
    level: { off: 'uit', info: 'info', warning: 'waarschuwing', error: 'fout' },
  },
  matrix: {
    title: 'Dekking per casus',
    taken: 'Taken',
    kennisgebieden: 'Kennisgebieden',
    competenties: 'Competenties',
    attitude: 'Professionele attitude',
    legend: '✓ uitgewerkt   ~ sectie leeg   – niet relevant (gemotiveerd)   ✗ ontbreekt',
    missingHint: '{naam} ontbreekt nog; past volgens het toetsingskader bij taak {taken}.',
    taak: 'Taak {id}',
  },
  verdict: {
    ok: 'Je portfolio voldoet aan alle eisen die rlp kan controleren. Het oordeel over de inhoud is aan de assessoren.',
    okWithWarnings: 'Geen fouten meer: je portfolio voldoet aan de harde eisen. Loop de {warnings} aandachtspunten nog even na.',
    errors: 'Nog niet klaar om in te dienen: {errors} punten waarop een assessor je portfolio zou terugsturen, en {warnings} aandachtspunten.',
  },
  summary: '{errors} fouten, {warnings} aandachtspunten',
  fatal: {
    notFound: "De map '{path}' bestaat niet. Geef de map van je portfolio op, bijvoorbeeld: rlp check mijn-portfolio",
    notAFolder: "'{path}' is geen map. Geef de map van je portfolio op, bijvoorbeeld: rlp check mijn-portfolio",
    internal: 'Er ging iets mis in rlp zelf ({detail}). Je portfolio is niet gewijzigd. Meld dit graag, met de opdracht die je gaf.',
    badDate: "'{value}' is geen geldige datum voor --datum. Schrijf JJJJ-MM-DD, bijvoorbeeld 2026-12-01.",
    badFormat: "'{value}' is geen bekende uitvoervorm. Kies uit: {options}.",
    badLang: "'{value}' is geen bekende taal. Kies nl of en.",
  },
  init: {
    created: 'Aangemaakt:',
    kept: 'Bestond al, niet gewijzigd:',
    next: "Vul de bestanden in en controleer je portfolio met: rlp check {path}",
    failed: "Kon '{path}' niet aanmaken: {reason}. Er is niets overschreven.",
    nothing: 'Alle bestanden bestonden al; er is niets gewijzigd.',
  },
};
