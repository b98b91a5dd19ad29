import type { FieldType, Operator } from "./types";

/** Operators each type allows, in the order the UI lists them. */
export const OPERATORS_BY_TYPE: Record<FieldType, readonly Operator[]> = {
  string: ["=", "!=", "contains", "doesNotContain", "beginsWith", "doesNotBeginWith", "endsWith", "doesNotEndWith", "in", "notIn", "null", "notNull"],
  number: ["=", "!=", ">", ">=", "<", "<=", "between", "notBetween", "in", "notIn", "null", "notNull"],
  date: ["=", "!=", ">", ">=", "<", "<=", "between", "notBetween", "null", "notNull"],
  datetime: ["=", "!=", ">", ">=", "<", "<=", "between", "notBetween", "null", "notNull"],
  boolean: ["=", "!="],
  enum: ["=", "!=", "in", "notIn", "null", "notNull"],
};

/** Operators whose rule matches records the positive form does not (records without a value included). */
export const NEGATIVE: ReadonlySet<Operator> = new Set(["!=", "doesNotContain", "doesNotBeginWith", "doesNotEndWith", "notIn", "notBetween"]);

/** The positive operator a negative one negates. */
export const POSITIVE_OF: Partial<Record<Operator, Operator>> = {
  "!=": "=",
  doesNotContain: "contains",
  doesNotBeginWith: "beginsWith",
  doesNotEndWith: "endsWith",
  notIn: "in",
  notBetween: "between",
};

export const NO_VALUE: ReadonlySet<Operator> = new Set(["null", "notNull"]);
export const LIST_VALUE: ReadonlySet<Operator> = new Set(["in", "notIn"]);
export const PAIR_VALUE: ReadonlySet<Operator> = new Set(["between", "notBetween"]);

/** Labels of the operators (English; the UI translates them). */
export const OPERATOR_LABELS: Record<Operator, string> = {
  "=": "is",
  "!=": "is not",
  ">": "greater than",
  ">=": "at least",
  "<": "less than",
  "<=": "at most",
  contains: "contains",
  doesNotContain: "does not contain",
  beginsWith: "begins with",
  doesNotBeginWith: "does not begin with",
  endsWith: "ends with",
  doesNotEndWith: "does not end with",
  null: "is empty",
  notNull: "is not empty",
  in: "is one of",
  notIn: "is not one of",
  between: "between",
  notBetween: "not between",
};
