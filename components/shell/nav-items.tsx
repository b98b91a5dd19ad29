import type { ReactNode } from "react";
import type { shellMessages } from "./messages";
import {
  AccountsIcon,
  AutomationsIcon,
  BoardIcon,
  CodeIcon,
  ContactsIcon,
  DealsIcon,
  FiltersIcon,
  SettingsIcon,
  TasksIcon,
} from "@/components/ui/icons";

export type NavItem = { href: string; label: Extract<keyof (typeof shellMessages)["en"], `nav.${string}`>; icon: ReactNode };

/** The app's sections, in sidebar order. The last group sits apart, at the bottom of the list. */
export const NAV_GROUPS: NavItem[][] = [
  [
    { href: "/board", label: "nav.board", icon: <BoardIcon /> },
    { href: "/deals", label: "nav.deals", icon: <DealsIcon /> },
    { href: "/contacts", label: "nav.contacts", icon: <ContactsIcon /> },
    { href: "/accounts", label: "nav.accounts", icon: <AccountsIcon /> },
    { href: "/tasks", label: "nav.tasks", icon: <TasksIcon /> },
  ],
  [
    { href: "/filters", label: "nav.filters", icon: <FiltersIcon /> },
    { href: "/automations", label: "nav.automations", icon: <AutomationsIcon /> },
    { href: "/settings", label: "nav.settings", icon: <SettingsIcon /> },
  ],
  [{ href: "/developers", label: "nav.api", icon: <CodeIcon /> }],
];

/** True when `pathname` is `href` or below it. */
export const isActive = (pathname: string, href: string) => pathname === href || pathname.startsWith(href + "/");
