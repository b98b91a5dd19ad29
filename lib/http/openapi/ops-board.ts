import { BoardColumnQuery, BoardFilters, ListDealsQuery, MoveDeal } from "@/lib/deals/schemas";
import { RestDealPage } from "@/lib/http/serializers/deals-rest";
import { BoardColumnPageEnvelope, BoardEnvelope, MovedDealEnvelope } from "@/lib/http/serializers/board";
import { ApiError } from "./schemas";
import type { Operation } from "./types";

const err = (description: string) => ({ description, schema: ApiError });

/** The pipeline board, card moves and the REST list and delete of deals (beyond the documents). */
export const boardOperations: Operation[] = [
  {
    method: "get",
    path: "/api/deals",
    tag: "Deals",
    summary: "List deals (REST: paging, sort, search, filters; camelCase)",
    description: "Search covers the deal's name, its account's name and its primary contact's name and email. Sortable: name, amount, status, probability, expectedCloseDate, createdAt, modifiedAt, stageChangedAt (default -createdAt).",
    query: ListDealsQuery,
    responses: { 200: { description: "A page of deals and the total", schema: RestDealPage }, 400: err("Invalid query") },
  },
  {
    method: "delete",
    path: "/api/deals/{id}",
    tag: "Deals",
    summary: "Delete a deal (soft)",
    responses: { 204: { description: "Deleted", empty: true }, 403: err("Not the owner, a manager or an admin"), 404: err("Not found") },
  },
  {
    method: "get",
    path: "/api/board",
    tag: "Board",
    summary: "A pipeline's board: its stages in order, each with count, totals per currency, weighted totals and its first cards",
    description: "Only what the cards show. `limit` cards per column (default 50); page a column with GET /api/board/column.",
    query: BoardFilters,
    responses: { 200: { description: "The board", schema: BoardEnvelope }, 400: err("Invalid filter") },
  },
  {
    method: "get",
    path: "/api/board/column",
    tag: "Board",
    summary: "The next cards of one column (pass the column's nextCursor)",
    query: BoardColumnQuery,
    responses: { 200: { description: "A page of cards", schema: BoardColumnPageEnvelope }, 400: err("Invalid query") },
  },
  {
    method: "post",
    path: "/api/deals/{id}/move",
    tag: "Board",
    summary: "Move a deal to a stage, after a given card of that column (or at its top)",
    description: "Writes one row whatever the column size. Entering a won or lost stage sets the status and the close date; a lost stage keeps `lossReason`.",
    body: MoveDeal,
    responses: { 200: { description: "Where the deal now is", schema: MovedDealEnvelope }, 400: err("Invalid input"), 404: err("No such deal") },
  },
];
