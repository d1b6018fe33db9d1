/** Next.js calls this once per server process at start-up. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  // The delivery cache answers hits before Next routes the request (src/delivery/cache/fastPath.ts).
  const { installFastPath } = await import('./delivery/cache/fastPath')
  installFastPath()
}
