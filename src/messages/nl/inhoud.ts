/**
 * Dutch messages of the content hints (`inhoud/*`, contract §8): where an assessor is likely to ask
 * for more. Each says what rlp looked for, what it found, and the framework's own question.
 */
const uit = "Klopt deze opmerking hier niet? Typ dan <!-- rlp: geen {regel} --> in de sectie (een lezer ziet dat niet).";

export const inhoud = {
  'inhoud/afwegingen': {
    title: 'Afwegingen bij je interventies',
    explain:
      "Kijkt per casus of je taaksecties laten zien waarom je deed wat je deed. rlp zoekt in elke taaksectie naar woorden van een afweging of beslissing (omdat, daarom, koos, afweging, bewust, besloot, beoogde …). Heeft minder dan de helft van je taaksecties er een, dan leest de casus als een verslag van wat er gebeurde: het toetsingskader (C.1) vraagt 'Je geeft de afwegingen en beslissingen aan die je gemaakt hebt bij de gekozen interventies.' rlp beoordeelt de casus als geheel, nooit één sectie.",
    fix: "Schrijf per taak niet alleen wat je deed, maar ook waarom: welke mogelijkheden je had, wat je koos en waarom juist dat bij deze cliënt paste. Een zin als 'Ik koos voor … omdat …' is vaak genoeg.",
    messages: {
      diary: "In {aantal} van je {totaal} taaksecties staat wat je deed, maar niet waarom ({taken|taak|taken} {taken}). Een assessor vraagt dan: welke afwegingen maakte je? Het toetsingskader (C.1) vraagt: 'Je geeft de afwegingen en beslissingen aan die je gemaakt hebt bij de gekozen interventies.' Schrijf erbij wat je overwoog en waarom je koos wat je koos. " + uit.replace('{regel}', 'inhoud/afwegingen'),
    },
  },
  'inhoud/effect': {
    title: 'Doel en effect van je interventies',
    explain:
      "Kijkt per casus of je bij je interventies (taak 3 tot en met 6) schrijft wat je ermee beoogde én wat het werkelijke effect was. rlp zoekt naar woorden van een doel (doel, beoogde, om … te, zodat, ik wilde …) en van een effect (effect, resultaat, leverde op, bleek, hielp, merkte, waardoor …). Mist meer dan de helft van die secties een van de twee, dan volgt deze hint. Het toetsingskader (C.1) vraagt: 'Welke specifieke interventies heb je ingezet, wat je daarmee beoogde en wat het werkelijke effect was?'",
    fix: "Zet bij elke interventie in één zin wat je ermee wilde bereiken en in één zin wat er daarna gebeurde bij de cliënt: wat veranderde er, wat zei of deed de cliënt?",
    messages: {
      noEffect: "Bij {aantal} van je {totaal} interventies ({taken|taak|taken} {taken}) staat niet wat je ermee beoogde of wat het werkelijke effect was. Het toetsingskader (C.1) vraagt: 'Welke specifieke interventies heb je ingezet, wat je daarmee beoogde en wat het werkelijke effect was?' Schrijf bij elke interventie wat je wilde bereiken en wat er daarna bij de cliënt veranderde. " + uit.replace('{regel}', 'inhoud/effect'),
    },
  },
  'inhoud/theorie': {
    title: 'Theorie gekoppeld aan de cliënt',
    explain:
      "Kijkt of elk kennisgebied een theorie, model, auteur of bron noemt en die koppelt aan je cliënt. Voor Loopbaantheorieën en -methodieken en Ontwikkeling van de mens zoekt rlp naar een theorie of model (Super, Holland, Savickas, Schein, Krumboltz, Kuijpers, Erikson, Levinson, Deci en Ryan, Kolb …); voor Arbeidsmarkt, Opleidingen en beroepen en Organisaties mag het ook een bron zijn (UWV, CBS, SBB, ROA, NLQF, DUO, Studiekeuze123 …). Het toetsingskader (C.2) zegt: 'Je verwerkt je kennis als reflectie op je casusbeschrijving en laat daarmee zien dat je kennis in de praktijk toepast.'",
    fix: "Noem de theorie of bron waarop je steunde en laat zien wat die zei over déze cliënt: welke fase, welk motief, welke kans op de arbeidsmarkt, en wat je daarmee deed.",
    messages: {
      noTheory: "In de sectie over {naam} noem je geen theorie of model. Het toetsingskader (C.2) vraagt dat je je kennis koppelt aan je casus, bijvoorbeeld: '{voorbeeld}' Noem de theorie of het model waarmee je werkte (zoals Super, Savickas, Schein, Erikson, Levinson, Deci en Ryan of Kolb) en laat zien wat die over deze cliënt zegt. " + uit.replace('{regel}', 'inhoud/theorie'),
      noSource: "In de sectie over {naam} noem je geen theorie, model of bron. Het toetsingskader (C.2) vraagt kennis die je in de praktijk toepast, bijvoorbeeld: '{voorbeeld}' Noem waar je je kennis vandaan haalde (zoals UWV, CBS, SBB, ROA of een model) en wat die betekende voor deze cliënt. " + uit.replace('{regel}', 'inhoud/theorie'),
      notTied: "De sectie over {naam} noemt theorie, maar zegt nauwelijks iets over je cliënt. Het toetsingskader (C.2) zegt: 'Je verwerkt je kennis als reflectie op je casusbeschrijving.' Laat zien wat de theorie zei over deze cliënt en wat je daarmee deed. " + uit.replace('{regel}', 'inhoud/theorie'),
    },
  },
  'inhoud/concreet': {
    title: 'Competenties met een moment uit de casus',
    explain:
      "Kijkt of je een competentie laat zien met wat je in deze casus deed. Een sectie die vooral de indicatoren van het toetsingskader herhaalt, of die alleen algemeen over jezelf vertelt ('ik vind het belangrijk', 'van nature', 'als loopbaanprofessional') zonder één moment uit het traject (een sessie, een gesprek, wat de cliënt zei), krijgt deze hint. Het toetsingskader (C.3) zegt: 'Wel maak je duidelijk hoe de afzonderlijke competenties zichtbaar zijn in een begeleidingstraject, waar je bewust handelt en hoe je reflecteert op je handelen.'",
    fix: "Kies één of twee momenten uit het traject waarop je deze competentie inzette: wat gebeurde er, wat deed je precies, waarom, en hoe kijk je daar nu op terug?",
    messages: {
      indicators: "De sectie over {naam} herhaalt vooral de indicatoren uit het toetsingskader ({aantal} van de {totaal} {totaal|zin|zinnen}). Een assessor wil zien hoe jij deze competentie in dit traject liet zien. Het toetsingskader (C.3) zegt: 'Je hoeft niet alle indicatoren tot in detail te beschrijven. Wel maak je duidelijk hoe de afzonderlijke competenties zichtbaar zijn in een begeleidingstraject.' Beschrijf een moment uit de casus. " + uit.replace('{regel}', 'inhoud/concreet'),
      noMoment: "De sectie over {naam} vertelt in het algemeen hoe je werkt, maar noemt geen moment uit dit traject (een sessie, een gesprek, wat de cliënt zei of deed). Het toetsingskader (C.3) vraagt dat je laat zien 'hoe de afzonderlijke competenties zichtbaar zijn in een begeleidingstraject, waar je bewust handelt en hoe je reflecteert op je handelen.' Beschrijf wat je op zo'n moment deed en waarom. " + uit.replace('{regel}', 'inhoud/concreet'),
    },
  },
  'inhoud/attitude': {
    title: 'Elke attitudevraag helemaal beantwoord',
    explain:
      "Kijkt of je antwoord op elke attitudevraag alle delen van de vraag beantwoordt. Bij ethisch handelen: het dilemma, je afwegingen en je actie. Bij zelfreflectie: je rol, het positieve én het negatieve effect ervan, en wat je de volgende keer anders of vaker doet. Bij ontwikkeling: je inzichten, leer- of ontwikkelpunten. Bij diversiteit: de waarden die botsten en wat je ermee deed. Een antwoord dat alleen 'Nee' zegt, krijgt ook deze hint.",
    fix: "Lees de vraag van het toetsingskader nog eens en beantwoord elk deel in een eigen zin. Was er geen ethisch dilemma, leg dan uit waarom niet en welke afweging er het dichtst bij kwam.",
    messages: {
      onlyNo: "Je antwoord bij {naam} is alleen een ontkenning ({woorden} {woorden|woord|woorden}). Een assessor zal doorvragen. De vraag van het toetsingskader (C.4) is: '{vraag}' Leg uit waarom het antwoord nee is, en wat er in dit traject het dichtst bij kwam. " + uit.replace('{regel}', 'inhoud/attitude'),
      partMissing: "Je antwoord bij {naam} slaat een deel van de vraag over: {onderdelen}. De vraag van het toetsingskader (C.4) is: '{vraag}' Beantwoord elk deel. " + uit.replace('{regel}', 'inhoud/attitude'),
      'deel-ethisch-handelen-dilemma': 'welk dilemma er speelde',
      'deel-ethisch-handelen-afwegingen': 'welke afwegingen je maakte',
      'deel-ethisch-handelen-actie': 'wat je uiteindelijk deed',
      'deel-zelfreflectie-rol': 'welke rol je had',
      'deel-zelfreflectie-positief': 'het positieve effect van je rol',
      'deel-zelfreflectie-negatief': 'het negatieve effect van je rol',
      'deel-zelfreflectie-volgende': 'waar je de volgende keer op let of wat je anders doet',
      'deel-ontwikkeling-inzicht': 'welke inzichten, leer- of ontwikkelpunten je eruit haalt',
      'deel-diversiteit-inclusiviteit-waarden': 'welke waarden botsten',
      'deel-diversiteit-inclusiviteit-gedaan': 'wat je ermee deed',
    },
  },
  'inhoud/opdrachtgever': {
    title: 'De opdrachtgever en tegengestelde belangen',
    explain:
      "Kijkt bij een traject dat een werkgever, het UWV of een gemeente begon (opdrachtgever bovenaan de casus) of je taaksecties de opdrachtgever en de belangen die speelden ergens noemen: afspraken, een driegesprek, rapportage, de belangen van cliënt en opdrachtgever. Het toetsingskader (C.1) vraagt: 'hoe ben je bijvoorbeeld omgegaan met mogelijk tegengestelde belangen?'",
    fix: "Beschrijf in de taken waar het speelde (vaak de intake, het voorstel en de afronding) welke afspraken je met de opdrachtgever maakte, wat je wel en niet terugkoppelde, en hoe je omging met verschillen tussen wat de opdrachtgever en wat de cliënt wilde.",
    messages: {
      absent: "Dit traject is begonnen door een opdrachtgever ({opdrachtgever}), maar in je taaksecties komt de opdrachtgever niet voor. Het toetsingskader (C.1) vraagt: 'hoe ben je bijvoorbeeld omgegaan met mogelijk tegengestelde belangen?' Beschrijf de afspraken met de opdrachtgever, wat je terugkoppelde en hoe je omging met verschillende belangen. " + uit.replace('{regel}', 'inhoud/opdrachtgever'),
    },
  },
  'inhoud/perspectief': {
    title: 'Vanuit jouw perspectief als begeleider',
    explain:
      "Kijkt of je taaksecties vertellen wat jij deed. Staat er veel vaker 'we', 'ons team' of 'mijn collega' dan 'ik', dan is voor een assessor niet te zien wat jouw aandeel was. Het toetsingskader (C) zegt: 'Vanuit jouw perspectief als begeleider schets je voor elke casus het complete begeleidingstraject', en de trajecten heb je 'zelf uitgevoerd'.",
    fix: "Schrijf in de ik-vorm wat jij deed, besloot en merkte. Werkte je samen, zeg dan wat jouw deel was.",
    messages: {
      we: "Je taaksecties zeggen {wij} keer 'we', 'ons' of 'collega' en {ik} keer 'ik'. Een assessor wil lezen wat jij deed. Het toetsingskader (C) vraagt: 'Vanuit jouw perspectief als begeleider schets je voor elke casus het complete begeleidingstraject.' Schrijf in de ik-vorm wat jouw aandeel was. " + uit.replace('{regel}', 'inhoud/perspectief'),
    },
  },
};
