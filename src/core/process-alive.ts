// Whether a process of this machine is still running: for leftovers (locks, temporary files and folders) named by a process id.
export function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it runs, under another user.
    return (err as { code?: unknown }).code === "EPERM";
  }
}
