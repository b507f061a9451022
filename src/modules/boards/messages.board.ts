// Strings of the board view's cards (IT + EN): the "Move…" and merge menus, a group's name in place, the dots, dragging and
// its undo. The columns' strings are also sent to the board's script (data-messages), which renders
// the same components in the browser (views/shared/columns.tsx).
import { registerMessages } from "../../platform/i18n/index.ts";
import { it as base } from "./messages.ts";

const it = {
  "boards.note.moveMenu": "Sposta…",
  "boards.group.tools": "Unisci «{name}» a…",
  "boards.group.nameHint": "Invio o l'uscita dal campo salvano il nome.",
  "boards.group.dragTitle": "Trascina su un altro gruppo per unirli",
  "boards.drag.moved": "Nota spostata in «{name}».",
  "boards.drag.newGroup": "Nota spostata in un gruppo a sé.",
  "boards.drag.merged": "Gruppo unito a «{name}».",
  "boards.drag.undo": "Annulla",
  "boards.drag.undone": "Spostamento annullato.",
  "boards.drag.hint": "Trascina una nota su un'altra per raggrupparle, o qui per lasciarla da sola.",
  "boards.phone.compose": "La tua nota",
  "boards.phone.column": "In quale colonna",
  "boards.phone.text": "Testo della nota",
  "boards.phone.columns": "Colonne della lavagna",
  "boards.phone.mine": "Le tue note ({n})",
  "boards.phone.mineNone": "Non hai ancora scritto note.",
};

const en: Record<keyof typeof it, string> = {
  "boards.note.moveMenu": "Move…",
  "boards.group.tools": "Merge “{name}” into…",
  "boards.group.nameHint": "Enter, or leaving the field, saves the name.",
  "boards.group.dragTitle": "Drag onto another group to merge them",
  "boards.drag.moved": "Note moved to “{name}”.",
  "boards.drag.newGroup": "Note moved to a group of its own.",
  "boards.drag.merged": "Group merged into “{name}”.",
  "boards.drag.undo": "Undo",
  "boards.drag.undone": "Move undone.",
  "boards.drag.hint": "Drag a note onto another to group them, or here to leave it on its own.",
  "boards.phone.compose": "Your note",
  "boards.phone.column": "Which column",
  "boards.phone.text": "The note's text",
  "boards.phone.columns": "The board's columns",
  "boards.phone.mine": "Your notes ({n})",
  "boards.phone.mineNone": "You have not written any notes yet.",
};

registerMessages({ it, en });

/** The keys the board's script needs to render the columns as the server does. */
export const COLUMN_KEYS = [
  ...Object.keys(base).filter((k) => /^boards\.(column|group|note)\./.test(k)),
  ...Object.keys(it),
  "boards.votesLeft",
  "boards.votesLeft.one",
];
