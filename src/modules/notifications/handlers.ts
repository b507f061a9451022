// Loaded by every role (the manifest's `events`): from here on, the kinds' handlers deliver.
import { setNotificationDelivery } from "../../platform/notifications.ts";
import { deliverNotice } from "./deliver.ts";

setNotificationDelivery(deliverNotice);
