import { NextResponse, type NextRequest } from "next/server";

/**
 * Sends visitors without a session cookie to the login page, remembering where they were going.
 * Only a shortcut for the browser: every page and action checks the session itself.
 */
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];
const PUBLIC_PAGES = ["/login", "/signup"];

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (PUBLIC_PAGES.some((p) => pathname === p || pathname.startsWith(p + "/"))) return NextResponse.next();
  // A large session is split into "<name>.0", "<name>.1"….
  const hasSession = request.cookies.getAll().some((c) => SESSION_COOKIES.some((name) => c.name === name || c.name.startsWith(name + ".")));
  if (hasSession) return NextResponse.next();

  const login = new URL("/login", request.url);
  login.searchParams.set("callbackUrl", pathname + search);
  return NextResponse.redirect(login);
}

export const config = {
  // Pages only: not the API, not Next's own files, not anything with a file extension (favicon.ico, robots.txt…).
  matcher: ["/((?!api/|_next/|.*\\.[^/]+$).*)"],
};
