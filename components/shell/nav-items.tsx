import type { ReactNode } from "react";
import {
  AccountsIcon,
  AutomationsIcon,
  BoardIcon,
  ContactsIcon,
  DealsIcon,
  FiltersIcon,
  SettingsIcon,
  TasksIcon,
} from "@/components/ui/icons";

export type NavItem = { href: string; label: string; icon: ReactNode };

/** The app's sections, in sidebar order. The last group sits apart, at the bottom of the list. */
export const NAV_GROUPS: NavItem[][] = [
  [
    { href: "/board", label: "Board", icon: <BoardIcon /> },
    { href: "/deals", label: "Deals", icon: <DealsIcon /> },
    { href: "/contacts", label: "Contacts", icon: <ContactsIcon /> },
    { href: "/accounts", label: "Accounts", icon: <AccountsIcon /> },
    { href: "/tasks", label: "Tasks", icon: <TasksIcon /> },
  ],
  [
    { href: "/filters", label: "Filters", icon: <FiltersIcon /> },
    { href: "/automations", label: "Automations", icon: <AutomationsIcon /> },
    { href: "/settings", label: "Settings", icon: <SettingsIcon /> },
  ],
];

/** True when `pathname` is `href` or below it. */
export const isActive = (pathname: string, href: string) => pathname === href || pathname.startsWith(href + "/");
