import { DEFAULT_CHARTS } from '../model/defaults';
import { INGRESS_NGINX_SERVICES, IngressNginxService } from '../model/endpoints';
import { isDnsName } from '../model/names';
import { oneOf } from '../model/text';
import { finding, Rule, RuleFinding, show } from './rule';

export const CG11: Rule = {
  id: 'CG-11',
  title: 'Ingress group: every host has an ingress controller with TLS (SSL) passthrough: ingress-nginx installed by us, or an existing controller declared with passthrough asserted.',
  rationale: 'The virtual cluster’s API server terminates its own TLS; a controller that terminates TLS itself breaks client-certificate authentication and the kubeconfig.',
  remedy: 'Turn SSL passthrough on in the existing controller and declare sslPassthrough: true, or use HostEndpoint.ingressNginx(); plan a move away from ingress-nginx, retired upstream.',
  check: ({ fleet }) => {
    const findings: RuleFinding[] = [];
    for (const group of fleet.groups) {
      if (group.endpointType !== 'Ingress') continue;
      for (const host of group.hosts) {
        const endpoint = host.spec.endpoint;
        if (endpoint.kind === 'ingress-nginx' && endpoint.service !== undefined && !INGRESS_NGINX_SERVICES.includes(endpoint.service as IngressNginxService)) {
          findings.push(
            finding({
              severity: 'error',
              path: host.spec.path,
              received: `ingress-nginx service ${show(endpoint.service)}`,
              expected: oneOf(INGRESS_NGINX_SERVICES.map((service) => `"${service}"`)),
              fix: 'use IngressNginxService.LOAD_BALANCER or IngressNginxService.HOST_PORT',
            }),
          );
        }
        if (endpoint.kind === 'ingress-nginx') {
          findings.push(
            finding({
              severity: 'warning',
              path: host.spec.path,
              received: 'ingress-nginx, installed by us',
              expected: `a maintained controller: ingress-nginx was retired upstream (no fixes after March 2026; chart ${DEFAULT_CHARTS.ingressNginx.version} is the last)`,
              fix: 'plan a move to another controller with TLS passthrough, declared with HostEndpoint.existingIngress(...)',
            }),
          );
        }
        if (endpoint.kind !== 'existing-ingress') continue;
        if (endpoint.sslPassthrough !== true) {
          findings.push(
            finding({
              severity: 'error',
              path: host.spec.path,
              received: `an existing ingress controller with sslPassthrough ${show(endpoint.sslPassthrough)}`,
              expected: 'sslPassthrough: true, asserted for a controller started with SSL passthrough on',
              fix: 'turn on SSL passthrough in the controller (ingress-nginx: --enable-ssl-passthrough) and declare sslPassthrough: true, or use HostEndpoint.ingressNginx()',
            }),
          );
        }
        if (!isDnsName(endpoint.className)) {
          findings.push(
            finding({
              severity: 'error',
              path: host.spec.path,
              received: `ingress class ${show(endpoint.className)}`,
              expected: 'the name of an IngressClass on the host (a DNS-1123 name)',
              fix: 'name the IngressClass of the existing controller, e.g. "nginx"',
            }),
          );
        }
      }
    }
    return findings;
  },
};
