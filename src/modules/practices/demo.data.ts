// The demo catalogue: practices from the world of the seed documents (docs/seeds.md). Institutions
// are the demo organisations (src/modules/identity/demo.ts); projects, figures and people are
// illustrative. Italian and English, across the five demo networks.
import type { Visibility } from "../../platform/auth/index.ts";
import type { Theme } from "./themes.ts";

export type DemoPractice = {
  title: string;
  summary: string;
  language: "it" | "en";
  network: string;
  orgs: string[];
  place: string;
  country: string;
  years: [number, number | null];
  themes: Theme[];
  problem: string;
  solution: string;
  results: string;
  resources?: string;
  transferability?: string;
  lessons?: string;
  website?: string;
  contact?: string;
  visibility?: Visibility;
  /** Demo files: a figures table of the results (a CSV attachment, drawn as a chart on the practice
   * page: `columns` are its header) and/or a PDF fact sheet. */
  chart?: { caption: string; columns: [string, string]; points: [string, number][] };
  pdf?: boolean;
};

const SBCR = "sistema-bibliotecario-castelli-romani";
const ANCI = "ancilab";
const ICOM = "icom-italia";
const URBACT = "urbact-interactive-cities";
const DCE = "digital-city-experts";

export const DEMO_PRACTICES: DemoPractice[] = [
  // — Castelli Romani libraries: shared social communication (seed 001)
  {
    title: "Biblioteca diffusa Castelli Romani",
    summary:
      "Le biblioteche dei Castelli Romani lavorano come un'unica rete: catalogo comune, prestito tra sedi e una comunicazione social condivisa con i Comuni del territorio.",
    language: "it",
    network: SBCR,
    orgs: ["consorzio-sbcr", "comune-di-nemi", "comune-di-frascati"],
    place: "Castelli Romani (RM)",
    country: "IT",
    years: [2016, null],
    themes: ["libraries", "communication", "social-media", "participation"],
    problem:
      "Biblioteche piccole, con orari ridotti e poco personale, faticavano a farsi conoscere: ogni sede comunicava da sola, con pagine social poco seguite.",
    solution:
      "Il Consorzio ha messo in rete **catalogo, prestito e comunicazione**:\n\n- un calendario editoriale condiviso tra biblioteche e uffici stampa dei Comuni;\n- linee guida comuni ispirate a #PASocial;\n- un referente social per ogni biblioteca, formato dal Consorzio.",
    results:
      "In due anni i follower delle pagine del sistema sono triplicati e i prestiti interbibliotecari sono cresciuti del 40%. I Comuni rilanciano gli eventi delle biblioteche invece di duplicarli.",
    resources:
      "Personale delle biblioteche (2 ore a settimana per sede), un coordinatore del Consorzio, nessun costo di licenza.",
    transferability: "Adatto a sistemi bibliotecari e unioni di Comuni con sedi piccole e vicine.",
    lessons:
      "Il calendario condiviso funziona solo se qualcuno lo cura ogni settimana: serve un ruolo esplicito.",
    website: "https://www.bibliotecheincoworking.it",
    contact: "Ufficio comunicazione del Consorzio – comunicazione@sbcr.example",
    chart: {
      caption: "Follower delle pagine social del sistema bibliotecario",
      columns: ["Anno", "Follower"],
      points: [
        ["2017", 1400],
        ["2018", 2600],
        ["2019", 3900],
        ["2020", 4300],
      ],
    },
    pdf: true,
  },
  {
    title: "Dagli scaffali al web: formazione social per bibliotecari",
    summary:
      "Un percorso di sei incontri con un giornalista e social media manager ha insegnato ai bibliotecari dei Castelli Romani a raccontare la biblioteca sui social come servizio pubblico.",
    language: "it",
    network: SBCR,
    orgs: ["consorzio-sbcr"],
    place: "Nemi (RM)",
    country: "IT",
    years: [2018, 2018],
    themes: ["libraries", "social-media", "digital-skills", "communication"],
    problem:
      "I bibliotecari gestivano le pagine social nel tempo libero, senza obiettivi né strumenti di misura.",
    solution:
      "Sei incontri pratici: scrivere per i social, fotografare gli eventi, rispondere ai cittadini, misurare i risultati. Ogni partecipante ha preparato un piano editoriale per la propria sede.",
    results:
      "Tutte le biblioteche partecipanti hanno un piano editoriale mensile; il percorso si è chiuso con il tavolo territoriale «Dagli scaffali al web» del 12 giugno 2018 a Nemi.",
    lessons:
      "Lavorare sui contenuti reali di ogni biblioteca, non su esempi astratti, ha fatto la differenza.",
    contact: "Giulia Ferrari – giulia.ferrari@sbcr.example",
  },
  {
    title: "Calendario editoriale condiviso tra Comuni e biblioteche",
    summary:
      "Uffici stampa comunali e biblioteche pianificano insieme, in un unico calendario, i post su eventi culturali e servizi, così il cittadino riceve un racconto unico e affidabile del territorio.",
    language: "it",
    network: SBCR,
    orgs: ["comune-di-frascati", "comune-di-nemi", "consorzio-sbcr"],
    place: "Frascati (RM)",
    country: "IT",
    years: [2019, null],
    themes: ["communication", "social-media", "libraries"],
    problem:
      "Lo stesso evento veniva annunciato tre volte con informazioni diverse, oppure non veniva annunciato affatto.",
    solution:
      "Un calendario condiviso con una riunione di redazione mensile; ogni contenuto ha un proprietario e i canali di chi lo rilancia.",
    results:
      "Meno sovrapposizioni, più copertura per le biblioteche piccole, tempi di risposta ai cittadini più brevi.",
    transferability: "Replicabile da qualunque gruppo di enti vicini che comunichino agli stessi cittadini.",
  },
  {
    title: "Live tweeting degli incontri pubblici della biblioteca",
    summary:
      "Gli incontri pubblici del sistema bibliotecario sono raccontati in diretta sui social con un hashtag comune, per chi non può essere in sala.",
    language: "it",
    network: SBCR,
    orgs: ["consorzio-sbcr", "comune-di-nemi"],
    place: "Nemi (RM)",
    country: "IT",
    years: [2018, null],
    themes: ["social-media", "audience-engagement", "libraries"],
    problem: "Gli incontri del mattino escludevano lavoratori e studenti.",
    solution:
      "Un comunicatore per evento copre la diretta con foto, citazioni e link ai materiali, con l'hashtag del territorio.",
    results: "Ogni diretta raggiunge in media dieci volte le persone presenti in sala.",
  },
  {
    title: "Biblioteche in coworking",
    summary:
      "Spazi delle biblioteche aperti a lavoratori autonomi e studenti, con wi-fi, prese e sale riunioni prenotabili, in cambio di piccoli servizi alla comunità.",
    language: "it",
    network: SBCR,
    orgs: ["consorzio-sbcr", "comune-di-frascati"],
    place: "Castelli Romani (RM)",
    country: "IT",
    years: [2017, 2020],
    themes: ["libraries", "participation", "inclusion"],
    problem:
      "Sale sottoutilizzate in alcune ore e giovani professionisti senza spazi di lavoro vicino a casa.",
    solution:
      "Un regolamento comune per il coworking in biblioteca e una prenotazione online delle postazioni.",
    results:
      "Dodici sedi coinvolte, oltre 300 coworker registrati, nuovi volontari per la lettura ai bambini.",
    website: "https://www.bibliotecheincoworking.it",
  },
  {
    title: "Nati per leggere in rete: letture ad alta voce nelle biblioteche dei Castelli",
    summary:
      "Un programma comune di letture per la prima infanzia, con volontari formati e un calendario unico pubblicato da tutti i Comuni.",
    language: "it",
    network: SBCR,
    orgs: ["consorzio-sbcr"],
    place: "Albano Laziale (RM)",
    country: "IT",
    years: [2015, null],
    themes: ["libraries", "inclusion", "participation"],
    problem: "Le famiglie con bambini piccoli conoscevano poco i servizi delle biblioteche.",
    solution:
      "Volontari formati insieme ai pediatri del territorio, letture settimanali a rotazione nelle sedi.",
    results: "Più iscrizioni di famiglie e un gruppo stabile di 40 volontari.",
    visibility: "network",
  },
  // — AnciLab Lab II: valorisation of cultural heritage (seed 002)
  {
    title: "Archivio storico digitale del Comune di Bergamo",
    summary:
      "Digitalizzazione e pubblicazione online degli inventari dell'archivio storico comunale, con un percorso di visite guidate e una sezione per le scuole.",
    language: "it",
    network: ANCI,
    orgs: ["comune-di-bergamo", "universita-degli-studi-di-milano"],
    place: "Bergamo",
    country: "IT",
    years: [2019, 2023],
    themes: ["heritage", "open-data", "digital-skills"],
    problem:
      "Gli inventari esistevano solo su carta e in sala studio; le richieste di consultazione crescevano.",
    solution:
      "Scansione dei registri più consultati, schedatura con l'Università degli Studi di Milano e pubblicazione degli inventari in formato aperto.",
    results:
      "Oltre 12.000 unità archivistiche descritte online; richieste in sala dimezzate, ricerche da remoto triplicate.",
    resources:
      "180.000 € in quattro anni, in parte da un bando regionale; due archivisti e tirocinanti universitari.",
    transferability: "Il modello di convenzione con l'università è riusabile da altri Comuni capoluogo.",
    contact: "Archivio storico – archivio@comune-bergamo.example",
    chart: {
      caption: "Unità archivistiche descritte online",
      columns: ["Anno", "Unità descritte"],
      points: [
        ["2020", 2100],
        ["2021", 5400],
        ["2022", 9300],
        ["2023", 12000],
      ],
    },
    pdf: true,
  },
  {
    title: "Fondi per il patrimonio: mappa dei canali di finanziamento per i piccoli Comuni",
    summary:
      "AnciLab ha raccolto in una mappa unica i bandi regionali, nazionali ed europei per la valorizzazione dei beni culturali, con schede pensate per i Comuni sotto i 5.000 abitanti.",
    language: "it",
    network: ANCI,
    orgs: ["anci-lombardia"],
    place: "Milano",
    country: "IT",
    years: [2022, null],
    themes: ["funding", "heritage"],
    problem:
      "I piccoli Comuni scoprivano i bandi troppo tardi o rinunciavano per la complessità delle domande.",
    solution:
      "Una mappa aggiornata ogni mese, schede sintetiche e incontri di accompagnamento alla scrittura dei progetti.",
    results: "Ventidue Comuni hanno presentato domanda per la prima volta; nove progetti finanziati.",
    lessons: "Più dell'elenco dei bandi servono esempi di domande riuscite.",
    website: "https://www.ancilab.it",
  },
  {
    title: "Gestione associata dei musei civici nell'Oltrepò",
    summary:
      "L'Unione dei Comuni gestisce insieme i piccoli musei civici del territorio: un solo biglietto, orari coordinati, personale condiviso e una comunicazione comune.",
    language: "it",
    network: ANCI,
    orgs: ["unione-comuni-lombardi-oltrepo"],
    place: "Varzi (PV)",
    country: "IT",
    years: [2020, null],
    themes: ["heritage", "museums", "tourism"],
    problem: "Musei aperti poche ore al mese, ognuno con il proprio custode e il proprio sito web.",
    solution:
      "Convenzione tra i Comuni dell'Unione, biglietto unico e un calendario di aperture a rotazione.",
    results: "Aperture raddoppiate a parità di spesa; visitatori +35% nel primo anno.",
    transferability: "Funziona dove i musei sono vicini e complementari per temi.",
  },
  {
    title: "Realtà aumentata per il castello visconteo",
    summary:
      "Una app di realtà aumentata ricostruisce le parti perdute del castello e racconta la sua storia in italiano, inglese e lingua facile.",
    language: "it",
    network: ANCI,
    orgs: ["provincia-di-cremona", "heritage-tech-srl"],
    place: "Cremona",
    country: "IT",
    years: [2021, 2022],
    themes: ["heritage", "tourism", "accessibility"],
    problem:
      "Del castello restano solo le mura: i visitatori non riuscivano a immaginarne la forma originaria.",
    solution:
      "Ricostruzione 3D validata dagli storici, app gratuita senza registrazione, testi in lingua facile.",
    results: "Diecimila download nel primo anno; il 30% dei visitatori usa i testi in lingua facile.",
    resources:
      "Progetto in partenariato pubblico-privato; costo di manutenzione annuale a carico della Provincia.",
    lessons: "Pensare fin dall'inizio a chi mantiene l'app dopo la fine del progetto.",
  },
  {
    title: "Videointerviste ai sindaci sul patrimonio",
    summary:
      "Brevi videointerviste a sindaci e assessori raccontano i progetti di valorizzazione dei beni culturali dei loro Comuni e sono pubblicate con sottotitoli.",
    language: "it",
    network: ANCI,
    orgs: ["anci-lombardia", "comune-di-bergamo"],
    place: "Lombardia",
    country: "IT",
    years: [2023, 2024],
    themes: ["communication", "heritage"],
    problem: "I progetti dei Comuni restavano poco conosciuti fuori dal territorio.",
    solution:
      "Interviste di tre minuti girate durante gli incontri del Laboratorio, sottotitolate e pubblicate nella rubrica.",
    results: "Quindici interviste pubblicate, riprese da testate locali.",
  },
  {
    title: "Partenariato pubblico-privato per il restauro di un palazzo storico",
    summary:
      "Un Comune lombardo ha affidato a un'impresa restauro e gestione di un palazzo storico in cambio dell'uso di alcuni spazi, mantenendo la fruizione pubblica.",
    language: "it",
    network: ANCI,
    orgs: ["comune-di-bergamo", "heritage-tech-srl"],
    place: "Bergamo",
    country: "IT",
    years: [2018, 2024],
    themes: ["heritage", "funding"],
    problem: "Il Comune non aveva le risorse per restaurare il palazzo, chiuso da anni.",
    solution:
      "Procedura di partenariato con vincoli chiari sulla fruizione pubblica e un comitato di monitoraggio.",
    results: "Palazzo riaperto con spazi espositivi pubblici e un'area di coworking gestita dall'impresa.",
    visibility: "pa",
  },
  {
    title: "Catalogo aperto dei beni culturali provinciali",
    summary:
      "La Provincia di Cremona pubblica in formato aperto le schede dei beni culturali del territorio, con coordinate e licenza CC BY, riusate da guide turistiche e scuole.",
    language: "it",
    network: ANCI,
    orgs: ["provincia-di-cremona"],
    place: "Cremona",
    country: "IT",
    years: [2020, null],
    themes: ["open-data", "heritage", "tourism"],
    problem: "Le schede dei beni erano in fogli di calcolo interni, non riusabili.",
    solution: "Pulizia dei dati, pubblicazione sul portale open data regionale, aggiornamento trimestrale.",
    results: "Tre app turistiche e due progetti scolastici riusano i dati.",
    transferability: "Serve un referente per la qualità dei dati in ogni ente.",
  },
  {
    title: "Biblioteche e archivi storici dei piccoli Comuni: un inventario comune",
    summary:
      "Un censimento dei fondi librari e archivistici storici dei piccoli Comuni lombardi, per conoscerli, proteggerli e candidarli insieme ai bandi.",
    language: "it",
    network: ANCI,
    orgs: ["anci-lombardia", "unione-comuni-lombardi-oltrepo", "universita-degli-studi-di-milano"],
    place: "Lombardia",
    country: "IT",
    years: [2024, null],
    themes: ["heritage", "libraries", "funding"],
    problem: "Molti Comuni non sapevano cosa conservassero i propri depositi.",
    solution: "Una scheda di censimento semplice, compilata con studenti universitari in tirocinio.",
    results: "Prima fase: 60 Comuni censiti, 14 fondi di pregio segnalati alla Soprintendenza.",
  },
  // — ICOM Italia: inclusion and multichannel audience engagement (seed 000)
  {
    title: "Toolkit per musei inclusivi",
    summary:
      "Un kit di strumenti pratici per rendere il museo accessibile a persone con disabilità sensoriali e cognitive: percorsi tattili, testi in lingua facile, video in LIS.",
    language: "it",
    network: ICOM,
    orgs: ["icom-italia", "museo-egizio"],
    place: "Torino",
    country: "IT",
    years: [2022, null],
    themes: ["inclusion", "accessibility", "museums"],
    problem:
      "Le iniziative per l'accessibilità erano occasionali e dipendevano da singole persone; mancavano strumenti condivisi.",
    solution:
      "Un toolkit con schede operative:\n\n1. verifica dell'accessibilità del percorso;\n2. scrittura in lingua facile;\n3. produzione di video in LIS e sottotitoli;\n4. formazione del personale di sala.",
    results: "Adottato da 25 musei; visite di persone con disabilità raddoppiate nei musei pilota.",
    lessons: "Coinvolgere le associazioni di persone con disabilità dall'inizio, non solo per il collaudo.",
    website: "https://www.icom-italia.org",
    contact: "Chiara Romano – chiara.romano@icom.example",
    chart: {
      caption: "Musei che adottano il toolkit",
      columns: ["Anno", "Musei"],
      points: [
        ["2022", 6],
        ["2023", 15],
        ["2024", 25],
      ],
    },
    pdf: true,
  },
  {
    title: "ReInHerit Toolkit V.I.T.A.: tecnologie per l'engagement inclusivo",
    summary:
      "Il toolkit V.I.T.A. raccoglie applicazioni open source per musei: riconoscimento delle opere, giochi e percorsi personalizzati che ampliano l'accessibilità e coinvolgono pubblici nuovi.",
    language: "it",
    network: ICOM,
    orgs: ["icom-italia"],
    place: "Italia",
    country: "IT",
    years: [2022, 2024],
    themes: ["museums", "audience-engagement", "accessibility", "inclusion"],
    problem: "Le tecnologie per i musei sono spesso costose, chiuse e difficili da mantenere.",
    solution: "Applicazioni open source pronte da adattare, documentate per musei piccoli e medi.",
    results:
      "Segnalato al tavolo tecnico ICOM del 22 luglio 2024 come caso di successo su accessibilità ed engagement.",
  },
  {
    title: "Tavolo tecnico «Inclusione e multichannel audience engagement»",
    summary:
      "Un tavolo tecnico facilitato con una lavagna digitale ha riunito esperti del settore culturale per individuare criticità, soluzioni e buone pratiche sull'uso del digitale per l'inclusione.",
    language: "it",
    network: ICOM,
    orgs: ["icom-italia"],
    place: "Online",
    country: "IT",
    years: [2024, 2024],
    themes: ["inclusion", "audience-engagement", "participation"],
    problem:
      "Mancano competenze strategiche sul digitale e le tecnologie adottate spesso non sono sostenibili.",
    solution:
      "Un confronto strutturato in tre fasi (criticità, soluzioni, buone pratiche) con strumenti partecipativi e un report pubblico.",
    results: "Un report scaricabile e un elenco di casi di studio per la formazione dei prossimi mesi.",
    resources: "Finanziato dal PNRR nell'ambito di ICOM Learning Center.",
    transferability: "Il formato del tavolo è riusabile da qualunque rete di istituzioni culturali.",
  },
  {
    title: "Audioguide in lingua facile al Museo Egizio",
    summary:
      "Un percorso audio scritto in lingua facile per persone con disabilità intellettiva, anziani e stranieri che imparano l'italiano.",
    language: "it",
    network: ICOM,
    orgs: ["museo-egizio"],
    place: "Torino",
    country: "IT",
    years: [2021, null],
    themes: ["accessibility", "inclusion", "museums"],
    problem: "Le audioguide tradizionali erano lunghe e ricche di termini tecnici.",
    solution: "Testi scritti con un gruppo di lettori con disabilità intellettiva e registrati da attori.",
    results: "Il percorso è usato anche da famiglie con bambini, un pubblico non previsto.",
  },
  {
    title: "Social media per musei piccoli: un piano in dieci mosse",
    summary:
      "Una guida pratica per i musei con poco personale: obiettivi, pubblici, calendario, formati, misure, in dieci passi realizzabili in poche ore a settimana.",
    language: "it",
    network: ICOM,
    orgs: ["icom-italia", "muma-museo-del-mare"],
    place: "Genova",
    country: "IT",
    years: [2023, null],
    themes: ["social-media", "museums", "audience-engagement", "digital-skills"],
    problem: "I piccoli musei aprono pagine social che poi restano ferme per mesi.",
    solution: "Dieci mosse con esempi e modelli, provate al MuMa e in altri musei della rete.",
    results:
      "I musei che hanno seguito la guida pubblicano con regolarità e rispondono ai commenti entro 48 ore.",
  },
  {
    title: "Mediatori culturali digitali per le comunità straniere",
    summary:
      "Giovani delle comunità straniere della città, formati come mediatori, creano contenuti social multilingue sulle collezioni e accompagnano le visite.",
    language: "it",
    network: ICOM,
    orgs: ["muma-museo-del-mare"],
    place: "Genova",
    country: "IT",
    years: [2022, 2024],
    themes: ["inclusion", "audience-engagement", "museums", "social-media"],
    problem: "Le comunità straniere della città non frequentavano il museo.",
    solution:
      "Un percorso di formazione retribuito per dieci mediatori e un piano di contenuti in cinque lingue.",
    results: "Visitatori dalle comunità coinvolte quadruplicati; tre mediatori assunti stabilmente.",
  },
  {
    title: "Competenze digitali per il personale museale: percorso blended",
    summary:
      "Un percorso di formazione online e in presenza sulle competenze digitali strategiche per direttori e personale dei musei, con project work sul proprio museo.",
    language: "it",
    network: ICOM,
    orgs: ["icom-italia"],
    place: "Milano",
    country: "IT",
    years: [2024, null],
    themes: ["digital-skills", "museums"],
    problem:
      "Il tavolo tecnico ha indicato la mancanza di competenze strategiche sul digitale come prima criticità.",
    solution: "Otto moduli online, due giornate in presenza, un project work valutato da tutor.",
    results: "Prima edizione con 120 partecipanti da 70 musei.",
    visibility: "network",
  },
  {
    title: "Accessible digital collections: alt text at scale",
    summary:
      "A museum wrote meaningful alternative text for 5,000 collection images by combining a style guide, trained volunteers and review by blind users.",
    language: "en",
    network: ICOM,
    orgs: ["museo-egizio"],
    place: "Turin",
    country: "IT",
    years: [2023, null],
    themes: ["accessibility", "museums", "inclusion"],
    problem:
      "The online collection had thousands of images with no text alternative or only the object's inventory number.",
    solution:
      "A short style guide, a two-hour training for volunteers, and a review step by blind and low-vision users before publication.",
    results:
      "5,000 images described in a year; screen-reader users now rate the online collection as usable.",
    lessons: "Describe what matters for the object's story, not every visual detail.",
  },
  // — URBACT Interactive Cities: civic social media and open data (seed 003)
  {
    title: "Genova Smart City: open data portal with citizens' apps",
    summary:
      "The City of Genoa publishes its data on an open portal and runs challenges where citizens and companies build apps on mobility, culture and the environment.",
    language: "en",
    network: URBACT,
    orgs: ["comune-di-genova"],
    place: "Genoa",
    country: "IT",
    years: [2014, null],
    themes: ["open-data", "smart-city", "participation"],
    problem: "Data stayed inside departments; citizens asked for services the city could not build alone.",
    solution:
      "An open data portal with a published catalogue, a yearly challenge with small prizes, and a contact person per department.",
    results: "Over 300 datasets published and a dozen apps built by local developers, some still in use.",
    transferability:
      "Works for any city with a data-owner in each department; start with the data citizens ask for.",
    website: "https://smart.comune.genova.it",
    contact: "Anna Marino – anna.marino@comune-genova.example",
    chart: {
      caption: "Datasets on the open data portal",
      columns: ["Year", "Datasets"],
      points: [
        ["2015", 60],
        ["2017", 140],
        ["2019", 210],
        ["2021", 270],
        ["2023", 310],
      ],
    },
    pdf: true,
  },
  {
    title: "Participatory storytelling with the local Instagram community",
    summary:
      "During guided visits, local Instagrammers told the city through their own photos under a shared hashtag, turning a conference into a public story of Genoa.",
    language: "en",
    network: URBACT,
    orgs: ["comune-di-genova", "muma-museo-del-mare"],
    place: "Genoa",
    country: "IT",
    years: [2015, 2015],
    themes: ["social-media", "participation", "tourism", "audience-engagement"],
    problem: "City marketing campaigns did not feel authentic to residents.",
    solution:
      "Instameets during the URBACT Interactive Cities final conference, with a hashtag and a public wall of photos.",
    results:
      "Thousands of photos under the hashtag; several reused (with permission) in the city's tourism channels.",
    lessons: "Ask for consent and licence at the moment of sharing, not afterwards.",
  },
  {
    title: "Integrated Action Plan for civic social media",
    summary:
      "Each partner city wrote an Integrated Action Plan on using social media for participation, economic development and city marketing, with actions, owners and deadlines.",
    language: "en",
    network: URBACT,
    orgs: ["comune-di-genova", "helsinki", "eindhoven"],
    place: "Genoa, Helsinki, Eindhoven",
    country: "IT",
    years: [2013, 2015],
    themes: ["social-media", "participation", "communication"],
    problem: "City social media accounts were run as press-release channels with no plan.",
    solution:
      "URBACT local groups of staff and citizens co-wrote plans with concrete actions and indicators.",
    results: "Plans adopted by the city councils; half of the actions funded within two years.",
    transferability:
      "Meets the URBACT criteria: EU relevance, participatory approach, local impact, transferability.",
  },
  {
    title: "Helsinki: city data as a public service",
    summary:
      "Helsinki publishes city data through a regional open data service and APIs, used by start-ups, researchers and other public bodies.",
    language: "en",
    network: URBACT,
    orgs: ["helsinki"],
    place: "Helsinki",
    country: "FI",
    years: [2011, null],
    themes: ["open-data", "smart-city"],
    problem: "Each municipality of the region published data differently, or not at all.",
    solution:
      "A regional service with shared licences, formats and APIs, and a small team that helps data owners.",
    results:
      "Thousands of datasets and a lively ecosystem of apps; data requests are answered in weeks, not months.",
  },
  {
    title: "Eindhoven Living Lab for smart lighting",
    summary:
      "A street in Eindhoven became a living lab where residents, companies and the city test smart lighting that adapts to people and saves energy.",
    language: "en",
    network: URBACT,
    orgs: ["eindhoven"],
    place: "Eindhoven",
    country: "NL",
    years: [2016, 2021],
    themes: ["smart-city", "participation"],
    problem: "Smart-city pilots were designed by companies without residents.",
    solution: "Residents co-design the tests and decide which data is collected and how it is used.",
    results: "Energy use down 40% on the street; a city-wide data charter adopted.",
    lessons: "A public data charter builds trust before sensors go up.",
  },
  {
    title: "Study visits: combining social media and open data",
    summary:
      "Partner cities visited each other to see how social media conversations and open data can feed each other, from live bus data to citizen reports.",
    language: "en",
    network: URBACT,
    orgs: ["comune-di-genova", "helsinki"],
    place: "Helsinki",
    country: "FI",
    years: [2014, 2014],
    themes: ["open-data", "social-media", "smart-city"],
    problem: "Social media teams and data teams worked in different departments and never met.",
    solution: "Mixed delegations of communicators and data staff on two-day study visits.",
    results: "Three cities launched joint projects between the two teams after the visits.",
  },
  {
    title: "Public event for citizens at the final conference",
    summary:
      "The network's final conference opened an evening to citizens: short talks, an exhibition of the cities' projects and a live wall of social posts.",
    language: "en",
    network: URBACT,
    orgs: ["comune-di-genova"],
    place: "Genoa",
    country: "IT",
    years: [2015, 2015],
    themes: ["participation", "communication", "audience-engagement"],
    problem: "European projects rarely talk to the citizens of the cities they are about.",
    solution: "A free evening programme in a central square, promoted on the city's channels.",
    results: "About 1,500 people attended; the exhibition travelled to two other partner cities.",
  },
  {
    title: "Mappa partecipata dei luoghi della cultura a Genova",
    summary:
      "Cittadini e associazioni segnalano su una mappa aperta i luoghi della cultura di quartiere; i dati sono pubblicati in formato aperto e riusati dal Comune.",
    language: "it",
    network: URBACT,
    orgs: ["comune-di-genova"],
    place: "Genova",
    country: "IT",
    years: [2019, null],
    themes: ["open-data", "participation", "heritage"],
    problem:
      "I luoghi della cultura diffusa (circoli, piccole biblioteche, cortili) non comparivano in nessun elenco.",
    solution: "Una mappa con moderazione leggera e un dataset aperto aggiornato ogni settimana.",
    results: "Oltre 800 luoghi segnalati; la mappa è usata per programmare eventi nei quartieri.",
  },
  // — Digital City Experts (Erasmus+, seed 004)
  {
    title: "Digital City Expert curriculum for municipal staff",
    summary:
      "A curriculum that qualifies administrative staff of small and medium municipalities as Digital City Experts, able to lead smart-city projects in their own administration.",
    language: "en",
    network: DCE,
    orgs: ["zentrum-digitale-entwicklung", "ial-marche", "tampere-university", "future-place-leadership"],
    place: "Westhausen",
    country: "DE",
    years: [2020, 2023],
    themes: ["digital-skills", "smart-city"],
    problem:
      "Municipal staff decide on digital projects but are not trained for these strategic tasks, so projects stall.",
    solution:
      "Six modules (smart-city concepts, data, procurement, participation, change management, project work), self-paced with video lessons and a MOOC.",
    results:
      "Piloted with staff of municipalities in five countries; materials available under an open licence.",
    transferability: "Modules can be taken separately; translated into German, Italian, Swedish and Finnish.",
    contact: "Project office – dce@zde.example",
    chart: {
      caption: "Staff trained per partner country",
      columns: ["Country", "Staff trained"],
      points: [
        ["DE", 48],
        ["AT", 22],
        ["SE", 31],
        ["FI", 37],
        ["IT", 54],
      ],
    },
    pdf: true,
  },
  {
    title: "Smart City Bootcamps",
    summary:
      "Intensive bootcamps where municipal employees from several countries discuss digital concepts for the future city and exchange experiences and good practices.",
    language: "en",
    network: DCE,
    orgs: ["future-place-leadership", "tampere-university"],
    place: "Tampere",
    country: "FI",
    years: [2022, 2022],
    themes: ["smart-city", "digital-skills", "participation"],
    problem: "Staff of small municipalities rarely meet peers facing the same digital challenges.",
    solution:
      "Three-day bootcamps with site visits, challenge work in mixed teams and a shared platform afterwards.",
    results:
      "Participants kept exchanging on the platform; several small projects were copied between towns.",
  },
  {
    title: "Online kick-off for a European partnership",
    summary:
      "An Erasmus+ partnership of seven organisations in five countries started with a two-day online kick-off that set roles, tools and the work plan.",
    language: "en",
    network: DCE,
    orgs: ["zentrum-digitale-entwicklung", "ial-marche"],
    place: "Online",
    country: "DE",
    years: [2020, 2020],
    themes: ["digital-skills", "participation"],
    problem: "The pandemic made the usual in-person kick-off impossible.",
    solution: "Short sessions over two days, a shared board for the work plan and an informal social hour.",
    results: "Work plan agreed in two days; the online format was kept for monthly partner meetings.",
    lessons: "Shorter sessions and a clear facilitator matter more online than in person.",
  },
  {
    title: "Percorsi di apprendimento video per i dipendenti comunali",
    summary:
      "Brevi video lezioni sottotitolate, con quiz, permettono ai dipendenti dei piccoli Comuni di formarsi sulla digitalizzazione nei tempi che hanno.",
    language: "it",
    network: DCE,
    orgs: ["ial-marche"],
    place: "Ancona",
    country: "IT",
    years: [2021, 2023],
    themes: ["digital-skills", "smart-city", "accessibility"],
    problem: "I corsi in presenza erano incompatibili con gli orari degli uffici dei piccoli Comuni.",
    solution: "Video di cinque minuti, sottotitoli e trascrizioni, quiz con spiegazione delle risposte.",
    results: "Tasso di completamento del 70%, molto più alto dei corsi online tradizionali.",
  },
  {
    title: "Smart city per i Comuni piccoli: guida alle prime scelte",
    summary:
      "Una guida per i Comuni sotto i 20.000 abitanti su come scegliere i primi progetti smart city: quali dati servono, come comprare, come coinvolgere i cittadini.",
    language: "it",
    network: DCE,
    orgs: ["ial-marche", "zentrum-digitale-entwicklung"],
    place: "Marche",
    country: "IT",
    years: [2022, null],
    themes: ["smart-city", "funding", "digital-skills"],
    problem: "I piccoli Comuni ricevono offerte di tecnologie senza sapere come valutarle.",
    solution: "Una guida con domande da porre ai fornitori, esempi di capitolato e casi di Comuni europei.",
    results: "Usata in tre corsi regionali per amministratori locali.",
  },
  {
    title: "Digital twin pilot for a small town",
    summary:
      "A small municipality built a simple digital twin of its centre from open data to plan traffic changes and explain them to residents.",
    language: "en",
    network: DCE,
    orgs: ["tampere-university"],
    place: "Tampere region",
    country: "FI",
    years: [2023, null],
    themes: ["smart-city", "open-data", "participation"],
    problem: "Residents opposed traffic changes they could not picture.",
    solution: "A 3D model from open data shown in public meetings, with scenarios residents could compare.",
    results:
      "The final plan was changed twice following residents' comments and then approved without appeals.",
  },
  {
    title: "Place leadership: co-creating the digital strategy of a town",
    summary:
      "Workshops with residents, businesses and staff produced a town's digital strategy, focused on a few services people actually asked for.",
    language: "en",
    network: DCE,
    orgs: ["future-place-leadership"],
    place: "Stockholm region",
    country: "SE",
    years: [2021, 2022],
    themes: ["smart-city", "participation", "communication"],
    problem: "Previous strategies were written by consultants and ignored.",
    solution: "Four open workshops and an online survey, with the strategy written in plain language.",
    results: "A two-page strategy with five services, three of them launched within a year.",
  },
  // — More across networks
  {
    title: "Dati aperti sugli eventi culturali comunali",
    summary:
      "Il calendario degli eventi culturali del Comune è pubblicato come dataset aperto e come feed, così portali turistici e app lo riprendono senza errori.",
    language: "it",
    network: SBCR,
    orgs: ["comune-di-frascati"],
    place: "Frascati (RM)",
    country: "IT",
    years: [2021, null],
    themes: ["open-data", "tourism", "communication"],
    problem: "Gli eventi venivano ricopiati a mano da portali e giornali, spesso con date sbagliate.",
    solution: "Un'unica fonte, il calendario del Comune, esportata in CSV e iCal con licenza aperta.",
    results:
      "Due portali regionali e una app turistica riprendono il feed; le segnalazioni di errori sono quasi sparite.",
  },
  {
    title: "Sportello digitale in biblioteca per i cittadini",
    summary:
      "Volontari e bibliotecari aiutano i cittadini a usare SPID, l'app IO e i servizi online del Comune, su appuntamento in biblioteca.",
    language: "it",
    network: SBCR,
    orgs: ["consorzio-sbcr", "comune-di-nemi"],
    place: "Nemi (RM)",
    country: "IT",
    years: [2022, null],
    themes: ["digital-skills", "inclusion", "libraries"],
    problem: "Molti anziani non riuscivano ad accedere ai servizi online del Comune.",
    solution: "Uno sportello due mattine a settimana in biblioteca, con volontari formati dal Comune.",
    results: "Oltre 900 accessi nel primo anno; richieste allo sportello anagrafe in calo.",
  },
  {
    title: "Museum podcasts co-produced with teenagers",
    summary:
      "Teenagers from local schools wrote and recorded a podcast series about the maritime museum's collections, published with transcripts.",
    language: "en",
    network: ICOM,
    orgs: ["muma-museo-del-mare"],
    place: "Genoa",
    country: "IT",
    years: [2023, 2024],
    themes: ["audience-engagement", "museums", "participation", "accessibility"],
    problem: "Teenagers were the age group least present among visitors.",
    solution:
      "A school-year project: research in the archives, script writing, recording with a local radio.",
    results:
      "Eight episodes, transcripts for deaf listeners, and a teenager-led guided tour on the launch day.",
  },
  {
    title: "Open data training for cultural heritage staff",
    summary:
      "A short course taught museum, library and archive staff to publish their catalogues as open data with clear licences and persistent identifiers.",
    language: "en",
    network: ANCI,
    orgs: ["universita-degli-studi-di-milano", "anci-lombardia"],
    place: "Milan",
    country: "IT",
    years: [2023, 2023],
    themes: ["open-data", "digital-skills", "heritage"],
    problem: "Cultural institutions wanted to open their data but did not know licences and formats.",
    solution: "Four afternoons with exercises on the participants' own data and a checklist to take home.",
    results: "Eleven institutions published at least one dataset within six months.",
  },
  {
    title: "Comunicazione dei Comuni su Telegram e WhatsApp",
    summary:
      "Canali di messaggistica comunali per allerte, scadenze ed eventi, con regole chiare su contenuti, orari e privacy.",
    language: "it",
    network: ANCI,
    orgs: ["comune-di-bergamo"],
    place: "Bergamo",
    country: "IT",
    years: [2020, null],
    themes: ["communication", "social-media"],
    problem: "Le informazioni urgenti non raggiungevano i cittadini che non usano i social tradizionali.",
    solution: "Canali ufficiali con una policy pubblica, al massimo un messaggio al giorno salvo emergenze.",
    results: "Oltre 20.000 iscritti; i messaggi di allerta sono letti dall'80% degli iscritti entro un'ora.",
  },
  {
    title: "Inclusive city tours for visually impaired visitors",
    summary:
      "Guided tours combining tactile maps, audio description and the maritime museum's touchable objects, designed with an association of blind people.",
    language: "en",
    network: URBACT,
    orgs: ["muma-museo-del-mare", "comune-di-genova"],
    place: "Genoa",
    country: "IT",
    years: [2018, null],
    themes: ["inclusion", "accessibility", "tourism", "museums"],
    problem: "City tours were not designed for blind and partially sighted people.",
    solution: "Tactile maps of the old port, trained guides and a monthly tour bookable online and by phone.",
    results: "Tours fully booked every month; the maps are lent to schools.",
  },
];
