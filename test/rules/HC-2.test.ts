import { host, lbWith, rulesOf } from '../support/model';

describe('HC-2 capacity', () => {
  it.each(['8GB', '-1', 'NaN', '1.5.0', '', '0'])('refuses memory %p', (memory) => {
    expect(rulesOf(lbWith((m) => ({ hosts: [host({ name: 'a', capacity: { cpu: '32', memory, storage: '1Ti' } }), m.hosts[1]] }))).errors).toContain('HC-2');
  });
  it.each(['64', '500m', '1.5', '2e3'])('accepts cpu %p', (cpu) => {
    expect(rulesOf(lbWith((m) => ({ hosts: [host({ name: 'a', capacity: { cpu, memory: '128Gi', storage: '1Ti' } }), m.hosts[1]] }))).errors).not.toContain('HC-2');
  });
});
