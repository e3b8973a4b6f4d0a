/** Dutch messages of the privacy check (AVG; the gedragscode's confidentiality). */
const weg = 'Haal het weg of beschrijf het in algemene woorden.';
/** `{markering}`: the marker as it is written where the finding is (Markdown text or YAML). */
const accept = "Is dit geen persoonsgegeven? Typ dan aan het eind van deze regel (met een spatie ervoor), of alleen op de regel erboven: {markering} (dat ziet een lezer niet). Of zet de tekst in portfolio.yaml in de lijst 'toegestaan:' onder 'instellingen:' en daarbinnen 'privacy:'.";
/** For a datum that occurs more than once: the marker counts for its own line only, the list for every place. */
const acceptAll = "Is dit geen persoonsgegeven? Zet de tekst dan in portfolio.yaml in de lijst 'toegestaan:' onder 'instellingen:' en daarbinnen 'privacy:'; dat geldt voor alle plaatsen. Of typ aan het eind van elk van die regels (met een spatie ervoor): {markering}.";
const fictief = 'Zijn alle namen in dit bestand gefingeerd, zet dan één keer op een eigen regel: {fictief} (dan meldt rlp hier geen namen meer).';
const aantal = '{aantal} keer in dit bestand: {regels|regel|regels} {regels:3}';

