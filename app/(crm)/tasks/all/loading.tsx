// The table's shape while it loads (the shell's list skeleton, not the to-do list's groups).
export { default } from "../../loading";
