// The Digital City Expert curriculum of the "Digital City Experts" Erasmus+ partnership (seed 004):
// three courses in English — smart-city basics, data and open services, leading digital projects —
// the first also in Italian, twelve lessons and three quizzes in the English edition.
import type { QuestionInput } from "./schema.ts";
import type { LessonKind } from "./tables.ts";

export type DemoLesson = {
  kind: LessonKind;
  title: string;
  body: string;
  url?: string;
  /** Practice slugs, for a practices lesson. */
  practices?: string[];
  quiz?: { passMark: number; maxAttempts: number | null; questions: QuestionInput[] };
};
export type DemoCourse = {
  key: string;
  title: string;
  summary: string;
  topic: string;
  language: "en" | "it";
  translationOf?: string;
  prerequisites?: string[];
  modules: { title: string; lessons: DemoLesson[] }[];
};

const opt = (label: string, correct = false, feedback = "") => ({ label, correct, feedback });

const basicsQuiz: QuestionInput[] = [
  {
    kind: "single",
    prompt: "What should come first when a small municipality plans a smart-city project?",
    feedbackRight: "Yes: technology serves a need people actually have.",
    feedbackWrong: "Start from the residents' and staff's needs, then choose the technology.",
    options: [
      opt(
        "Buying sensors for the main square",
        false,
        "Sensors without a question to answer rarely get used.",
      ),
      opt(
        "A need of residents or staff that the project should meet",
        true,
        "Right: a smart city starts from people.",
      ),
      opt("A mobile app for the city", false, "An app is a means, not a starting point."),
    ],
  },
  {
    kind: "multiple",
    prompt: "Which of these are usually part of a smart-city strategy? Choose all that apply.",
    feedbackRight: "Exactly: data, participation and skills together.",
    feedbackWrong: "A strategy combines open data, citizen participation and staff skills.",
    options: [
      opt(
        "Open data published by the municipality",
        true,
        "Open data lets others build on the city's information.",
      ),
      opt("Citizen participation in design", true, "Services designed with users are used more."),
      opt("Training for municipal staff", true, "Skills in the administration keep projects alive."),
      opt(
        "Replacing all paper forms overnight",
        false,
        "Change takes steps; overnight replacement usually fails.",
      ),
    ],
  },
  {
    kind: "true-false",
    prompt: "Only large cities can become smart cities.",
    feedbackRight: "Right: small and medium towns can start with focused projects.",
    feedbackWrong: "Small and medium municipalities can start too, with focused projects and partners.",
    options: [opt("True", false, "Size is not the limit: focus is."), opt("False", true, "Correct.")],
  },
  {
    kind: "short",
    prompt: "What do we call data that anyone may freely use, reuse and share? (two words)",
    feedbackRight: "Yes: open data.",
    feedbackWrong: "Think of data published with an open licence.",
    acceptedAnswers: ["open data", "opendata"],
  },
];

const basicsQuizIt: QuestionInput[] = [
  {
    kind: "single",
    prompt: "Da che cosa deve partire un piccolo Comune che progetta un intervento di smart city?",
    feedbackRight: "Sì: la tecnologia serve un bisogno reale delle persone.",
    feedbackWrong: "Si parte dai bisogni di cittadini e personale, poi si sceglie la tecnologia.",
    options: [
      opt(
        "Dall'acquisto di sensori per la piazza",
        false,
        "Sensori senza una domanda a cui rispondere restano inutilizzati.",
      ),
      opt("Da un bisogno di cittadini o personale", true, "Giusto: una smart city parte dalle persone."),
      opt("Da un'app per il Comune", false, "Un'app è un mezzo, non un punto di partenza."),
    ],
  },
  {
    kind: "true-false",
    prompt: "Solo le grandi città possono diventare smart city.",
    feedbackRight: "Giusto: anche i Comuni piccoli e medi possono iniziare con progetti mirati.",
    feedbackWrong: "Anche i Comuni piccoli e medi possono iniziare, con progetti mirati e partner.",
    options: [
      opt("Vero", false, "Non conta la dimensione, ma la chiarezza degli obiettivi."),
      opt("Falso", true, "Esatto."),
    ],
  },
  {
    kind: "short",
    prompt: "Come si chiamano i dati che chiunque può usare e ridistribuire liberamente? (due parole)",
    feedbackRight: "Sì: dati aperti (open data).",
    feedbackWrong: "Pensa ai dati pubblicati con una licenza aperta.",
    acceptedAnswers: ["dati aperti", "open data"],
  },
];

