/** Dutch messages of the case rules (toetsingskader C, C.1–C.4). */
export const c = {
  'C/aantal': {
    title: 'Twee casussen',
    explain: 'Controleert of je portfolio precies twee casusbeschrijvingen bevat: de tekstbestanden (.md) in de map casussen/, of de bestanden die portfolio.yaml noemt onder casussen:.',
    fix: 'Zet precies twee casusbestanden in casussen/ (bijvoorbeeld casus-1.md en casus-2.md), of noem onder casussen: in portfolio.yaml de twee die meetellen.',
    messages: {
      none: 'Er staan geen casussen in de map casussen/. Het toetsingskader vraagt precies {wanted} casusbeschrijvingen.',
      tooFew: 'Er {count|is|zijn} {count} {count|casusbeschrijving|casusbeschrijvingen} gevonden ({files}); het toetsingskader vraagt er precies {wanted}.',
      tooMany: "Er zijn {count} casusbeschrijvingen gevonden ({files}); het toetsingskader vraagt er precies {wanted}. Haal de overige uit de map casussen/ of noem de twee die meetellen onder 'casussen:' in portfolio.yaml.",
    },
  },
  'C/periode': {
    title: 'Casus uit de afgelopen twee jaar',
    explain: 'Controleert of elk traject is afgerond binnen de twee jaar vóór je indiendatum en niet erna. Begon het traject eerder, dan krijg je een aandachtspunt. Twee jaar wordt in kalenderdagen geteld: vanaf indiendatum 2026-12-01 telt een einddatum vanaf 2024-12-01 mee.',
    fix: "Vul in de gegevens bovenaan de casus 'periode: { start: JJJJ-MM-DD, eind: JJJJ-MM-DD }' in en kies een traject dat binnen de twee jaar vóór je indiendatum is afgerond. Met 'rlp check --datum JJJJ-MM-DD' reken je met een andere indiendatum.",
    messages: {
      missing: 'De periode van deze casus ontbreekt. Vul bovenaan in: periode: { start: 2025-02-03, eind: 2025-07-15 } (met jouw datums).',
      noEnd: 'De einddatum van dit traject ontbreekt (periode: eind). Zonder einddatum is niet te zien of het traject in de afgelopen twee jaar is afgerond.',
      noStart: 'De startdatum van dit traject ontbreekt (periode: start). De einddatum bepaalt of het traject binnen de twee jaar valt, maar een assessor wil ook zien hoe lang het traject liep. Vul de startdatum in.',
      order: 'De startdatum ({start}) ligt na de einddatum ({eind}). Controleer beide datums.',
      future: 'Dit traject eindigt op {eind}, na je indiendatum ({indiendatum}). Beschrijf alleen trajecten die bij het indienen al zijn afgerond.',
      tooOld: 'Dit traject eindigde op {eind}, meer dan {jaren} jaar vóór je indiendatum ({indiendatum}). Het toetsingskader vraagt trajecten uit de afgelopen {jaren} jaar: de einddatum moet op of na {grens} liggen.',
      startedBefore: 'Dit traject begon op {start}, vóór {grens}. Het eindigde wel binnen de afgelopen {jaren} jaar, maar een assessor kan vragen of je het echt in die periode hebt uitgevoerd.',
    },
  },
  'C/afgerond': {
    title: 'Afgerond traject',
    explain: 'Controleert of elke casus een compleet, afgerond begeleidingstraject beschrijft (afgerond: ja in de gegevens bovenaan).',
    fix: "Kies een traject dat helemaal is afgesloten en zet 'afgerond: ja' bovenaan de casus.",
    messages: {
      notFinished: 'Dit traject is volgens de gegevens bovenaan nog niet afgerond (er staat \'afgerond: nee\'). Het toetsingskader vraagt twee complete begeleidingstrajecten; kies een afgerond traject.',
      missing: "Er staat niet bij of dit traject is afgerond. Zet 'afgerond: ja' bovenaan als het traject helemaal is afgesloten.",
      closingSkipped: "Dit traject heet afgerond, maar {naam} was volgens de casus niet relevant. Een compleet traject heeft normaal een intake, een begeleidingsvoorstel en een afronding; een assessor zal vragen of het traject echt compleet was. Beschrijf wat er in deze stap gebeurde, of kies een traject dat alle stappen doorliep.",
    },
  },
  'C/keuze': {
    title: 'Keuze voor de casus toegelicht',
    explain: 'Controleert of elke casus begint met een toelichting waarom je juist voor dit begeleidingstraject hebt gekozen.',
    fix: "Begin de casus met een sectie '## Keuze voor deze casus' en leg daarin uit waarom je dit traject hebt gekozen.",
    messages: {
      missing: "Deze casus legt niet uit waarom je voor dit traject hebt gekozen. Voeg bovenaan een sectie '## {kop}' toe.",
      late: "De toelichting op je keuze ('## {kop}') staat pas na '{taak}'. Het toetsingskader zegt dat je casus begint met waarom je juist dit traject koos; zet deze sectie bovenaan.",
    },
  },
  'C/diversiteit': {
    title: 'Verschillende casussen',
    explain: 'Controleert of je twee casussen van elkaar verschillen in vraagstelling, type cliënt of de uitdaging voor jou als begeleider. rlp vergelijkt de velden vraagstelling, clienttype en uitdaging bovenaan beide casussen.',
    fix: 'Vul vraagstelling, clienttype en uitdaging in bij beide casussen. Lijken ze te veel op elkaar, kies dan een traject met een andere vraag, een ander soort cliënt of een andere uitdaging.',
    messages: {
      unverifiable: 'Vul bovenaan beide casussen {fields} in. Dan is te zien dat je casussen van elkaar verschillen, zoals het toetsingskader vraagt.',
      unverifiableOne: 'Vul bovenaan deze casus ook {fields} in, zoals in {other}. Dan is te zien dat je casussen van elkaar verschillen, zoals het toetsingskader vraagt.',
      same: 'Je twee casussen lijken op elkaar: {fields} zijn hetzelfde als in {other}. Het toetsingskader vraagt diversiteit, bijvoorbeeld een andere vraagstelling, een ander type cliënt of een andere uitdaging voor jou als begeleider.',
      similar: 'Je twee casussen lijken sterk op elkaar: {fields} verschillen maar een enkel woord van {other}. Het toetsingskader vraagt diversiteit, bijvoorbeeld een andere vraagstelling, een ander type cliënt of een andere uitdaging voor jou als begeleider. Laat zien waarin de trajecten echt verschillen, of kies een ander traject.',
    },
  },
  'C/tags': {
    title: 'Gegevens en secties kloppen',
    explain: 'Controleert of wat je bovenaan een casus noemt (taken, kennisgebieden, competenties) ook een eigen sectie heeft, en andersom. Een genoemd onderdeel zonder sectie is een fout; een sectie die bovenaan niet genoemd wordt, of een kop die rlp niet herkent, is een aandachtspunt.',
    fix: "Schrijf voor elk genoemd onderdeel een sectie: '## Taak N – …' voor een taak, '### naam' onder '## Kennisgebieden' of '## Competenties'. Of haal het onderdeel bovenaan weg als je het in deze casus niet uitwerkt.",
    messages: {
      unknownHeading: "De kop '{kop}' onder '{onderdeel}' hoort bij geen enkel onderdeel van het toetsingskader.",
      unknownHeadingTip: "De kop '{kop}' onder '{onderdeel}' herkent rlp niet. Bedoel je '{tip}'?",
      unknownTopHeadingTip: "De kop '{kop}' herkent rlp niet als onderdeel van een casus. Bedoel je '{tip}'?",
      unknownTopHeadingTasks: "De kop '{kop}' hoort bij geen onderdeel van een casus, dus wat eronder staat telt nergens voor mee. In deze casus {opties|ontbreekt|ontbreken} nog {opties}; gaat de tekst daarover, begin de kop dan zo (bijvoorbeeld '## Taak 0 – …'). Hoort de tekst bij een kennisgebied, competentie of attitudevraag, zet hem dan als kop van drie hekjes onder dat onderdeel.",
      unknownTopHeading: "De kop '{kop}' hoort bij geen onderdeel van een casus, dus wat eronder staat telt nergens voor mee. Hoort de tekst bij een taak, kennisgebied, competentie of attitudevraag? Geef hem dan die kop, bijvoorbeeld '## Taak 3' of '### Arbeidsmarkt' onder '## Kennisgebieden'.",
      unknownHeadingOptions: "De kop '{kop}' onder '{onderdeel}' herkent rlp niet, dus wat eronder staat telt niet mee. Bedoel je een van deze: {opties}? Gebruik dan die naam als kop.",
      misplacedItem: "De kop '{kop}' gaat over {naam}, maar staat los in de casus. Zet hem als kop '### {sectie}' onder '## {ouder}'. rlp telt hem nu wel mee.",
      misplacedTask: "De kop '{kop}' onder '{onderdeel}' gaat over {naam}. Taken horen in het procesdeel van de casus, met een eigen kop '## {sectie} – …'. rlp telt hem nu wel mee.",
      misplacedOther: "De kop '{kop}' staat onder '{onderdeel}', maar gaat over {naam}. Zet hem onder '## {ouder}'. rlp telt hem nu wel mee.",
      taskWithoutSection: "Je noemt {naam} bij 'taken', maar de casus heeft er geen sectie voor. Schrijf een sectie die begint met '## {kop}', of haal de taak uit de lijst.",
      tagWithoutSection: "Je noemt {naam} bovenaan, maar onder '## {kop}' staat er geen sectie voor. Schrijf een sectie '### {sectie}', of haal het bovenaan weg.",
      sectionWithoutTag: "Er is een sectie over {naam}, maar bovenaan staat '{id}' niet in de lijst '{key}'. Voeg het daar toe, zodat zichtbaar is wat deze casus aantoont.",
    },
  },
  'C/inhoud': {
    title: 'Secties uitgewerkt',
    explain: 'Controleert of elke sectie van een casus je eigen tekst bevat. Een lege sectie, of een sectie met alleen de tekst uit het sjabloon, is een fout. Een sectie met minder woorden dan het minimum (standaard 50, in te stellen met instellingen: min_woorden in portfolio.yaml) geeft een aandachtspunt; het toetsingskader zelf noemt geen aantal woorden.',
    fix: 'Schrijf in de sectie wat je deed, welke afwegingen je maakte en wat het effect was. De handreiking uit het toetsingskader staat als commentaar in het sjabloon; commentaar telt niet mee.',
    messages: {
      empty: "De sectie '{naam}' is nog leeg.",
      template: "De sectie '{naam}' bevat alleen de voorbeeldtekst uit het sjabloon. Vervang die door je eigen beschrijving.",
      short: "De sectie '{naam}' telt {woorden} {woorden|woord|woorden}. Dat is kort om je handelen en je afwegingen te laten zien; rlp meldt dit onder de {minimum} woorden (een keuze van rlp, geen eis van het toetsingskader).",
      standInNvt: "De sectie '{naam}' zegt alleen '{tekst}'. Zo telt {naam} niet als aangetoond. Werk het uit met wat je in deze casus deed, of haal de sectie en de vermelding bovenaan weg.",
      standInRef: "De sectie '{naam}' verwijst alleen naar een andere plek ('{tekst}'). Een verwijzing telt niet als aangetoond: laat hier zelf zien hoe {naam} in deze casus terugkomt, of haal de sectie weg.",
    },
  },
  'C1/taken': {
    title: 'Alle taken aangetoond',
    explain: "Controleert of alle taken 0 tot en met 7 in je casussen aan bod komen. Sla je in een casus een taak over, dan motiveer je onder niet_relevant waarom; in de andere casus moet die taak dan wel aan bod komen.",
    fix: "Schrijf voor elke taak een sectie '## Taak N – …'. Was een taak in een traject niet aan de orde, zet dan bovenaan 'niet_relevant:' met daaronder het nummer van de taak en je motivatie, en beschrijf de taak in je andere casus.",
    messages: {
      emptyMotivation: 'Je noemt {naam} niet relevant, maar geeft geen motivatie. Leg uit waarom deze taak in dit traject niet aan de orde was.',
      weakMotivation: "Bij {naam} staat als reden alleen '{tekst}'. Dat is geen motivatie: het toetsingskader vraagt dat je uitlegt waarom de taak in dit traject niet aan de orde was. Schrijf in een hele zin wat er in dit traject anders was.",
      standInNvt: "De sectie over {naam} zegt alleen '{tekst}'. Zo telt de taak niet als uitgewerkt. Beschrijf wat je in deze stap deed, of leg uit waarom de taak in dit traject niet aan de orde was (in een hele zin, hier of bovenaan onder 'niet_relevant' bij nummer {id}); werk de taak dan uit in je andere casus.",
      standInRef: "De sectie over {naam} verwijst alleen naar een andere plek ('{tekst}'). Een verwijzing telt niet als uitgewerkte taak: een assessor wil per taak lezen wat jij in deze stap deed en waarom. Beschrijf de taak hier zelf.",
      skipped: "{naam} komt in deze casus niet aan bod. Beschrijf de taak in een eigen sectie, of leg bovenaan onder 'niet_relevant' bij nummer {id} uit waarom die in dit traject niet aan de orde was.",
      notInOther: '{naam} is in {casus} niet uitgewerkt (niet relevant, alleen "n.v.t." of een verwijzing); dan moet deze taak in je andere casus wél aan bod komen, maar daar ontbreekt die.',
      nowhere: '{naam} komt in geen van je casussen aan bod. Het toetsingskader vraagt dat je alle taken aantoont.',
    },
  },
  'C2/kennisgebieden': {
    title: 'Kennisgebieden',
    explain: 'Controleert of je over je twee casussen samen minstens vier van de vijf kennisgebieden aantoont, waaronder in elk geval Loopbaantheorieën en -methodieken en Ontwikkeling van de mens. Een kennisgebied telt als het onder de hoofdkop \'## Kennisgebieden\' een eigen subkop met tekst heeft.',
    fix: "Schrijf onder '## Kennisgebieden' een sectie '### naam van het kennisgebied' waarin je je kennis koppelt aan wat je in de casus deed. De melding noemt de taken waar het kennisgebied volgens het toetsingskader bij past.",
    messages: {
      mandatory: 'Het kennisgebied {naam} is verplicht, maar komt in geen van je casussen aan bod. Het past volgens het toetsingskader bij {taken|taak|de taken} {taken}.',
      tooFew: 'Je toont {aantal} van de {totaal} kennisgebieden aan; er zijn er minstens {minimum} nodig. Nog niet aangetoond: {ontbreekt}.',
    },
  },
  'C3/competenties': {
    title: 'Competenties',
    explain: 'Controleert of je over je twee casussen samen alle vijf competenties aantoont. Een competentie telt als ze onder de hoofdkop \'## Competenties\' een eigen subkop met tekst heeft.',
    fix: "Schrijf onder '## Competenties' een sectie '### naam van de competentie' waarin je laat zien hoe je die competentie in het traject inzette en hoe je op je handelen reflecteert.",
    messages: {
      missing: 'De competentie {naam} komt in geen van je casussen aan bod; het toetsingskader vraagt alle vijf. Ze past volgens het toetsingskader bij {taken|taak|de taken} {taken}.',
    },
  },
  'C4/attitude': {
    title: 'Professionele attitude',
    explain: 'Controleert of je in elke casus de vier vragen over je professionele attitude beantwoordt: ethisch handelen, zelfreflectie, professionele en persoonlijke ontwikkeling, en diversiteit en inclusiviteit.',
    fix: "Sluit elke casus af met '## Professionele attitude' en daaronder vier secties '### …', één per vraag.",
    messages: {
      missing: "De vraag bij {naam} is in deze casus niet beantwoord: '{vraag}' Voeg onder '## {kop}' een sectie '### {sectie}' toe.",
      standIn: "Je antwoord bij {naam} zegt alleen '{tekst}'. Daarmee is de vraag niet beantwoord: '{vraag}' Elke casus beantwoordt alle vragen over je professionele attitude; schrijf op wat je in deze casus deed en dacht.",
      noSection: "Deze casus heeft geen sectie '## {kop}'. Beantwoord daarin ook de vraag bij {naam}: '{vraag}'",
    },
  },
};
