// The two sample quizzes Factsprint ships with.
// The texts (*.md beside this file) are our own words; only the facts come from the credited articles.
// Every `sourceSentence` is copied character for character from the matching text (see samples.test.ts).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { QuestionInput } from "../../server/protocol";

export interface SampleBank {
  slug: string;
  title: string;
  description: string;
  /** File name of the sample text, relative to this folder. */
  articleFile: string;
  questions: QuestionInput[];
}

/** Reads a sample text (e.g. "karabakh-analysis.md") that sits beside this module. */
export function readSampleText(articleFile: string): string {
  return readFileSync(fileURLToPath(new URL(`./${articleFile}`, import.meta.url)), "utf8");
}

export const SAMPLE_BANKS: SampleBank[] = [
  {
    slug: "karabakh-analysis",
    title: "Russia's Retreat from Karabakh",
    description:
      "An analysis of what the Russian peacekeepers' exit from Nagorno-Karabakh means for Moscow in the South Caucasus. Facts drawn from an analysis by Nikola Mikovic (World Geostrategic Insights).",
    articleFile: "karabakh-analysis.md",
    questions: [
      {
        type: "mc",
        prompt: "How many soldiers did the Kremlin send to Nagorno-Karabakh in the fall of 2020?",
        options: ["1,200", "1,960", "2,400", "3,100"],
        correct: 1,
        timeLimitSec: 20,
        points: 1000,
        sourceSentence:
          "In the fall of 2020 the Kremlin sent 1,960 soldiers into the mountainous region, which lies inside Azerbaijan.",
        explanation: "The analysis puts the fall 2020 deployment at 1,960 troops.",
      },
      {
        type: "mc",
        prompt: "In 1999, Russian peacekeepers from Bosnia drove into Kosovo and seized the airport of which city?",
        options: ["Pristina", "Sarajevo", "Belgrade", "Skopje"],
        correct: 0,
        timeLimitSec: 20,
        points: 1000,
        sourceSentence:
          "In 1999, after NATO's campaign against Yugoslavia, Russian peacekeepers based in Bosnia and Herzegovina drove into Kosovo and seized the airport at Pristina, an operation in which Vladimir Putin later claimed a \"key role.\"",
        explanation: "They took the airport at Pristina, Kosovo's capital.",
      },
      {
        type: "mc",
        prompt: "Under the 2020 ceasefire, the Russian peacekeeping mandate was set to run at least until when?",
        options: ["End of 2023", "End of 2024", "End of 2025", "End of 2030"],
        correct: 2,
        timeLimitSec: 20,
        points: 1000,
        sourceSentence: "Their mandate was set to run at least until the end of 2025.",
        explanation: "The mandate ran at least until the end of 2025, yet the troops left early.",
      },
      {
        type: "tf",
        prompt: "The Lachin corridor was one of several roads linking Armenia with Nagorno-Karabakh.",
        options: ["True", "False"],
        correct: 1,
        timeLimitSec: 20,
        points: 1000,
        sourceSentence:
          "Under that deal, the peacekeepers' main job was guarding the Lachin corridor, the single road that linked Armenia to Nagorno-Karabakh.",
        explanation: "False: it was the only road between Armenia and Nagorno-Karabakh.",
      },
      {
        type: "mc",
        prompt: "In which month and year did Azerbaijan take full control of the Lachin corridor road?",
        options: ["November 2020", "May 2021", "April 2023", "September 2023"],
        correct: 2,
        timeLimitSec: 30,
        points: 2000,
        sourceSentence:
          "Local Armenians complained that the troops did little during the crisis over the corridor, and in April 2023 Azerbaijan took full control of the road.",
        explanation: "Azerbaijan controlled the road from April 2023, months before its September offensive.",
      },
      {
        type: "mc",
        prompt: "In May 2021, Armenia said Azerbaijani forces had crossed its border to besiege which lake?",
        options: ["Lake Sevan", "Lake Arpi", "Lake Urmia", "Lake Sev Lich"],
        correct: 3,
        timeLimitSec: 20,
        points: 1000,
        sourceSentence:
          "In May 2021 Armenia said Azerbaijani forces had crossed its border to besiege Lake Sev Lich, also called the Black Lake.",
        explanation: "The lake was Sev Lich, also known as the Black Lake.",
      },
      {
        type: "tf",
        prompt: "According to the analysis, Armenia's appeal to Russia and the CSTO for help in May 2021 went unanswered.",
        options: ["True", "False"],
        correct: 0,
        timeLimitSec: 30,
        points: 1000,
        sourceSentence: "Yerevan asked both Russia and the CSTO for help and heard nothing back.",
        explanation: "True: neither Moscow nor the CSTO responded, and Armenia turned toward the West.",
      },
      {
        type: "mc",
        prompt: "The Zangezur corridor would run through which southern province of Armenia?",
        options: ["Syunik", "Lori", "Tavush", "Kotayk"],
        correct: 0,
        timeLimitSec: 20,
        points: 1000,
        sourceSentence:
          "Yerevan appears ready to give Azerbaijan four villages in the country's northeast to avoid a new war, and it may eventually let Baku gain de facto control of the Nakhchivan route, which some call the Zangezur corridor, across the southern province of Syunik next to the Iranian border.",
        explanation: "The route would cross Syunik, along Armenia's border with Iran.",
      },
      {
        type: "mc",
        prompt: "Armenia has formally asked Moscow to remove Russian border guards from which airport?",
        options: ["Shirak", "Zvartnots", "Pristina", "Erebuni"],
        correct: 1,
        timeLimitSec: 20,
        points: 1000,
        sourceSentence:
          "Armenia has also formally asked Moscow to withdraw the Russian border guards stationed at Zvartnots international airport in Yerevan, saying they had failed to defend the national frontier.",
        explanation: "Zvartnots is Yerevan's international airport.",
      },
      {
        type: "tf",
        prompt: "According to the analysis, Armenia has already formally left the CSTO.",
        options: ["True", "False"],
        correct: 1,
        timeLimitSec: 20,
        points: 1000,
        sourceSentence:
          "It now leans on a European Union mission, even though it remains formally a CSTO member, and its leaders are expected to try to quit the bloc.",
        explanation: "False: Armenia is still formally a member, though its leaders are expected to try to leave.",
      },
    ],
  },
  {
    slug: "karabakh-exit-news",
    title: "Russian Peacekeepers Pull Out of Karabakh",
    description:
      "A news story on the Russian withdrawal from Nagorno-Karabakh and how people in Armenia and Azerbaijan reacted. Facts drawn from an AFP news report.",
    articleFile: "karabakh-exit-news.md",
    questions: [
      {
        type: "mc",
        prompt: "How long had the fighting over Karabakh lasted when the 2020 ceasefire halted it?",
        options: ["Six days", "Three weeks", "Six weeks", "Six months"],
        correct: 2,
        timeLimitSec: 20,
        points: 1000,
        sourceSentence:
          "Almost 2,000 Russian soldiers were deployed in 2020 under a ceasefire that ended six weeks of heavy fighting over Karabakh.",
        explanation: "The 2020 ceasefire ended six weeks of fighting and brought in almost 2,000 Russian troops.",
      },
      {
        type: "mc",
        prompt: "Which independent analyst in Azerbaijan called the Russian withdrawal a \"historic process\"?",
        options: ["Eldar Namazov", "Elhan Shahinoglu", "Gela Vasadze", "Ramil Iskenderov"],
        correct: 1,
        timeLimitSec: 20,
        points: 1000,
        sourceSentence:
          "Elhan Shahinoglu, an independent analyst in Azerbaijan, told AFP it was a \"historic process,\" with Russians pulling out for the first time in some two hundred years.",
        explanation: "Elhan Shahinoglu said Russians were leaving for the first time in about two centuries.",
      },
      {
        type: "mc",
        prompt: "How many Armenians left Karabakh after Azerbaijan's offensive last September?",
        options: ["More than 10,000", "More than 50,000", "More than 100,000", "More than 500,000"],
        correct: 2,
        timeLimitSec: 30,
        points: 2000,
        sourceSentence:
          "The truce lasted until Azerbaijan's rapid offensive last September, which drove more than 100,000 Armenians out of the region and left many of them angry with Moscow.",
        explanation: "More than 100,000 Armenians fled the region after the September offensive.",
      },
      {
        type: "mc",
        prompt: "What does the report give as the profession of Iveta Margaryan, who was interviewed in Yerevan?",
        options: ["Journalist", "Teacher", "Courier", "Accountant"],
        correct: 3,
        timeLimitSec: 20,
        points: 1000,
        sourceSentence:
          "Iveta Margaryan, an accountant aged 53 in Yerevan, said the Russian departure had ended any hope that displaced people would go back.",
        explanation: "She is a 53-year-old accountant; the courier quoted is Ramil Iskenderov.",
      },
      {
        type: "tf",
        prompt: "Because Armenia joined the International Criminal Court, it would have to arrest Vladimir Putin if he visited.",
        options: ["True", "False"],
        correct: 0,
        timeLimitSec: 30,
        points: 1000,
        sourceSentence:
          "Armenia has also become a member of the International Criminal Court, so it would be obliged to arrest Vladimir Putin if he came to the country.",
        explanation: "True: ICC membership obliges Armenia to arrest Putin on its soil.",
      },
      {
        type: "mc",
        prompt: "In which month did Nikol Pashinyan freeze Armenia's participation in the CSTO?",
        options: ["September", "February", "April", "December"],
        correct: 1,
        timeLimitSec: 20,
        points: 1000,
        sourceSentence:
          "In February, Pashinyan froze Armenia's participation in the CSTO, a Moscow-led defence alliance of several former Soviet states.",
        explanation: "Pashinyan froze Armenia's CSTO participation in February.",
      },
      {
        type: "mc",
        prompt: "Which country has supplied Armenia with modern defensive radars and missiles?",
        options: ["France", "Germany", "Iran", "United States"],
        correct: 0,
        timeLimitSec: 20,
        points: 1000,
        sourceSentence:
          "France, where many people of Armenian descent live, has stepped up its diplomatic support for Armenia and supplied it with modern defensive radars and missiles.",
        explanation: "France, with its big Armenian community, supplied the radars and missiles.",
      },
      {
        type: "tf",
        prompt: "Gela Vasadze is a senior fellow at an Azerbaijani research centre.",
        options: ["True", "False"],
        correct: 1,
        timeLimitSec: 20,
        points: 1000,
        sourceSentence:
          "Gela Vasadze, a senior fellow of the Georgian Strategic Analysis Centre, said the peacekeepers were supposed to \"project influence,\" but their exit shows how limited Russian power has become.",
        explanation: "False: he works at the Georgian Strategic Analysis Centre.",
      },
      {
        type: "mc",
        prompt: "Which Azerbaijani political scientist described the shift as Russia stepping out while the West steps in?",
        options: ["Eldar Namazov", "Elhan Shahinoglu", "Ramil Iskenderov", "Valery Harutyunyan"],
        correct: 0,
        timeLimitSec: 30,
        points: 1000,
        sourceSentence:
          "Azerbaijani political scientist Eldar Namazov described the shift as Russia stepping out while the West steps in.",
        explanation: "Eldar Namazov summed up the change as Russia out, the West in.",
      },
      {
        type: "tf",
        prompt: "Moscow is now leading the effort to broker a peace deal between Armenia and Azerbaijan.",
        options: ["True", "False"],
        correct: 1,
        timeLimitSec: 20,
        points: 1000,
        sourceSentence:
          "The European Union and the United States, rather than Moscow, now lead the effort to broker a peace deal.",
        explanation: "False: the European Union and the United States lead the peace effort.",
      },
    ],
  },
];
