/** Dutch messages of the development plan rule (toetsingskader D). */
export const d = {
  'D/ontwikkelplan': {
    title: 'Ontwikkelplan voor vier jaar',
    explain: "Controleert of je ontwikkelplan er is, vier kalenderjaren beslaat (bovenaan 'periode: { van: 2027, tot: 2030 }', beide jaren inbegrepen) en de vier vragen van het toetsingskader (D) elk in een eigen sectie beantwoordt: '## Inzichten', '## Verbeteren en verdiepen', '## Doelen en acties' en '## Belemmeringen'. Begint het plan in een jaar vóór je indiendatum, dan krijg je een aandachtspunt.",
    fix: "Zet bovenaan ontwikkelplan.md 'periode: { van: JJJJ, tot: JJJJ }' voor de vier jaar na je indiendatum, en schrijf onder elk van de vier koppen je antwoord op de vraag die in het sjabloon als commentaar staat.",
    messages: {
      missing: "Je ontwikkelplan ontbreekt: het bestand {path} is er niet. Het toetsingskader (D) vraagt dat je je portfolio afsluit met een ontwikkelplan voor de komende {jaren} jaar. Maak het bestand aan met 'rlp init'.",
      noPeriod: 'Zet bovenaan je ontwikkelplan welke {jaren} jaar het beslaat, bijvoorbeeld: periode: { van: {van}, tot: {tot} }.',
      years: 'Je ontwikkelplan loopt van {van} tot en met {tot}: dat is {geteld} jaar. Het toetsingskader (D) vraagt een plan voor {jaren} jaar, bijvoorbeeld van {van} tot en met {voorbeeld}.',
      order: 'Het eindjaar van je ontwikkelplan ({tot}) ligt vóór het beginjaar ({van}). Controleer de periode.',
      pastStart: 'Je ontwikkelplan begint in {van}, vóór het jaar van je indiendatum ({jaar}). Het plan gaat over de komende jaren; laat het beginnen in {jaar} of later.',
      lateStart: "Je ontwikkelplan begint pas in {van}. Het toetsingskader (D) vraagt een plan voor de komende vier jaar, vanaf je certificering ({jaar}); laat het uiterlijk in {uiterlijk} beginnen.",
      shortSection: "De sectie '{kop}' van je ontwikkelplan telt {woorden} {woorden|woord|woorden}. Een assessor verwacht hier een antwoord dat je werkcontext en de ontwikkeling van het vak erbij betrekt; rlp meldt dit onder de {minimum} woorden (een keuze van rlp, geen eis van het toetsingskader).",
      unknownHeading: "De kop '{kop}' in je ontwikkelplan hoort bij geen van de vier vragen van het toetsingskader (D): {koppen}. Wat eronder staat, telt voor geen van die vragen mee.",
      unknownHeadingTip: "De kop '{kop}' in je ontwikkelplan herkent rlp niet als een van de vier vragen. Bedoel je '{tip}'?",
      missingSection: "Je ontwikkelplan heeft geen sectie '## {kop}'. Het toetsingskader (D) vraagt een antwoord op elk van de vier vragen; voeg de sectie toe.",
      emptySection: "De sectie '{kop}' van je ontwikkelplan bevat nog geen eigen tekst. Beantwoord hier de vraag die het toetsingskader (D) stelt; die staat in het sjabloon als commentaar.",
    },
  },
};