const dataQuiz: QuestionInput[] = [
  {
    kind: "single",
    prompt: "Which licence makes a dataset easiest to reuse?",
    feedbackRight: "Yes: CC BY 4.0 only asks for attribution.",
    feedbackWrong: "An open licence such as CC BY 4.0 is the easiest to reuse.",
    options: [
      opt("All rights reserved", false, "Nobody may reuse it without asking."),
      opt("CC BY 4.0", true, "Anyone may reuse it, naming the source."),
      opt("No licence stated", false, "Without a licence, reusers cannot know what is allowed."),
    ],
  },
  {
    kind: "true-false",
    prompt: "A digital service should be tested with the people who will use it before it is launched.",
    feedbackRight: "Right: testing with users finds problems early.",
    feedbackWrong: "Testing with users before launch is what makes services usable.",
    options: [opt("True", true), opt("False", false, "Launching untested services costs more later.")],
  },
  {
    kind: "short",
    prompt: "Which European portal collects open data from public administrations across Europe?",
    feedbackRight: "Yes: data.europa.eu.",
    feedbackWrong: "Look again at the reading of this course.",
    acceptedAnswers: ["data.europa.eu", "data europa", "european data portal"],
  },
];

const projectsQuiz: QuestionInput[] = [
  {
    kind: "multiple",
    prompt: "Which steps help a digital pilot become a lasting service? Choose all that apply.",
    feedbackRight: "Exactly.",
    feedbackWrong: "Clear goals, measured results and a plan for running costs keep a pilot alive.",
    options: [
      opt("Goals agreed with the political leadership", true),
      opt("Measuring results against a baseline", true),
      opt("A budget for running costs after the pilot", true),
      opt("Keeping the pilot secret until it is finished", false, "Pilots need visibility and support."),
    ],
  },
  {
    kind: "single",
    prompt: "What reduces the risk of being locked in to one supplier?",
    feedbackRight: "Yes: open standards let you change supplier.",
    feedbackWrong: "Open standards and interoperability reduce lock-in.",
    options: [
      opt("Open standards and interoperable interfaces", true),
      opt("A longer contract", false, "A longer contract usually deepens lock-in."),
      opt("Custom formats", false, "Custom formats tie you to whoever made them."),
    ],
  },
  {
    kind: "true-false",
    prompt: "Change management is only needed in large administrations.",
    feedbackRight: "Right: every team meets change, whatever its size.",
    feedbackWrong: "Every administration needs to accompany its staff through change.",
    options: [opt("True", false), opt("False", true)],
  },
];

export const CURRICULUM = {
  slug: "digital-city-expert",
  title: "Digital City Expert",
  summary:
    "A curriculum that qualifies staff of small and medium municipalities as Digital City Experts: smart-city basics, data and open services, and leading digital projects.",
};

