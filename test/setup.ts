import { Testing } from 'cdktf';
import 'cdktf/lib/testing/adapters/jest';
// Reads CI before it is cleared below: the chart conformance tests must fail, not skip, in CI.
import './support/ci';

// CI=true freezes the placement lock (PL-1). CI machines set it, so without this the suite would
// behave differently there than here; tests of frozen mode set it themselves.
delete process.env.CI;

Testing.setupJest();