export const privacy = {
  'privacy/persoonsgegevens': {
    title: 'Geen persoonsgegevens van cliënten',
    explain:
      "Zoekt in je casussen, motivatie, ontwikkelplan, portfolio.yaml en de omschrijvingen in je urenlog naar persoonsgegevens van cliënten. E-mailadressen, telefoonnummers, een mogelijk BSN (9 cijfers die de elfproef doorstaan), IBAN-rekeningnummers en postcodes met huisnummer zijn een fout. Een aandachtspunt zijn geboortedatums, links naar persoonlijke profielen (zoals LinkedIn) en namen: een naam na 'mevrouw', 'meneer', 'cliënt', 'collega' of een rol als 'bedrijfsarts', en ook een voornaam die op zichzelf staat ('Sanne vertelde …'), want rlp kent een lijst met veelvoorkomende voornamen. Een naam die vaker in een bestand staat, wordt één keer gemeld, met de regels waar hij staat. Zulke gegevens horen volgens de AVG en de gedragscode niet in een portfolio, en zo komen ze ook niet in een gedeelde of online kopie van je portfolio terecht. rlp laat het gegeven zelf nooit helemaal zien, alleen gemaskeerd (zoals j.d…@…l.nl of S…). Je eigen naam (kandidaat in portfolio.yaml) telt niet mee. Gebruik je gefingeerde namen, dan kun je dat op drie manieren laten weten: zet één keer 'Alle namen in deze casus zijn gefingeerd.' in de casus (dan meldt rlp daar geen namen meer); of zet achter de eerste keer dat een naam voorkomt '(gefingeerde naam)', zoals 'Sanne (gefingeerde naam)' (dan telt dat voor die naam in het hele bestand); of zet de naam in portfolio.yaml in de lijst 'toegestaan:' onder 'instellingen:' en daarbinnen 'privacy:' (dan telt dat in alle bestanden).",
    fix: "Haal het gegeven weg of vervang het door een omschrijving: 'cliënt', 'cliënt A', 'Jan (gefingeerde naam)', 'een vijftiger', 'woonachtig in de regio Utrecht'. Zijn de namen in een casus gefingeerd, zet er dan één keer 'Alle namen in deze casus zijn gefingeerd.' in. Ziet rlp iets ten onrechte voor een persoonsgegeven aan, typ dan <!-- rlp: geen persoonsgegevens --> aan het eind van de regel of alleen op de regel erboven (een lezer ziet dat niet; in portfolio.yaml en in de gegevens tussen de twee regels --- bovenaan een bestand is dat # rlp: geen persoonsgegevens), of zet de tekst in portfolio.yaml in de lijst 'toegestaan:' onder 'instellingen:' en daarbinnen 'privacy:'. Zo'n melding blijft dan als 'geaccepteerd' in het rapport staan en telt niet als fout.",
    messages: {
      email: `Hier staat een e-mailadres ({gegeven}). Contactgegevens van een cliënt horen niet in je portfolio (AVG). ${weg}`,
      phone: `Hier staat een telefoonnummer ({gegeven}). Contactgegevens van een cliënt horen niet in je portfolio (AVG). ${weg}`,
      bsn: `Hier staat mogelijk een burgerservicenummer ({gegeven}): het getal doorstaat de elfproef. Een BSN van een cliënt hoort nooit in je portfolio (AVG). Is het iets anders, zoals een RSIN (dat ook de elfproef doorstaat), typ dan {markering} aan het eind van deze regel of alleen op de regel erboven, of zet het in portfolio.yaml in de lijst 'toegestaan:' onder 'instellingen:' en daarbinnen 'privacy:'.`,
      iban: `Hier staat een IBAN-rekeningnummer ({gegeven}). Bankgegevens van een cliënt horen niet in je portfolio (AVG). ${weg}`,
      postcode: `Hier staat een adres: een postcode met huisnummer ({gegeven}). Noem hooguit de plaats of de regio.`,
      birthDate: `Hier staat mogelijk een geboortedatum ({gegeven}). Noem liever een leeftijd of leeftijdsgroep, zoals 'een vijftiger'. ${accept}`,
      birthDateRepeated: `Hier staat mogelijk een geboortedatum ({gegeven}), ${aantal}. Noem liever een leeftijd of leeftijdsgroep, zoals 'een vijftiger'. ${acceptAll}`,
      profile: `Hier staat een link naar een persoonlijk profiel ({gegeven}). Is het het profiel van een cliënt, haal de link dan weg. ${accept}`,
      profileRepeated: `Hier staat een link naar een persoonlijk profiel ({gegeven}), ${aantal}. Is het het profiel van een cliënt, haal de link dan overal weg. ${acceptAll}`,
      name: `Hier staat mogelijk de echte naam van een cliënt of een betrokkene ({gegeven}). Gebruik een initiaal of een gefingeerde naam, bijvoorbeeld 'cliënt A' of 'Jan (gefingeerde naam)'. ${fictief} ${accept}`,
      nameRepeated: `Hier staat mogelijk de echte naam van een cliënt of een betrokkene ({gegeven}), ${aantal}. Gebruik een initiaal of een gefingeerde naam, bijvoorbeeld 'cliënt A', of zet de eerste keer '(gefingeerde naam)' achter de naam. ${fictief} ${acceptAll}`,
      ownContact: `Hier staan contactgegevens ({gegeven}). In dit bestand zijn dat waarschijnlijk je eigen gegevens; die mogen erin. Zijn ze van een cliënt of een betrokkene, haal ze dan weg (AVG). ${accept}`,
      ownContactRepeated: `Hier staan contactgegevens ({gegeven}), ${aantal}. In dit bestand zijn dat waarschijnlijk je eigen gegevens; die mogen erin. Zijn ze van een cliënt of een betrokkene, haal ze dan weg (AVG). ${acceptAll}`,
      acceptedList: 'Geaccepteerd: {gegeven} staat in portfolio.yaml in de lijst \'toegestaan:\' onder \'privacy:\'. Dit telt niet als fout.',
      acceptedListRepeated: 'Geaccepteerd: {gegeven} ({aantal} keer in dit bestand: {regels|regel|regels} {regels:3}) staat in portfolio.yaml in de lijst \'toegestaan:\' onder \'privacy:\'. Dit telt niet als fout.',
      acceptedMarker: 'Geaccepteerd: {gegeven} staat op een regel met de aantekening \'rlp: geen persoonsgegevens\'. Dit telt niet als fout.',
      acceptedMarkerRepeated: 'Geaccepteerd: {gegeven} staat {aantal} keer op een regel met de aantekening \'rlp: geen persoonsgegevens\' ({regels|regel|regels} {regels:3}). Dit telt niet als fout.',
    },
  },
};