export const COURSES: DemoCourse[] = [
  {
    key: "basics",
    title: "Smart-city basics",
    summary: "What a smart city is for a small or medium municipality, and where yours stands today.",
    topic: "Smart city",
    language: "en",
    modules: [
      {
        title: "What makes a city smart",
        lessons: [
          {
            // Captioned in en, it, de, sv, fi (video.demo.ts).
            kind: "video",
            title: "People first",
            body: "A **smart city** uses digital tools to meet the needs of the people who live and work in it.\n\n## Three questions to start\n\n- Which service do residents find hardest to use today?\n- Which data does the municipality already hold?\n- Who in the administration could lead a first project?\n\nSmall and medium municipalities do not need large budgets: they need a clear question and partners.",
          },
          {
            kind: "reading",
            title: "The Smart Cities Marketplace",
            body: "Browse the European Commission's marketplace and note **two projects** of towns your size.",
            url: "https://smart-cities-marketplace.ec.europa.eu/",
          },
        ],
      },
      {
        title: "Your municipality's starting point",
        lessons: [
          {
            kind: "text",
            title: "Mapping digital maturity",
            body: "Before planning, map where your municipality stands:\n\n1. **Services**: which can residents use online from start to end?\n2. **Data**: which datasets exist, who keeps them, are they published?\n3. **Skills**: who knows what in the team?\n\nWrite one line for each: it becomes the baseline you measure progress against.",
          },
          {
            kind: "quiz",
            title: "Quiz: smart-city basics",
            body: "Four questions on what you read. You need 75% to pass; take your time.",
            quiz: { passMark: 75, maxAttempts: 3, questions: basicsQuiz },
          },
        ],
      },
    ],
  },
  {
    key: "basics-it",
    title: "Fondamenti di smart city",
    summary: "Che cos'è una smart city per un Comune piccolo o medio, e da dove parte il tuo.",
    topic: "Smart city",
    language: "it",
    translationOf: "basics",
    modules: [
      {
        title: "Che cosa rende smart una città",
        lessons: [
          {
            kind: "text",
            title: "Prima le persone",
            body: "Una **smart city** usa gli strumenti digitali per rispondere ai bisogni di chi ci vive e lavora.\n\n## Tre domande per iniziare\n\n- Quale servizio è oggi più difficile da usare per i cittadini?\n- Quali dati ha già il Comune?\n- Chi nell'amministrazione potrebbe guidare un primo progetto?",
          },
          {
            kind: "reading",
            title: "Lo Smart Cities Marketplace",
            body: "Esplora il portale della Commissione europea e annota **due progetti** di Comuni della tua dimensione.",
            url: "https://smart-cities-marketplace.ec.europa.eu/",
          },
        ],
      },
      {
        title: "Il punto di partenza del tuo Comune",
        lessons: [
          {
            kind: "text",
            title: "La maturità digitale",
            body: "Prima di pianificare, fotografa la situazione:\n\n1. **Servizi**: quali si usano online dall'inizio alla fine?\n2. **Dati**: quali esistono, chi li cura, sono pubblicati?\n3. **Competenze**: chi sa che cosa nel gruppo di lavoro?",
          },
          {
            kind: "quiz",
            title: "Quiz: fondamenti di smart city",
            body: "Tre domande su quanto hai letto. Per superarlo serve il 66%.",
            quiz: { passMark: 66, maxAttempts: 3, questions: basicsQuizIt },
          },
        ],
      },
    ],
  },
  {
    key: "data",
    title: "Data and open services",
    summary:
      "Publishing the municipality's data openly and designing digital services with the people who use them.",
    topic: "Open data",
    language: "en",
    prerequisites: ["basics"],
    modules: [
      {
        title: "Open data",
        lessons: [
          {
            kind: "text",
            title: "Why open data",
            body: "Open data are published **with an open licence** and in formats machines can read. They let businesses, researchers and other administrations build on what the municipality already collects.\n\nStart with data people ask for: timetables, opening hours, budgets.",
          },
          {
            kind: "reading",
            title: "data.europa.eu",
            body: "Find a dataset from a municipality in your country and check its licence and format.",
            url: "https://data.europa.eu/en",
          },
        ],
      },
      {
        title: "Open services",
        lessons: [
          {
            kind: "practices",
            title: "Practices from the partnership",
            body: "How partners of the network trained their staff and opened their services.",
            practices: ["digital-city-expert-curriculum-for-municipal-staff"],
          },
          {
            kind: "quiz",
            title: "Quiz: data and open services",
            body: "Three questions. You need 66% to pass.",
            quiz: { passMark: 66, maxAttempts: 3, questions: dataQuiz },
          },
        ],
      },
    ],
  },
  {
    key: "projects",
    title: "Leading digital projects",
    summary: "From an idea to a pilot and a lasting service: goals, procurement, partners and change.",
    topic: "Project management",
    language: "en",
    prerequisites: ["data"],
    modules: [
      {
        title: "From idea to pilot",
        lessons: [
          {
            kind: "text",
            title: "Goals and a baseline",
            body: "Agree the goals with the political leadership and write down **today's figures** before the pilot starts: without a baseline nobody can tell whether it worked.",
          },
          {
            kind: "text",
            title: "Procurement and partners",
            body: "Ask for **open standards** and data you can take with you. Universities and partner cities can help write the specification.",
          },
        ],
      },
      {
        title: "Making it last",
        lessons: [
          {
            // A reading without a link: its document, a PDF, is rendered at load (reading.demo.ts).
            kind: "reading",
            title: "From pilot to lasting service",
            body: "Download the checklist and go through it with your team before deciding whether your pilot becomes a service.",
          },
          {
            kind: "quiz",
            title: "Quiz: leading digital projects",
            body: "Three questions. You need 66% to pass.",
            quiz: { passMark: 66, maxAttempts: 3, questions: projectsQuiz },
          },
        ],
      },
    ],
  },
];

/** Learners and how far they got; `completed` courses are done with their quiz passed. */
export const LEARNERS: {
  email: string;
  completed: string[];
  started?: { course: string; lessons: number; failedQuiz?: boolean };
}[] = [
  { email: "anna.gruber@schmiede.example", completed: ["basics", "data", "projects"] },
  { email: "lars.lindqvist@fpl.example", completed: ["basics", "data"] },
  { email: "jonas.weber@zde.example", completed: ["basics"], started: { course: "data", lessons: 1 } },
  {
    email: "katrin.schulz@ihk-projekt.example",
    completed: [],
    started: { course: "basics", lessons: 4, failedQuiz: true },
  },
  { email: "marco.bellini@ialmarche.example", completed: [], started: { course: "basics-it", lessons: 1 } },
  { email: "aino.makinen@tuni.example", completed: ["basics"], started: { course: "data", lessons: 2 } },
];
