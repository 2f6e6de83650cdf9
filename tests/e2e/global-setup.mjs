// Builds the native runner once before the browser tests, so tests that
// compare the screen with the model's numbers do not compile inside their
// time budget.
import { execFileSync } from 'node:child_process';

export default function globalSetup() {
  execFileSync('cargo', ['build', '--quiet', '--locked', '--bin', 'prioritet-run'], { stdio: 'inherit' });
}
