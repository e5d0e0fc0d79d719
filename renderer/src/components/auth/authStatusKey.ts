/** The query of who is signed in: asked at start (api/earlyReads), then by the sign-in gate. */
export const AUTH_STATUS_KEY = ['auth:status'] as const;
