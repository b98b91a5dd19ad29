import { createHash, randomBytes } from "node:crypto";

/** Keys are 64 characters, as document 001 promises its integrators: "rpk_" and 60 hex digits. */
export const API_KEY_PREFIX = "rpk_";
export const API_KEY_RE = /^rpk_[0-9a-f]{60}$/;

export const generateApiKey = () => API_KEY_PREFIX + randomBytes(30).toString("hex");

/** Keys carry 240 random bits, so a plain SHA-256 is enough to store them (no slow hash needed). */
export const hashApiKey = (key: string) => createHash("sha256").update(key).digest("hex");
