// Strings of the charts (IT + EN): the data table's disclosure, the empty state, and the pieces of the
// text alternatives (<desc>) the charts compose from their values.
import { registerMessages } from "../../i18n/index.ts";

const it = {
  "charts.data": "Dati del grafico",
  "charts.empty": "Non ci sono ancora dati da mostrare.",
  "charts.more": "e altri {n} (sono tutti nella tabella dei dati)",
  "charts.range": "da {from} a {to}",
  "charts.series": "da {first} ({firstDate}) a {last} ({lastDate}); valore più alto {max} ({maxDate})",
  "charts.histogram": "{n} valori in {bins} intervalli",
  "charts.likert.total": "Totale",
  "charts.likert.none": "nessuna risposta",
  "charts.likert.legend": "Legenda",
};

const en: typeof it = {
  "charts.data": "Chart data",
  "charts.empty": "There is no data to show yet.",
  "charts.more": "and {n} more (all of them are in the data table)",
  "charts.range": "{from} to {to}",
  "charts.series": "from {first} ({firstDate}) to {last} ({lastDate}); highest value {max} ({maxDate})",
  "charts.histogram": "{n} values in {bins} intervals",
  "charts.likert.total": "Total",
  "charts.likert.none": "no answers",
  "charts.likert.legend": "Legend",
};

registerMessages({ it, en });
