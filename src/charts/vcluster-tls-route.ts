import { GatewayRef } from './gateway-facts';
import { Values } from './merge';

/**
 * The vcluster values (chart 0.34 or later) that expose one virtual cluster's API server through
 * a Gateway: a TLSRoute for its hostname attached to the Gateway's passthrough listener (the
 * chart's route sends it to the vcluster Service on 443), its ingress off, its Service
 * ClusterIP, and the hostname as TLS SAN and kubeconfig server, as for an ingress.
 */
export function tlsRouteExposureValues(hostname: string, gateway: GatewayRef): Values {
  return {
    controlPlane: {
      tlsRoute: {
        enabled: true,
        host: hostname,
        parentRefs: [{ group: 'gateway.networking.k8s.io', kind: 'Gateway', name: gateway.name, namespace: gateway.namespace, sectionName: gateway.listener }],
      },
      ingress: { enabled: false },
      service: { spec: { type: 'ClusterIP' } },
      proxy: { extraSANs: [hostname] },
    },
    exportKubeConfig: { server: `https://${hostname}` },
  };
}
