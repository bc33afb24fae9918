import { Testing } from 'cdktf';
import 'cdktf/lib/testing/adapters/jest';

// CI=true freezes the placement lock (PL-1). CI machines set it, so without this the suite would
// behave differently there than here; tests of frozen mode set it themselves.
delete process.env.CI;

Testing.setupJest();
