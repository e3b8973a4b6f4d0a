/** Dutch messages of the declarations rule (toetsingskader E). */
export const e = {
  'E/verklaringen': {
    title: 'Verklaringen afgegeven',
    explain: 'Controleert of je de drie verklaringen van het toetsingskader (E) afgeeft: onder verklaringen: in portfolio.yaml staan gedragscode, klachtenreglement en naar_waarheid elk op \'ja\'. Het sjabloon zet ze op \'nee\'; je verandert dat zelf in \'ja\' als je de verklaring afgeeft.',
    fix: "Lees de gedragscode en het klachtenreglement van Noloc. Zet daarna onder verklaringen: 'gedragscode: ja', 'klachtenreglement: ja' en, als alles in je portfolio klopt, 'naar_waarheid: ja'.",
    messages: {
      notMade: "Je hebt de verklaring '{sleutel}' nog niet afgegeven (er staat '{sleutel}: nee'). Het toetsingskader (E) vraagt je te verklaren {verklaring}. Zet '{sleutel}: ja' als dat zo is.",
      missing: "De verklaring '{sleutel}' ontbreekt onder verklaringen: in portfolio.yaml. Het toetsingskader (E) vraagt je te verklaren {verklaring}. Zet '{sleutel}: ja' als dat zo is.",
      gedragscode: 'dat je de gedragscode van Noloc hebt gelezen en je aan die code committeert',
      klachtenreglement: 'dat je kennis hebt genomen van het klachtenreglement van Noloc',
      naar_waarheid: 'dat je je portfolio naar waarheid hebt ingevuld',
    },
  },
};
