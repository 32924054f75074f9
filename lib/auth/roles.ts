// Who may do what. Roles are ordered: an admin can do everything an editor can, an editor everything a
// viewer can. Kept as data so the CLI, the guards and the UI agree on one list.
export const ROLES = ["viewer", "editor", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const roleLabel: Record<Role, string> = { viewer: "قارئ", editor: "محرر", admin: "مسؤول" };

export const isRole = (v: unknown): v is Role => typeof v === "string" && (ROLES as readonly string[]).includes(v);

/** Whether `role` includes the rights of `needed`. */
export function roleAllows(role: string, needed: Role): boolean {
  return isRole(role) && ROLES.indexOf(role) >= ROLES.indexOf(needed);
}
