/** English messages of the privacy check (AVG, the Dutch GDPR; the gedragscode's confidentiality). */
const remove = 'Remove it or describe it in general words.';
const accept = "If this is no personal data, list it in portfolio.yaml under 'instellingen: privacy: toegestaan:', or put '<!-- rlp: geen persoonsgegevens -->' on the line above.";

export const privacy = {
  'privacy/persoonsgegevens': {
    title: "No clients' personal data",
    explain:
      "Searches your cases, motivation, development plan and portfolio.yaml for clients' personal data: e-mail addresses, phone numbers, a possible BSN (9 digits that pass the elfproef), IBAN account numbers and postcodes with a house number are errors; names after 'mevrouw', 'meneer', 'cliënt', 'collega' and the like, dates of birth and links to personal profiles (such as LinkedIn) are warnings. Under the AVG (GDPR) and the code of conduct such data does not belong in a portfolio, and this way it does not end up in git or a CI log either. rlp never shows the datum in full, only masked (like j.d…@…l.nl). Your own name (kandidaat in portfolio.yaml) does not count.",
    fix: "Remove the datum or replace it by a description: 'cliënt', 'cliënt A', 'Jan (gefingeerde naam)', 'in his fifties', 'living near Utrecht'. If rlp wrongly takes something for personal data, list the text in portfolio.yaml under instellingen: privacy: toegestaan: [\"…\"], or put '<!-- rlp: geen persoonsgegevens -->' at the end of the line or alone on the line above. The finding then stays in the report as 'accepted' and does not count as an error.",
    messages: {
      email: `Here is an e-mail address ({gegeven}). A client's contact details do not belong in your portfolio (AVG/GDPR). ${remove}`,
      phone: `Here is a phone number ({gegeven}). A client's contact details do not belong in your portfolio (AVG/GDPR). ${remove}`,
      bsn: `Here is possibly a citizen service number, BSN ({gegeven}): the number passes the elfproef. A client's BSN never belongs in your portfolio (AVG/GDPR). If it is something else, such as an RSIN (which passes the elfproef too), list it in portfolio.yaml under 'instellingen: privacy: toegestaan:', or put '<!-- rlp: geen persoonsgegevens -->' on the line above.`,
      iban: `Here is an IBAN account number ({gegeven}). A client's bank details do not belong in your portfolio (AVG/GDPR). ${remove}`,
      postcode: `Here is an address: a postcode with a house number ({gegeven}). Mention the town or region at most.`,
      birthDate: `Here is possibly a date of birth ({gegeven}). Rather give an age or age group, such as 'in his fifties'. ${accept}`,
      profile: `Here is a link to a personal profile ({gegeven}). If it is a client's profile, remove the link. ${accept}`,
      name: `Here is possibly the real name of a client or someone involved ({gegeven}). Use an initial or a made-up name, e.g. 'cliënt A' or 'Jan (gefingeerde naam)'. ${accept}`,
      ownContact: `Here are contact details ({gegeven}). In this file they are most likely your own, which is fine. If they belong to a client or someone involved, remove them (AVG/GDPR). ${accept}`,
      acceptedList: 'Accepted: {gegeven} is listed in portfolio.yaml under instellingen: privacy: toegestaan. This does not count as an error.',
      acceptedMarker: "Accepted: {gegeven} is on a line marked 'rlp: geen persoonsgegevens'. This does not count as an error.",
    },
  },
};
