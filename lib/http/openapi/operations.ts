import { activityOperations } from "./ops-activity";
import { automationOperations } from "./ops-automations";
import { boardOperations } from "./ops-board";
import { coreOperations } from "./ops-core";
import { dealOperations } from "./ops-deals";
import { leadOperations } from "./ops-leads";
import { queryOperations } from "./ops-query";
import { recordOperations } from "./ops-records";
import { settingsOperations } from "./ops-settings";
import { taskOperations } from "./ops-tasks";
import type { Operation } from "./types";

/** Every documented operation. A test checks that each route handler under app/api appears here. */
export const operations: Operation[] = [
  ...coreOperations,
  ...activityOperations,
  ...automationOperations,
  ...boardOperations,
  ...dealOperations,
  ...leadOperations,
  ...queryOperations,
  ...recordOperations,
  ...settingsOperations,
  ...taskOperations,
];
