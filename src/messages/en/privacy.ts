/** English messages of the privacy check (AVG, the Dutch GDPR; the gedragscode's confidentiality). */
const remove = 'Remove it or describe it in general words.';
/** `{markering}`: the marker as it is written where the finding is (Markdown text or YAML). */
const accept = "If this is no personal data, list it in portfolio.yaml under 'instellingen: privacy: toegestaan:', or type {markering} at the end of this line (after a space) or alone on the line above.";
/** For a datum that occurs more than once: the marker counts for its own line only, the list for every place. */
const acceptAll = "If this is no personal data, list it in portfolio.yaml under 'instellingen: privacy: toegestaan:', which counts for every place; or type {markering} at the end of each of those lines (after a space).";
const fictief = "If all names in this file are made up, write once on a line of its own, in Dutch: {fictief} (then rlp reports no names here).";
const aantal = '{aantal} times in this file: {regels|line|lines} {regels:3}';

export const privacy = {
  'privacy/persoonsgegevens': {
    title: "No clients' personal data",
    explain:
      "Searches your cases, motivation, development plan, portfolio.yaml and the descriptions in your hours log for clients' personal data. E-mail addresses, phone numbers, a possible BSN (9 digits that pass the elfproef), IBAN account numbers and postcodes with a house number are errors. Warnings are dates of birth, links to personal profiles (such as LinkedIn) and names: a name after 'mevrouw', 'meneer', 'cliënt', 'collega' or a role such as 'bedrijfsarts', and also a first name on its own ('Sanne vertelde …'), because rlp knows a list of common first names. A name that occurs more often in a file is reported once, with the lines where it occurs. Under the AVG (GDPR) and the code of conduct such data does not belong in a portfolio, and this way it does not end up in a shared or online copy of your portfolio either. rlp never shows the datum in full, only masked (like j.d…@…l.nl or S…). Your own name (kandidaat in portfolio.yaml) does not count. If you use made-up names, you can say so in three ways: write 'Alle namen in deze casus zijn gefingeerd' (all names in this case are made up) once in the case (then rlp reports no names there); or write '(gefingeerde naam)' after the first time a name occurs, as in 'Sanne (gefingeerde naam)' (then that counts for the name in the whole file); or list the name in portfolio.yaml under 'instellingen: privacy: toegestaan:' (then it counts in every file).",
    fix: "Remove the datum or replace it by a description: 'cliënt', 'cliënt A', 'Jan (gefingeerde naam)', 'in his fifties', 'living near Utrecht'. If the names in a case are made up, write 'Alle namen in deze casus zijn gefingeerd' once in it. If rlp wrongly takes something for personal data, list the text in portfolio.yaml under instellingen: privacy: toegestaan: [\"…\"], or put <!-- rlp: geen persoonsgegevens --> at the end of the line or alone on the line above (in portfolio.yaml and in the data between the two --- lines at the top of a file: # rlp: geen persoonsgegevens). The finding then stays in the report as 'accepted' and does not count as an error.",
    messages: {
      email: `Here is an e-mail address ({gegeven}). A client's contact details do not belong in your portfolio (AVG/GDPR). ${remove}`,
      phone: `Here is a phone number ({gegeven}). A client's contact details do not belong in your portfolio (AVG/GDPR). ${remove}`,
      bsn: `Here is possibly a citizen service number, BSN ({gegeven}): the number passes the elfproef. A client's BSN never belongs in your portfolio (AVG/GDPR). If it is something else, such as an RSIN (which passes the elfproef too), list it in portfolio.yaml under 'instellingen: privacy: toegestaan:', or type {markering} at the end of this line or alone on the line above.`,
      iban: `Here is an IBAN account number ({gegeven}). A client's bank details do not belong in your portfolio (AVG/GDPR). ${remove}`,
      postcode: `Here is an address: a postcode with a house number ({gegeven}). Mention the town or region at most.`,
      birthDate: `Here is possibly a date of birth ({gegeven}). Rather give an age or age group, such as 'in his fifties'. ${accept}`,
      birthDateRepeated: `Here is possibly a date of birth ({gegeven}), ${aantal}. Rather give an age or age group, such as 'in his fifties'. ${acceptAll}`,
      profile: `Here is a link to a personal profile ({gegeven}). If it is a client's profile, remove the link. ${accept}`,
      profileRepeated: `Here is a link to a personal profile ({gegeven}), ${aantal}. If it is a client's profile, remove the link everywhere. ${acceptAll}`,
      name: `Here is possibly the real name of a client or someone involved ({gegeven}). Use an initial or a made-up name, e.g. 'cliënt A' or 'Jan (gefingeerde naam)'. ${fictief} ${accept}`,
      nameRepeated: `Here is possibly the real name of a client or someone involved ({gegeven}), ${aantal}. Use an initial or a made-up name, e.g. 'cliënt A', or write '(gefingeerde naam)' after the name the first time. ${fictief} ${acceptAll}`,
      ownContact: `Here are contact details ({gegeven}). In this file they are most likely your own, which is fine. If they belong to a client or someone involved, remove them (AVG/GDPR). ${accept}`,
      ownContactRepeated: `Here are contact details ({gegeven}), ${aantal}. In this file they are most likely your own, which is fine. If they belong to a client or someone involved, remove them (AVG/GDPR). ${acceptAll}`,
      acceptedList: 'Accepted: {gegeven} is listed in portfolio.yaml under instellingen: privacy: toegestaan. This does not count as an error.',
      acceptedListRepeated: 'Accepted: {gegeven} ({aantal} times in this file: {regels|line|lines} {regels:3}) is listed in portfolio.yaml under instellingen: privacy: toegestaan. This does not count as an error.',
      acceptedMarker: "Accepted: {gegeven} is on a line marked 'rlp: geen persoonsgegevens'. This does not count as an error.",
      acceptedMarkerRepeated: "Accepted: {gegeven} is {aantal} times on a line marked 'rlp: geen persoonsgegevens' ({regels|line|lines} {regels:3}). This does not count as an error.",
    },
  },
};
