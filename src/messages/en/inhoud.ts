/** English messages of the content hints (`inhoud/*`, contract §8). */
const off = "If you think this hint does not apply here, put <!-- rlp-disable {regel} --> in the section.";

export const inhoud = {
  'inhoud/afwegingen': {
    title: 'Considerations behind your interventions',
    explain:
      "Checks per case whether your task sections show why you did what you did. rlp looks in each task section for words of a consideration or decision (omdat, daarom, koos, afweging, bewust, besloot, beoogde …). When fewer than half of your task sections have one, the case reads as a report of what happened: the framework (C.1) asks you to give the considerations and decisions behind the interventions you chose. rlp judges the case as a whole, never a single section.",
    fix: "For each task, write not only what you did but why: which options you had, what you chose and why that suited this client. A sentence like 'I chose … because …' is often enough.",
    messages: {
      diary: "{aantal} of your {totaal} task sections say what you did but not why ({taken|task|tasks} {taken}). An assessor will then ask which considerations you made. The framework (C.1) asks you to give the considerations and decisions behind the interventions you chose. Add what you weighed and why you chose what you chose. " + off.replace('{regel}', 'inhoud/afwegingen'),
    },
  },
  'inhoud/effect': {
    title: 'Aim and effect of your interventions',
    explain:
      "Checks per case whether, for your interventions (tasks 3 to 6), you write what you aimed at and what the actual effect was. rlp looks for words of an aim (doel, beoogde, om … te, zodat, ik wilde …) and of an effect (effect, resultaat, leverde op, bleek, hielp, merkte, waardoor …). When more than half of those sections lack one of the two, this hint follows. The framework (C.1) asks which interventions you used, what you aimed at with them and what their actual effect was.",
    fix: "For each intervention, say in one sentence what you wanted to achieve and in one sentence what happened with the client afterwards: what changed, what did the client say or do?",
    messages: {
      noEffect: "For {aantal} of your {totaal} interventions ({taken|task|tasks} {taken}) you do not say what you aimed at or what the actual effect was. The framework (C.1) asks which interventions you used, what you aimed at with them and what their actual effect was. For each intervention, write what you wanted to achieve and what changed for the client afterwards. " + off.replace('{regel}', 'inhoud/effect'),
    },
  },
  'inhoud/theorie': {
    title: 'Theory tied to the client',
    explain:
      "Checks whether each knowledge area names a theory, model, author or source and ties it to your client. For career theories and human development rlp looks for a theory or model (Super, Holland, Savickas, Schein, Krumboltz, Kuijpers, Erikson, Levinson, Deci and Ryan, Kolb …); for the labour market, education and occupations, and organisations a source also counts (UWV, CBS, SBB, ROA, NLQF, DUO, Studiekeuze123 …). The framework (C.2) asks you to work your knowledge into a reflection on your case, showing that you apply it in practice.",
    fix: "Name the theory or source you relied on and show what it said about this client: which stage, which motive, which chance on the labour market, and what you did with it.",
    messages: {
      noTheory: "The section on {naam} names no theory or model. The framework (C.2) asks you to tie your knowledge to your case, for example: '{voorbeeld}' Name the theory or model you worked with (such as Super, Savickas, Schein, Erikson, Levinson, Deci and Ryan, or Kolb) and show what it says about this client. " + off.replace('{regel}', 'inhoud/theorie'),
      noSource: "The section on {naam} names no theory, model or source. The framework (C.2) asks for knowledge you apply in practice, for example: '{voorbeeld}' Name where your knowledge came from (such as UWV, CBS, SBB, ROA or a model) and what it meant for this client. " + off.replace('{regel}', 'inhoud/theorie'),
      notTied: "The section on {naam} names theory but says hardly anything about your client. The framework (C.2) asks you to work your knowledge into a reflection on your case. Show what the theory said about this client and what you did with it. " + off.replace('{regel}', 'inhoud/theorie'),
    },
  },
  'inhoud/concreet': {
    title: 'Competences shown with a moment from the case',
    explain:
      "Checks whether you show a competence with what you did in this case. A section that mostly repeats the framework's indicators, or only speaks of yourself in general ('I find it important', 'by nature', 'as a career professional') without one moment from the trajectory (a session, a conversation, what the client said), gets this hint. The framework (C.3) asks you to make clear how each competence shows in a trajectory, where you act deliberately and how you reflect on your actions.",
    fix: "Pick one or two moments from the trajectory where you used this competence: what happened, what exactly did you do, why, and how do you look back on it now?",
    messages: {
      indicators: "The section on {naam} mostly repeats the framework's indicators ({aantal} of {totaal} {totaal|sentence|sentences}). An assessor wants to see how you showed this competence in this trajectory. The framework (C.3) says you need not describe every indicator, but must make clear how each competence shows in a trajectory. Describe a moment from the case. " + off.replace('{regel}', 'inhoud/concreet'),
      noMoment: "The section on {naam} says in general how you work, but names no moment from this trajectory (a session, a conversation, what the client said or did). The framework (C.3) asks you to show how each competence shows in a trajectory, where you act deliberately and how you reflect on your actions. Describe what you did at such a moment and why. " + off.replace('{regel}', 'inhoud/concreet'),
    },
  },
  'inhoud/attitude': {
    title: 'Every attitude question answered in full',
    explain:
      "Checks whether your answer to each attitude question covers every part of the question. Ethics: the dilemma, what you weighed and what you did. Self-reflection: your role, its positive and its negative effect, and what you will do differently or more often next time. Development: your insights, learning or development points. Diversity: the values that clashed and what you did about it. An answer that only says 'No' gets this hint too.",
    fix: "Read the framework's question again and answer each part in a sentence of its own. If there was no ethical dilemma, explain why not and what came closest.",
    messages: {
      onlyNo: "Your answer on {naam} is only a negation ({woorden} {woorden|word|words}). An assessor will ask more. The framework's question (C.4) is: '{vraag}' Explain why the answer is no, and what came closest in this trajectory. " + off.replace('{regel}', 'inhoud/attitude'),
      partMissing: "Your answer on {naam} skips part of the question: {onderdelen}. The framework's question (C.4) is: '{vraag}' Answer each part. " + off.replace('{regel}', 'inhoud/attitude'),
      'deel-ethisch-handelen-dilemma': 'which dilemma there was',
      'deel-ethisch-handelen-afwegingen': 'what you weighed',
      'deel-ethisch-handelen-actie': 'what you finally did',
      'deel-zelfreflectie-rol': 'which role you had',
      'deel-zelfreflectie-positief': 'the positive effect of your role',
      'deel-zelfreflectie-negatief': 'the negative effect of your role',
      'deel-zelfreflectie-volgende': 'what you will watch or do differently next time',
      'deel-ontwikkeling-inzicht': 'which insights, learning or development points you take from it',
      'deel-diversiteit-inclusiviteit-waarden': 'which values clashed',
      'deel-diversiteit-inclusiviteit-gedaan': 'what you did about it',
    },
  },
  'inhoud/opdrachtgever': {
    title: 'The commissioning party and opposing interests',
    explain:
      "For a trajectory started by an employer, the UWV or a municipality (opdrachtgever at the top of the case), checks whether your task sections mention the commissioning party and the interests at stake anywhere: agreements, a three-way meeting, reporting, the interests of client and commissioning party. The framework (C.1) asks how you dealt with possibly opposing interests.",
    fix: "In the tasks where it mattered (often the intake, the proposal and the closing), describe what you agreed with the commissioning party, what you did and did not report back, and how you handled differences between what they and the client wanted.",
    messages: {
      absent: "This trajectory was started by a commissioning party ({opdrachtgever}), but it does not appear in your task sections. The framework (C.1) asks how you dealt with possibly opposing interests. Describe the agreements with the commissioning party, what you reported back and how you handled differing interests. " + off.replace('{regel}', 'inhoud/opdrachtgever'),
    },
  },
  'inhoud/perspectief': {
    title: 'From your own perspective as practitioner',
    explain:
      "Checks whether your task sections tell what you did. When 'we', 'our team' or 'my colleague' appear much more often than 'I', an assessor cannot see what your share was. The framework (C) asks you to sketch each trajectory from your perspective as practitioner, and the trajectories must be ones you carried out yourself.",
    fix: "Write in the first person what you did, decided and noticed. If you worked together, say what your part was.",
    messages: {
      we: "Your task sections say 'we', 'our' or 'colleague' {wij} times and 'I' {ik} times. An assessor wants to read what you did. The framework (C) asks you to sketch each trajectory from your perspective as practitioner. Write in the first person what your share was. " + off.replace('{regel}', 'inhoud/perspectief'),
    },
  },
};
