import { main } from './main';

// A reader that stops early (`| head`) closes the pipe: that is not an error of ours.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

// exitCode rather than process.exit(): stdout may still be flushing into a pipe.
void main(process.argv).then((code) => {
  process.exitCode = code;
});
