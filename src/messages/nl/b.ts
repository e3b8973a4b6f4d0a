/** Dutch messages of the work experience, CV and motivation rules (toetsingskader B1, B2). */
export const b = {
  'B1/jaren': {
    title: 'Twee jaar actief in het vak',
    explain: 'Controleert of je op je indiendatum minstens twee jaar actief bent als loopbaanprofessional: de datum onder werkervaring: actief_sinds ligt op of vóór dezelfde dag twee jaar eerder. Met indiendatum 2026-12-01 telt actief_sinds 2024-12-01 nog mee.',
    fix: "Zet onder werkervaring: 'actief_sinds: JJJJ-MM-DD', de dag waarop je begon als loopbaanprofessional. Ben je nog geen twee jaar actief, kies dan een latere indiendatum; met 'rlp check --datum JJJJ-MM-DD' zie je vanaf wanneer het klopt.",
    messages: {
      missing: 'Vul in sinds wanneer je actief bent als loopbaanprofessional (werkervaring: actief_sinds: JJJJ-MM-DD). Het toetsingskader (B1) vraagt minstens {jaren} jaar.',
      tooShort: 'Je bent actief sinds {sinds}; op je indiendatum ({indiendatum}) is dat korter dan {jaren} jaar. Het toetsingskader (B1) vraagt dat je actief bent sinds {grens} of eerder. Dien later in, of controleer de datum.',
    },
  },
  'B1/uren': {
    title: '{min_werkervaring_uren} uur werkervaring',
    explain: 'Controleert of je minstens {min_werkervaring_uren} uur beroepsgerichte werkervaring hebt als uitvoerend loopbaanprofessional. Zonder urenlog telt het getal onder werkervaring: uren. Met een urenlog (werkervaring: urenlog) tellen de uren uit dat bestand, behalve de categorieën die het toetsingskader uitsluit: administratie, pr en acquisitie, en je eigen ontwikkeling zoals training, opleiding, intervisie en supervisie. Uren na je indiendatum tellen niet mee. Wijkt het getal onder uren meer dan 10% af van de urenlog, dan krijg je een aandachtspunt.',
    fix: 'Vul onder werkervaring: uren je beroepsgerichte uren in, of houd ze bij in een urenlog (uren.csv) met de kolommen datum, uren en categorie. Tel alleen uren waarin je mensen of organisaties begeleidt bij loopbaanvragen.',
    messages: {
      missing: 'Vul in hoeveel uur beroepsgerichte werkervaring je hebt (werkervaring: uren). Het toetsingskader (B1) vraagt minstens {minimum} uur.',
      tooFew: 'Je geeft {uren} uur werkervaring op. Het toetsingskader (B1) vraagt minstens {minimum} uur als uitvoerend loopbaanprofessional.',
      tooFewLog: 'Volgens {bestand} heb je {tellend} uur beroepsgerichte werkervaring. Het toetsingskader (B1) vraagt minstens {minimum} uur. Van de {totaal} uur in je urenlog valt {uitgesloten} uur onder administratie, pr of je eigen ontwikkeling; die uren tellen niet mee.',
      afterDate: 'Een deel van je urenlog ligt na je indiendatum ({indiendatum}): {aantal} {aantal|regel|regels}, samen {uren} uur, vanaf deze regel. Die uren tellen niet mee.',
      beforeActive: "Je urenlog heeft {aantal} {aantal|regel|regels} (samen {uren} uur) van vóór {sinds}, de datum waarop je volgens portfolio.yaml actief werd in het vak, vanaf deze regel. Klopt 'actief_sinds' wel? Een assessor ziet die twee graag kloppen.",
      mismatch: 'Je geeft {uren} uur werkervaring op, maar volgens {bestand} tellen er {tellend}. Zorg dat je verklaring en je urenlog hetzelfde zeggen.',
    },
  },
  'B1/verklaringen': {
    title: 'Verklaringen werkervaring',
    explain: "Controleert of je beide verklaringen van B1 toevoegt: 'Tenminste {min_jaren_actief} jaar actief in het vakgebied en {min_werkervaring_uren} uur beroepsgerichte werkervaring' en 'Werkzaam als uitvoerend loopbaanprofessional'. Elke verklaring is ondertekend, heeft een datum die niet na je indiendatum ligt (de indiendatum zelf mag) en staat als bestand in je portfolio.",
    fix: "Vul de verklaringen in met het format uit je digitale portfolio, onderteken ze en zet ze in de map bewijs/. Noem ze onder werkervaring:, bijvoorbeeld 'verklaring_actief: { ondertekend: ja, datum: 2026-11-15, bestand: bewijs/verklaring-actief.pdf }'.",
    messages: {
      missing: '{verklaring} ontbreekt (in portfolio.yaml onder werkervaring: \'{sleutel}:\'). Het toetsingskader (B1) vraagt deze verklaring, volledig ingevuld en ondertekend.',
      notSigned: "{verklaring} is volgens portfolio.yaml niet ondertekend. Het toetsingskader (B1) vraagt een ondertekende verklaring; zet 'ondertekend: ja' als je hem hebt ondertekend.",
      noDate: "{verklaring} heeft geen datum. Vul de datum van ondertekening in: 'datum: JJJJ-MM-DD'.",
      afterDate: '{verklaring} is gedateerd op {datum}, na je indiendatum ({indiendatum}). Een verklaring kan niet van na het indienen zijn; controleer de datum of je indiendatum.',
      beforeTwoYears: "{verklaring} is gedateerd {datum}, maar je bent volgens portfolio.yaml actief sinds {sinds}. Op {datum} was je dus nog geen {jaren} jaar actief: de verklaring zegt iets wat toen nog niet klopte. Laat een nieuwe verklaring tekenen, gedateerd op of na {vanaf}.",
      notCurrent: "{verklaring} is gedateerd {datum}, meer dan {maanden} maanden vóór je indiendatum ({indiendatum}). Deze verklaring moet laten zien dat je nú actief cliënten begeleidt; een assessor zal een recente verklaring vragen. Laat een nieuwe tekenen.",
      noFile: "{verklaring} is niet als bestand toegevoegd. Zet de ondertekende verklaring in de map bewijs/ en noem hem met 'bestand: bewijs/…'.",
      verklaring_werkervaring: "De verklaring 'Tenminste {min_jaren_actief} jaar actief in het vakgebied en {min_werkervaring_uren} uur beroepsgerichte werkervaring'",
      verklaring_actief: "De verklaring 'Werkzaam als uitvoerend loopbaanprofessional'",
    },
  },
  'B2/cv': {
    title: 'Curriculum vitae',
    explain: 'Controleert of je een curriculum vitae toevoegt (cv: in portfolio.yaml), als pdf-, docx- of md-bestand in je portfoliomap. Het toetsingskader (B2) vraagt een cv met tenminste een overzicht van je loopbaan, opleidingen en overige vakspecifieke informatie; de inhoud beoordeelt rlp niet.',
    fix: "Zet je cv in de map bewijs/, bijvoorbeeld als bewijs/cv.pdf, en noem het in portfolio.yaml: 'cv: bewijs/cv.pdf'.",
    messages: {
      missing: "Je cv ontbreekt. Het toetsingskader (B2) vraagt een curriculum vitae; zet het in de map bewijs/ en noem het in portfolio.yaml met 'cv: bewijs/cv.pdf'.",
      type: "Je cv '{path}' moet een bestand van het soort {types} zijn. Sla het op als pdf (in Word: Opslaan als, PDF).",
      notThere: "Je cv '{path}' staat niet in je portfoliomap, of het bestand is leeg. Het toetsingskader (B2) vraagt een curriculum vitae.",
    },
  },
  'B2/motivatie': {
    title: 'Motivatie',
    explain: 'Controleert of je motivatie er is (motivatie.md, of het bestand onder motivatie: in portfolio.yaml) en je eigen tekst bevat: een terugblik op je ontwikkeling tot nu toe en waarom je voor dit vak koos (toetsingskader B2). Commentaar en ongewijzigde sjabloontekst tellen niet mee. Het toetsingskader noemt geen lengte.',
    fix: "Schrijf in motivatie.md hoe je je tot nu toe hebt ontwikkeld en wat je beweegt in dit vak. Ontbreekt het bestand, dan maakt 'rlp init' het aan.",
    messages: {
      missing: "Je motivatie ontbreekt: het bestand {path} is er niet. Het toetsingskader (B2) vraagt een terugblik op je ontwikkeling tot nu toe. Maak het bestand aan met 'rlp init' en schrijf je motivatie.",
      empty: 'Je motivatie ({path}) bevat nog geen eigen tekst. Schrijf een terugblik op je ontwikkeling tot nu toe en waarom je voor dit vak koos (toetsingskader B2).',
      short: "Je motivatie ({path}) telt {woorden} {woorden|woord|woorden}. Het toetsingskader (B2) vraagt dat je jezelf voorstelt, vertelt wat je beweegt in dit vak en waar je nu staat; dat lukt zelden in minder dan {minimum} woorden.",
    },
  },
};
