// Strings of the credentials pages (filled as the pages come).
import { registerMessages } from "../../platform/i18n/index.ts";

registerMessages({ it: {}, en: {} });
