import { DEFAULT_CHARTS } from '../model/defaults';
import { GATEWAY_API_CRDS, GATEWAY_IMPLEMENTATION_NAMES, INGRESS_NGINX_SERVICES, IngressNginxService } from '../model/endpoints';
import { isDnsLabel, isDnsName } from '../model/names';
import { HostSpec } from '../model/types';
import { oneOf } from '../model/text';
import { finding, Rule, RuleFinding, show } from './rule';

/** A choice of a Gateway we install that is none of the listed ones: what was given, and what may be. */
function gatewayChoices(endpoint: Extract<HostSpec['endpoint'], { kind: 'gateway' }>): { received: string; expected: readonly string[]; fix: string }[] {
  const choices = [
    { name: 'implementation', given: endpoint.implementation, allowed: GATEWAY_IMPLEMENTATION_NAMES, fix: 'use GatewayImplementation.ENVOY_GATEWAY or GatewayImplementation.NGINX_GATEWAY_FABRIC' },
    { name: 'service', given: endpoint.service, allowed: INGRESS_NGINX_SERVICES, fix: 'use GatewayService.LOAD_BALANCER or GatewayService.HOST_PORT' },
    { name: 'gatewayApiCrds', given: endpoint.gatewayApiCrds, allowed: GATEWAY_API_CRDS, fix: 'use GatewayApiCrds.INSTALL or GatewayApiCrds.PRESENT' },
  ];
  return choices
    .filter((choice) => choice.given !== undefined && !(choice.allowed as readonly unknown[]).includes(choice.given))
    .map((choice) => ({ received: `Gateway ${choice.name} ${show(choice.given)}`, expected: choice.allowed.map((value) => `"${value}"`), fix: choice.fix }));
}

/** What is wrong in the declaration of an existing Gateway: its passthrough not asserted, a name Kubernetes would not hold. */
function existingGatewayProblems(endpoint: Extract<HostSpec['endpoint'], { kind: 'existing-gateway' }>): { received: string; expected: string; fix: string }[] {
  const problems: { received: string; expected: string; fix: string }[] = [];
  if (endpoint.tlsPassthrough !== true)
    problems.push({
      received: `an existing Gateway with tlsPassthrough ${show(endpoint.tlsPassthrough)}`,
      expected: 'tlsPassthrough: true, asserted for a TLS listener in Passthrough mode',
      fix: 'give the Gateway a listener of protocol TLS with tls.mode Passthrough for the host’s wildcard DNS and declare tlsPassthrough: true, or use HostEndpoint.gateway()',
    });
  if (!isDnsName(endpoint.name)) problems.push({ received: `Gateway name ${show(endpoint.name)}`, expected: 'the name of a Gateway on the host (a DNS-1123 name)', fix: 'name the existing Gateway' });
  if (!isDnsLabel(endpoint.namespace))
    problems.push({ received: `Gateway namespace ${show(endpoint.namespace)}`, expected: 'a namespace name (a DNS-1123 label)', fix: 'name the namespace of the existing Gateway' });
  if (!isDnsName(endpoint.listener))
    problems.push({
      received: `Gateway listener ${show(endpoint.listener)}`,
      expected: 'the name of the Gateway’s TLS listener (a DNS-1123 name)',
      fix: 'name the listener the virtual clusters’ TLSRoutes attach to',
    });
  return problems;
}

export const CG11: Rule = {
  id: 'CG-11',
  severities: ['error', 'warning'],
  title:
    'Ingress group: every host passes TLS through to the virtual clusters: ingress-nginx or a Gateway API implementation installed by us, or an existing ingress controller or Gateway declared with passthrough asserted.',
  rationale: 'The virtual cluster’s API server terminates its own TLS; a controller that terminates TLS itself breaks client-certificate authentication and the kubeconfig.',
  remedy:
    'Use HostEndpoint.gateway() (recommended), or declare an existing Gateway with a TLS Passthrough listener (tlsPassthrough: true) or an existing ingress controller with SSL passthrough on (sslPassthrough: true); plan a move away from ingress-nginx, retired upstream.',
  check: ({ fleet }) => {
    const findings: RuleFinding[] = [];
    for (const group of fleet.groups) {
      if (group.endpointType !== 'Ingress') continue;
      for (const host of group.hosts) {
        const endpoint = host.spec.endpoint;
        // ingress-nginx we install: the host's endpoint, or the one kept beside a Gateway during a move.
        const nginx = endpoint.kind === 'ingress-nginx' ? endpoint : endpoint.kind === 'gateway' ? endpoint.keepIngressNginx : undefined;
        if (nginx && nginx.service !== undefined && !INGRESS_NGINX_SERVICES.includes(nginx.service as IngressNginxService)) {
          findings.push(
            finding({
              severity: 'error',
              path: host.spec.path,
              received: `ingress-nginx service ${show(nginx.service)}`,
              expected: oneOf(INGRESS_NGINX_SERVICES.map((service) => `"${service}"`)),
              fix: 'use IngressNginxService.LOAD_BALANCER or IngressNginxService.HOST_PORT',
            }),
          );
        }
        if (nginx) {
          findings.push(
            finding({
              severity: 'warning',
              path: host.spec.path,
              received: 'ingress-nginx, installed by us',
              expected: `a maintained controller: ingress-nginx was retired upstream (no fixes after March 2026; chart ${DEFAULT_CHARTS.ingressNginx.version} is the last)`,
              fix:
                nginx === endpoint
                  ? 'move the host to a Gateway: HostEndpoint.gateway() (README, "Moving from ingress-nginx to a Gateway")'
                  : 'point the wildcard DNS at the Gateway, then remove keepIngressNginx (README, "Moving from ingress-nginx to a Gateway")',
            }),
          );
        }
        if (endpoint.kind === 'gateway')
          for (const choice of gatewayChoices(endpoint))
            findings.push(finding({ severity: 'error', path: host.spec.path, received: choice.received, expected: oneOf(choice.expected), fix: choice.fix }));
        if (endpoint.kind === 'existing-gateway') for (const problem of existingGatewayProblems(endpoint)) findings.push(finding({ severity: 'error', path: host.spec.path, ...problem }));
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
