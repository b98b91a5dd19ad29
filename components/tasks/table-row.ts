import type { RecordListRow } from "@/components/records/record-list";
import type { RestTask } from "@/lib/http/serializers/tasks";

/** A task as the table shows it: the API's task plus the fields every record list reads. */
export type TaskRow = RestTask & RecordListRow;

/** Built on the server page (so not in the client table module). */
export const toTaskRow = (t: RestTask): TaskRow => ({ ...t, name: t.title, owner: t.assignee ? { ...t.assignee } : null });
