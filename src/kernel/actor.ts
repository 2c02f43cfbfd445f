/** Who does something: the firm it is done in and the user doing it (audited with each change). */
export type Actor = { workspaceId: string; userId: string };
