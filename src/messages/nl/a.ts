/** Dutch messages of the education rules (toetsingskader A). */
export const a = {
  'A/route': {
    title: 'Eén opleidingsroute met de juiste documenten',
    explain: 'Controleert of je in portfolio.yaml onder opleiding precies één van de vier routes van het toetsingskader kiest (route: 1, 2, 3 of 4) en de documenten noemt die bij die route horen: bij route 1 en 2 een hbo- of wo-diploma, bij route 3 een EVC-rapportage, bij route 4 een assessmentrapport, elk met het bestand. Bij route 2, 3 en 4 horen ook de certificaten van je cursussen, samen minstens {min_cursusuren} uur.',
    fix: "Zet onder opleiding: 'route: 1', 2, 3 of 4. Vul daaronder het blok van je route in (diploma:, evc: of assessment:) met 'bestand:' naar het document in de map bewijs/. Noem bij route 2, 3 en 4 je cursussen onder 'cursussen:'.",
    messages: {
      missing: "Je hebt nog geen opleidingsroute gekozen. Het toetsingskader (A) vraagt dat je één van de vier routes aantoont: zet onder opleiding: 'route: 1', 2, 3 of 4.",
      missingTip: "Je hebt nog geen opleidingsroute gekozen. Bij de documenten die je noemt, past route {route}: zet onder opleiding: 'route: {route}'.",
      noDocument: "Voor route {route} heb je {document} nodig, maar onder opleiding: staat geen '{sleutel}:'. Voeg het toe met de gegevens en 'bestand:' naar het document.",
      noFile: "Het bestand van {document} ontbreekt. Zet het document in de map bewijs/ en noem het onder '{sleutel}:' met 'bestand: bewijs/…'.",
      noCourses: "Bij route {route} horen certificaten van opleidingen, cursussen of trainingen in loopbaanbegeleiding van samen minstens {minimum} uur (toetsingskader A). Noem ze onder 'cursussen:'.",
      'doc-diploma': 'je hbo- of wo-diploma',
      'doc-evc': 'je EVC-rapportage',
      'doc-assessment': 'je assessmentrapport',
    },
  },
  'A/diploma': {
    title: 'Diploma voldoet',
    explain: 'Controleert bij route 1 en 2 of je diploma van hbo- of wo-niveau is, is ondertekend door de opleidingsinstelling en komt van een NVAO-geaccrediteerde instelling. Bij route 1 moet het ook een CROHO-opleiding zijn op het gebied van mens en organisatie.',
    fix: 'Vul in portfolio.yaml onder opleiding: diploma: niveau (hbo of wo), ondertekend en nvao in, en bij route 1 ook croho_mens_en_organisatie. Zet er alleen \'ja\' achter als het klopt: het assessmentteam bekijkt je diploma. Is je opleiding geen CROHO-opleiding in mens en organisatie, kies dan route 2 en vul aan met minstens {min_cursusuren} uur aan cursussen.',
    messages: {
      noLevel: "Vul het niveau van je diploma in: 'niveau: hbo' of 'niveau: wo'. Het toetsingskader (A) vraagt een hbo- (NLQF 6) of wo-opleiding (NLQF 7).",
      notSigned: "Uit portfolio.yaml blijkt niet dat je diploma is ondertekend door de opleidingsinstelling. Het toetsingskader (A) vraagt een ondertekend diploma; zet 'ondertekend: ja' als dat zo is.",
      notNvao: "Uit portfolio.yaml blijkt niet dat de instelling die je diploma uitreikte NVAO-geaccrediteerd is. Het toetsingskader (A) vraagt dat; zet 'nvao: ja' als dat zo is.",
      notCroho: "Voor route {route} moet je diploma horen bij een CROHO-opleiding op het gebied van mens en organisatie (toetsingskader A). Klopt dat, zet dan 'croho_mens_en_organisatie: ja'. Zo niet, kies dan route 2 en vul aan met minstens {minimum} uur aan cursussen.",
    },
  },
  'A/uren': {
    title: 'Genoeg uren aan cursussen',
    explain: 'Controleert bij route 2, 3 en 4 of je opleidingen, cursussen en trainingen in loopbaanbegeleiding samen minstens {min_cursusuren} uur studiebelasting tellen ({min_ects} ECTS; 1 ECTS is {uren_per_ects} uur). Alleen een cursus met een keurmerk, een door de opleider ondertekend certificaat en het aantal uren of ECTS telt mee (zie "Cursus telt mee"). Staan bij een cursus zowel uren als ects, dan tellen de uren.',
    fix: "Noem onder opleiding: cursussen: al je relevante cursussen, elk met uren (of ects), keurmerk, 'ondertekend: ja' en 'bestand:' naar het certificaat. Kom je niet aan {min_cursusuren} uur, volg dan eerst nog een erkende cursus.",
    messages: {
      tooFew: 'Je cursussen tellen samen {uren} uur. Het toetsingskader (A) vraagt minstens {minimum} uur ({ects} ECTS) aan opleidingen, cursussen of trainingen in loopbaanbegeleiding; je komt {tekort} uur tekort.',
      tooFewSkipped: 'De cursussen die meetellen, komen samen op {uren} uur. Het toetsingskader (A) vraagt minstens {minimum} uur ({ects} ECTS); je komt {tekort} uur tekort. {overgeslagen} {overgeslagen|cursus telt|cursussen tellen} niet mee; bij die cursussen staat waarom.',
      onlyWithDoubtful: "Je komt alleen aan {minimum} uur als ook cursussen meetellen waarvan de naam niets zegt over loopbaanbegeleiding (bij die cursussen staat welke). Zonder die cursussen kom je op {uren} uur. Het toetsingskader (A) vraagt {minimum} uur ({ects} ECTS) aan scholing gericht op loopbaanadvisering, -coaching of -begeleiding.",
    },
  },
  'A/cursus': {
    title: 'Cursus telt mee',
    explain: 'Controleert bij route 2, 3 en 4 elke cursus onder opleiding: cursussen. Een cursus telt alleen mee voor de {min_cursusuren} uur als hij een keurmerk heeft (bijvoorbeeld CRKBO of NRTO), het certificaat is ondertekend door de opleider, de studiebelasting in uren of ECTS is aangegeven en je het certificaat toevoegt. Dit is een aandachtspunt; of je in totaal genoeg uren hebt, meldt de controle "Genoeg uren aan cursussen". Staan bij een cursus uren en ects die niet bij elkaar passen, dan krijg je ook een aandachtspunt.',
    fix: "Vul bij de cursus aan wat ontbreekt: keurmerk, 'ondertekend: ja', uren (of ects) en 'bestand:' naar het certificaat. Staat het echt niet op je certificaat, vraag de opleider dan om een ondertekend certificaat met keurmerk en uren.",
    messages: {
      notCounted: "De cursus '{naam}' telt niet mee voor de {minimum} uur: {redenen}.",
      mismatch: "Bij de cursus '{naam}' staan {uren} uur en {ects} ECTS, maar {ects} ECTS is {omgerekend} uur. rlp telt de uren; controleer welk getal op het certificaat staat.",
      notCareer: "De naam van de cursus '{naam}' zegt niets over loopbaanbegeleiding. Het toetsingskader (A) telt alleen opleidingen, cursussen en trainingen die gericht zijn op loopbaanadvisering, -coaching of -begeleiding. Gaat deze cursus daar wel over, maak dat dan duidelijk in de naam (zoals op het certificaat); zo niet, laat hem weg.",
      reasonKeurmerk: "er staat geen keurmerk bij (achter keurmerk: hoort bijvoorbeeld CRKBO of NRTO; 'geen' of 'n.v.t.' telt niet)",
      reasonSigned: 'er staat niet bij dat het certificaat is ondertekend door de opleider (ondertekend: ja)',
      reasonHours: 'de studiebelasting ontbreekt (zet het aantal uren achter uren:, of de studiepunten achter ects:)',
      reasonFile: 'het certificaat ontbreekt (zet achter bestand: waar het staat, bijvoorbeeld bewijs/certificaat.pdf)',
    },
  },
  'A/rapport': {
    title: 'EVC- of assessmentrapport voldoet',
    explain: 'Controleert bij route 3 je EVC-rapportage en bij route 4 je assessmentrapport. Het rapport is op je indiendatum maximaal twee jaar oud (een rapport van precies twee jaar eerder telt nog mee) en niet van na je indiendatum. Een EVC-rapportage richt zich op BOC-niveau 6 en komt van een erkende EVC-aanbieder. Een assessment is afgenomen door een geaccrediteerd bureau of een zelfstandig gevestigde A&O-psycholoog NIP en laat minstens hbo werk- en denkniveau zien.',
    fix: 'Vul onder opleiding: evc: (route 3) of assessment: (route 4) de datum van het rapport in (JJJJ-MM-DD) en de andere gegevens. Is het rapport op je indiendatum ouder dan twee jaar, dan heb je een nieuw rapport nodig, of dien je eerder in.',
    messages: {
      noDate: 'Vul de datum van {document} in (datum: JJJJ-MM-DD). Het toetsingskader (A) vraagt een rapport van maximaal {jaren} jaar oud.',
      future: 'De datum van {document} ({datum}) ligt na je indiendatum ({indiendatum}). Controleer de datum.',
      tooOld: 'De datum van {document} ({datum}) ligt meer dan {jaren} jaar vóór je indiendatum ({indiendatum}). Het toetsingskader (A) vraagt een rapport van maximaal {jaren} jaar oud: gedateerd op of na {grens}.',
      evcLevel: "Uit portfolio.yaml blijkt niet dat je EVC-rapportage zich richt op BOC-niveau {niveau}. Het toetsingskader (A) vraagt dat; zet 'boc_niveau: {niveau}' als dat zo is.",
      evcProvider: "Uit portfolio.yaml blijkt niet dat je EVC-rapportage komt van een erkende EVC-aanbieder. Het toetsingskader (A) vraagt dat; zet 'erkende_aanbieder: ja' als dat zo is.",
      assessor: "Vul in wie het assessment afnam: 'afgenomen_door: geaccrediteerd-bureau' of 'afgenomen_door: nip-ao-psycholoog' (een zelfstandig gevestigde A&O-psycholoog NIP). Het toetsingskader (A) accepteert alleen deze twee.",
      hboLevel: "Uit portfolio.yaml blijkt niet dat je assessment minstens hbo werk- en denkniveau (NLQF 6) aantoont. Het toetsingskader (A) vraagt dat; zet 'hbo_niveau: ja' als het rapport dat laat zien.",
    },
  },
};
