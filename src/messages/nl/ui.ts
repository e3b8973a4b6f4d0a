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
  headerToday: 'Portfolio {name} — indiendatum {datum} (vandaag: portfolio.yaml noemt geen indiendatum)',
  severity: { error: 'fout', warning: 'let op', info: 'info' },
  noFindings: 'Geen opmerkingen.',
  portfolioLevel: 'portfolio',
  matrix: {
    title: 'Dekking per casus',
    taken: 'Taken',
    kennisgebieden: 'Kennisgebieden',
    competenties: 'Competenties',
    attitude: 'Professionele attitude',
    legend: '✓ uitgewerkt   ~ sectie leeg   – niet relevant (gemotiveerd)   ✗ ontbreekt   · niet in deze casus (mag: verdeel over beide casussen)',
    together: 'samen',
    missingHint: '{naam} ontbreekt nog; past volgens het toetsingskader bij {taken|taak|de taken} {taken}.',
    taak: 'Taak {id}',
  },
  uren: {
    title: 'Uren per categorie ({bestand})',
    total: 'Totaal {totaal} uur, waarvan {tellend} uur beroepsgerichte werkervaring (minimaal {minimum}).',
    excluded: 'telt niet mee',
    after: 'Na je indiendatum: {uren} uur (telt niet mee).',
  },
  verdict: {
    ok: 'Je portfolio voldoet aan alle eisen die rlp kan controleren. Het oordeel over de inhoud is aan de assessoren.',
    okWithWarnings: 'Geen fouten meer: je portfolio voldoet aan de harde eisen. Loop {warnings|het aandachtspunt|de aandachtspunten} nog even na.',
    errors: 'Nog niet klaar om in te dienen: {errors} {errors|punt|punten} waarop een assessor je portfolio zou terugsturen, en {warnings} {warnings|aandachtspunt|aandachtspunten}.',
  },
  summary: '{errors} {errors|fout|fouten}, {warnings} {warnings|aandachtspunt|aandachtspunten}',
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
