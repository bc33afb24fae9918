import { main } from './main';

// exitCode rather than process.exit(): stdout may still be flushing into a pipe.
void main(process.argv).then((code) => {
  process.exitCode = code;
});
