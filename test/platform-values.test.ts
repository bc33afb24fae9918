import { TerraformStack } from 'cdktf';
import { ClusterGroup, Connection, EndpointType, GatewayImplementation, HostEndpoint, HostKind } from '../constructs';
import { HostSpec } from '../src/model/types';
import { describeWithCharts } from './support/charts';
import { K8sObject, Rendered } from './support/helm';
import { group, host, rulesOf, run, validIngressModel, validLbModel } from './support/model';
import { only, renderStacks } from './support/render';
import { synthStacks, testApp } from './support/synth';

const metallbHost = (values: unknown): HostSpec => host({ name: 'a', endpoint: { kind: 'metallb', pools: ['10.9.0.0/28'], bgpPeers: [], values } });
const lbWith = (values: unknown, platformValues?: object) => {
  const model = validLbModel();
  return run({ ...model, groups: [group({ platformValues })], hosts: [metallbHost(values), model.hosts[1]] });
};

describe('HC-7: values for the platform charts', () => {
  it('accepts keys of the chart, in free maps any key, and our own values unchanged', () => {
    const values = { frrk8s: { enabled: false }, speaker: { ignoreExcludeLB: true, nodeSelector: { 'site/rack': 'a' }, tolerations: [{ operator: 'Exists' }] }, crds: { enabled: true } };
    expect(rulesOf(lbWith(values))).toEqual({ errors: [], warnings: [] });
    expect(rulesOf(lbWith(undefined, { metallb: { controller: { image: { repository: 'mirror.example.com/metallb/controller' } } } }))).toEqual({ errors: [], warnings: [] });
  });

  it.each([
    ['an unknown key', { speaker: { toleration: [] } }, 'metallb values with keys the chart does not have: speaker.toleration'],
    ['a key we own', { crds: { validationFailurePolicy: 'Fail' } }, 'metallb values setting keys we own: crds.validationFailurePolicy'],
    ['the speaker off', { speaker: { enabled: false } }, 'metallb values turning off speaker.enabled'],
    ['not a map', 'frrk8s: {enabled: false}', 'metallb values "frrk8s: {enabled: false}"'],
  ])('refuses %s', (_, values, received) => {
    expect(lbWith(values).errors.map((f) => [f.rule, f.received])).toEqual([['HC-7', received]]);
  });

  it("checks the group's default values too, and ingress-nginx's keys", () => {
    // The group's values reach both hosts of the group.
    expect(rulesOf(lbWith(undefined, { metallb: { nope: 1 } })).errors).toEqual(['HC-7', 'HC-7']);
    const model = validIngressModel();
    const withIngress = (values: unknown) => run({ ...model, hosts: [{ ...model.hosts[0], endpoint: { kind: 'ingress-nginx', className: 'nginx', values } }, model.hosts[1]] });
    expect(rulesOf(withIngress({ global: { image: { registry: 'mirror.example.com' } }, controller: { nodeSelector: { 'site/role': 'b' } } })).errors).toEqual([]);
    expect(withIngress({ controller: { extraArgs: { 'enable-ssl-passthrough': 'false' } } }).errors.map((f) => f.received)).toEqual([
      'ingress-nginx values setting keys we own: controller.extraArgs.enable-ssl-passthrough',
    ]);
    expect(rulesOf(withIngress({ controler: {} })).errors).toEqual(['HC-7']);
  });

  it.each([
    ['envoy-gateway', 'envoyGateway', { global: { imageRegistry: 'mirror.example.com' }, deployment: { pod: { nodeSelector: { 'site/role': 'b' } } } }, { crds: { enabled: true } }, 'crds.enabled'],
    [
      'nginx-gateway-fabric',
      'nginxGatewayFabric',
      { nginxGateway: { image: { repository: 'mirror.example.com/ngf' } } },
      { nginxGateway: { gatewayClassName: 'mine' } },
      'nginxGateway.gatewayClassName',
    ],
  ])("checks %s's values, the host's and the group's, against its chart", (implementation, groupKey, good, owned, ownedPath) => {
    const model = validIngressModel();
    const withGateway = (values: unknown, platformValues?: object) =>
      run({ ...model, groups: [{ ...model.groups[0], platformValues }], hosts: [{ ...model.hosts[0], endpoint: { kind: 'gateway', implementation, values } }, model.hosts[1]] });
    expect(rulesOf(withGateway(good)).errors).toEqual([]);
    expect(rulesOf(withGateway(undefined, { [groupKey]: good })).errors).toEqual([]);
    expect(withGateway({ nope: 1 }).errors.map((f) => [f.rule, f.received])).toEqual([['HC-7', `${implementation} values with keys the chart does not have: nope`]]);
    expect(withGateway(undefined, { [groupKey]: owned }).errors.map((f) => [f.rule, f.received])).toEqual([['HC-7', `${implementation} values setting keys we own: ${ownedPath}`]]);
    expect(withGateway('registry: x').errors.map((f) => f.rule)).toEqual(['HC-7']);
  });

  it('checks the values of the ingress-nginx kept beside a Gateway during a move, as before the move', () => {
    const model = validIngressModel();
    const moving = (values: unknown) =>
      run({ ...model, hosts: [{ ...model.hosts[0], endpoint: { kind: 'gateway', keepIngressNginx: { kind: 'ingress-nginx', className: 'nginx', values } } }, model.hosts[1]] });
    expect(rulesOf(moving({ global: { image: { registry: 'mirror.example.com' } } })).errors).toEqual([]);
    expect(moving({ controler: {} }).errors.map((f) => [f.rule, f.received])).toEqual([['HC-7', 'ingress-nginx values with keys the chart does not have: controler']]);
  });
});

