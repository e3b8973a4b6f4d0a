/** Dutch messages of the privacy check (AVG; the gedragscode's confidentiality). */
const weg = 'Haal het weg of beschrijf het in algemene woorden.';
const accept = "Is dit geen persoonsgegeven? Typ dan aan het eind van deze regel, of alleen op de regel erboven: <!-- rlp: geen persoonsgegevens --> (dat ziet een lezer niet). Of zet de tekst in portfolio.yaml in de lijst 'toegestaan:' onder 'instellingen:' en daarbinnen 'privacy:'.";

export const privacy = {
  'privacy/persoonsgegevens': {
    title: 'Geen persoonsgegevens van cliënten',
    explain:
      "Zoekt in je casussen, motivatie, ontwikkelplan en portfolio.yaml naar persoonsgegevens van cliënten: e-mailadressen, telefoonnummers, een mogelijk BSN (9 cijfers die de elfproef doorstaan), IBAN-rekeningnummers en postcodes met huisnummer zijn een fout; namen na 'mevrouw', 'meneer', 'cliënt', 'collega' en dergelijke, geboortedatums en links naar persoonlijke profielen (zoals LinkedIn) een aandachtspunt. Zulke gegevens horen volgens de AVG en de gedragscode niet in een portfolio, en zo komen ze ook niet in een gedeelde of online kopie van je portfolio terecht. rlp laat het gegeven zelf nooit helemaal zien, alleen gemaskeerd (zoals j.d…@…l.nl). Je eigen naam (kandidaat in portfolio.yaml) telt niet mee.",
    fix: "Haal het gegeven weg of vervang het door een omschrijving: 'cliënt', 'cliënt A', 'Jan (gefingeerde naam)', 'een vijftiger', 'woonachtig in de regio Utrecht'. Ziet rlp iets ten onrechte voor een persoonsgegeven aan, typ dan <!-- rlp: geen persoonsgegevens --> aan het eind van de regel of alleen op de regel erboven (een lezer ziet dat niet), of zet de tekst in portfolio.yaml in de lijst 'toegestaan:' onder 'instellingen:' en daarbinnen 'privacy:'. Zo'n melding blijft dan als 'geaccepteerd' in het rapport staan en telt niet als fout.",
    messages: {
      email: `Hier staat een e-mailadres ({gegeven}). Contactgegevens van een cliënt horen niet in je portfolio (AVG). ${weg}`,
      phone: `Hier staat een telefoonnummer ({gegeven}). Contactgegevens van een cliënt horen niet in je portfolio (AVG). ${weg}`,
      bsn: `Hier staat mogelijk een burgerservicenummer ({gegeven}): het getal doorstaat de elfproef. Een BSN van een cliënt hoort nooit in je portfolio (AVG). Is het iets anders, zoals een RSIN (dat ook de elfproef doorstaat), typ dan <!-- rlp: geen persoonsgegevens --> op de regel erboven, of zet het in portfolio.yaml in de lijst 'toegestaan:' onder 'instellingen:' en daarbinnen 'privacy:'.`,
      iban: `Hier staat een IBAN-rekeningnummer ({gegeven}). Bankgegevens van een cliënt horen niet in je portfolio (AVG). ${weg}`,
      postcode: `Hier staat een adres: een postcode met huisnummer ({gegeven}). Noem hooguit de plaats of de regio.`,
      birthDate: `Hier staat mogelijk een geboortedatum ({gegeven}). Noem liever een leeftijd of leeftijdsgroep, zoals 'een vijftiger'. ${accept}`,
      profile: `Hier staat een link naar een persoonlijk profiel ({gegeven}). Is het het profiel van een cliënt, haal de link dan weg. ${accept}`,
      name: `Hier staat mogelijk de echte naam van een cliënt of een betrokkene ({gegeven}). Gebruik een initiaal of een gefingeerde naam, bijvoorbeeld 'cliënt A' of 'Jan (gefingeerde naam)'. ${accept}`,
      ownContact: `Hier staan contactgegevens ({gegeven}). In dit bestand zijn dat waarschijnlijk je eigen gegevens; die mogen erin. Zijn ze van een cliënt of een betrokkene, haal ze dan weg (AVG). ${accept}`,
      acceptedList: 'Geaccepteerd: {gegeven} staat in portfolio.yaml in de lijst \'toegestaan:\' onder \'privacy:\'. Dit telt niet als fout.',
      acceptedMarker: 'Geaccepteerd: {gegeven} staat op een regel met de aantekening \'rlp: geen-persoonsgegevens\'. Dit telt niet als fout.',
    },
  },
};
