import { run } from './main';

// A reader that stops early (`| head`) closes the pipe: that ends the output, not in a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit();
    throw error;
  });
}

const result = await run(process.argv.slice(2));
process.exitCode = result.exitCode;
if (result.stdout.length > 0) process.stdout.write(`${result.stdout.join('\n')}\n`);
if (result.stderr.length > 0) process.stderr.write(`${result.stderr.join('\n')}\n`);
