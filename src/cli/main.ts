// Entry of the `meedoen` command (bin/meedoen.mjs, or `npm run meedoen -- <args>`).
import { runCli } from './program.ts';

// `meedoen explain | head`: a reader that stops early is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await runCli(process.argv.slice(2), { env: process.env, stdout: process.stdout, stderr: process.stderr });
