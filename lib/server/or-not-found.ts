import { notFound } from "next/navigation";
import { isAppError } from "@/lib/errors";

/**
 * A record page's record, or the segment's not-found page when the verb says "not found" (an unknown,
 * deleted, malformed or other workspace's id). Other errors reach the error boundary.
 */
export async function orNotFound<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (e) {
    if (isAppError(e) && e.code === "not_found") notFound();
    throw e;
  }
}