describeWithCharts('values for the platform charts, as the charts render them', () => {
  let metallb: Rendered;
  let ingress: Rendered;
  let envoy: Rendered;
  let ngf: Rendered;
  beforeAll(async () => {
    const app = testApp();
    const stack = new TerraformStack(app, 's');
    const common = { kind: HostKind.EDGE, capacity: { cpu: '32', memory: '64Gi', storage: '1Ti' } };
    const lb = new ClusterGroup(stack, 'Lb', {
      name: 'lb',
      endpointType: EndpointType.LOAD_BALANCER,
      platformValues: { metallb: { controller: { image: { repository: 'mirror.example.com/metallb/controller' } } } },
    });
    lb.addHost('h', {
      ...common,
      name: 'h',
      connection: Connection.kubeconfig('~/.kube/config', 'h'),
      endpoint: HostEndpoint.metallb({
        addressPools: ['10.9.0.0/28'],
        values: { frrk8s: { enabled: false }, speaker: { ignoreExcludeLB: true, tolerations: [{ key: 'edge', operator: 'Exists', effect: 'NoSchedule' }] } },
      }),
    });
    const web = new ClusterGroup(stack, 'Web', { name: 'web', endpointType: EndpointType.INGRESS });
    web.addHost('i', {
      ...common,
      name: 'i',
      connection: Connection.kubeconfig('~/.kube/config', 'i'),
      endpoint: HostEndpoint.ingressNginx({ values: { global: { image: { registry: 'mirror.example.com' } }, controller: { nodeSelector: { 'site/role': 'ingress' } } } }),
      wildcardDns: '*.apps.example.com',
    });
    const gateways = new ClusterGroup(stack, 'Gw', {
      name: 'gw',
      endpointType: EndpointType.INGRESS,
      platformValues: { envoyGateway: { global: { imageRegistry: 'mirror.example.com' } }, nginxGatewayFabric: { nginxGateway: { image: { repository: 'mirror.example.com/ngf' } } } },
    });
    for (const [name, implementation] of [
      ['e', GatewayImplementation.ENVOY_GATEWAY],
      ['n', GatewayImplementation.NGINX_GATEWAY_FABRIC],
    ] as const)
      gateways.addHost(name, {
        ...common,
        // One edge host per group (CG-8).
        kind: HostKind.PRIVATE_CLOUD,
        name,
        connection: Connection.kubeconfig('~/.kube/config', name),
        endpoint: HostEndpoint.gateway({
          implementation,
          values:
            implementation === GatewayImplementation.ENVOY_GATEWAY
              ? { deployment: { pod: { tolerations: [{ key: 'edge', operator: 'Exists' }] } } }
              : { nginxGateway: { tolerations: [{ key: 'edge', operator: 'Exists' }] } },
        }),
        wildcardDns: `*.apps.${name}.example.com`,
      });
    const wanted = ['helm_release.metallb_h', 'helm_release.ingress_nginx_i', 'helm_release.gateway_e', 'helm_release.gateway_n'];
    const rendered = await renderStacks(synthStacks(app), (address) => wanted.includes(address));
    metallb = rendered.get('s:helm_release.metallb_h') as Rendered;
    ingress = rendered.get('s:helm_release.ingress_nginx_i') as Rendered;
    envoy = rendered.get('s:helm_release.gateway_e') as Rendered;
    ngf = rendered.get('s:helm_release.gateway_n') as Rendered;
  }, 60_000);

  it("MetalLB: no FRR DaemonSet, the speaker ignores the exclude label and tolerates the edge taint, the controller from the group's mirror; our values still win", () => {
    expect(metallb.objects.filter((o) => o.kind === 'DaemonSet').map((o) => o.metadata.name)).toEqual(['metallb-speaker']);
    const speaker = only(metallb, 'DaemonSet', 'metallb-speaker').spec.template.spec;
    expect(speaker.containers[0].args).toContain('--ignore-exclude-lb');
    expect(speaker.tolerations).toContainEqual({ key: 'edge', operator: 'Exists', effect: 'NoSchedule' });
    expect(only(metallb, 'Deployment', 'metallb-controller').spec.template.spec.containers[0].image).toMatch(/^mirror\.example\.com\/metallb\/controller:/);
    const webhooks = only(metallb, 'ValidatingWebhookConfiguration', 'metallb-webhook-configuration').webhooks as K8sObject[];
    expect(new Set(webhooks.map((w) => w.failurePolicy))).toEqual(new Set(['Ignore']));
  });

  it('ingress-nginx: the image from the mirror, the node selector, SSL passthrough still on', () => {
    const controller = ingress.objects.find((o) => o.kind === 'DaemonSet' && o.metadata.name === 'ingress-nginx-controller') as K8sObject;
    expect(controller.spec.template.spec.containers[0].image).toMatch(/^mirror\.example\.com\//);
    expect(controller.spec.template.spec.nodeSelector).toMatchObject({ 'site/role': 'ingress' });
    expect(controller.spec.template.spec.containers[0].args).toContain('--enable-ssl-passthrough=true');
  });

  it("Envoy Gateway and NGINX Gateway Fabric: the controller's image from the group's mirror, the host's toleration; our values still win", () => {
    const envoyPod = only(envoy, 'Deployment', 'envoy-gateway').spec.template.spec;
    expect(envoyPod.containers[0].image).toMatch(/^mirror\.example\.com\/envoyproxy\/gateway:/);
    expect(envoyPod.tolerations).toContainEqual({ key: 'edge', operator: 'Exists' });
    expect(envoy.objects.filter((o) => o.kind === 'CustomResourceDefinition')).toEqual([]);
    const ngfPod = (ngf.objects.find((o) => o.kind === 'Deployment') as K8sObject).spec.template.spec;
    expect(ngfPod.containers[0].image).toMatch(/^mirror\.example\.com\/ngf:/);
    expect(ngfPod.tolerations).toContainEqual({ key: 'edge', operator: 'Exists' });
    expect((ngf.objects.find((o) => o.kind === 'GatewayClass') as K8sObject).metadata.name).toBe('cluster-groups');
  });
});
