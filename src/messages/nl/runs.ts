/** Dutch texts of checking a whole group (`rlp check map1 map2 …`, `--alle`) and of `rlp check --watch`. */
export const cohort = {
  columns: { portfolio: 'Portfolio', errors: 'Fouten', warnings: 'Aandachtspunten', verdict: 'Oordeel' },
  verdict: { unchecked: 'niet te controleren', ok: 'voldoet', okWithWarnings: 'voldoet, met aandachtspunten', errors: 'nog niet klaar', tooManyWarnings: 'te veel aandachtspunten' },
  total: 'Totaal: {count} — voldoet: {ok}, nog niet klaar: {notReady}.',
  none: "In '{path}' staat geen enkele map met een portfolio.yaml. Geef de map op waarin de portfolio's van de groep staan.",
  failed: 'Dit portfolio kon niet worden gecontroleerd: {reason}',
};

export const watch = {
  status: 'Gecontroleerd om {time}. rlp kijkt mee en controleert opnieuw zodra je een bestand opslaat. Stoppen: Ctrl-C.',
  oneFolder: '--watch werkt met één portfoliomap tegelijk.',
  gone: "De map '{path}' is er (even) niet; rlp wacht tot hij terug is.",
};
