/** English messages of the declarations rule (toetsingskader E). */
export const e = {
  'E/verklaringen': {
    title: 'Declarations made',
    explain: 'Checks that you make the three declarations of the framework (E): under verklaringen: in portfolio.yaml, gedragscode, klachtenreglement and naar_waarheid are each yes. The template sets them to no; you set them to yes yourself when you make the declaration.',
    fix: "Read the Noloc code of conduct and complaints procedure. Then put 'gedragscode: yes', 'klachtenreglement: yes' and, when everything in your portfolio is true, 'naar_waarheid: yes' under verklaringen:.",
    messages: {
      notMade: "You have not made the declaration '{sleutel}' yet (it says no). The framework (E) asks you to declare {verklaring}. Put '{sleutel}: yes' if that is so.",
      missing: "The declaration '{sleutel}' is missing under verklaringen: in portfolio.yaml. The framework (E) asks you to declare {verklaring}. Put '{sleutel}: yes' if that is so.",
      gedragscode: 'that you have read the Noloc code of conduct and commit to it',
      klachtenreglement: 'that you know the Noloc complaints procedure',
      naar_waarheid: 'that you have filled in your portfolio truthfully',
    },
  },
};
