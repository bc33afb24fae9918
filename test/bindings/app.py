"""The Python twin of app.ts, through the bindings jsii-pacmak generates: the same groups, hosts,
virtual clusters and fleet, with the fleet's chooser and configurer implemented in Python.
test/bindings.test.ts synthesizes both and requires byte-identical output.
Usage: python app.py <outdir>; prints the findings of a stack with an error as JSON."""
import json
import sys

import jsii
from cdktf import App, LocalBackend, TerraformOutput, TerraformStack
from cdktf_cluster_groups import (
    ClusterGroup,
    ClusterGroups,
    Connection,
    EndpointType,
    Fleet,
    GatewayImplementation,
    HostCapacity,
    HostEndpoint,
    HostKind,
    IShardChooser,
    IStackConfigurer,
    LoadBalancerOptions,
    Sharding,
    VirtualClusterResources,
)

outdir = sys.argv[1]
context = {ClusterGroups.CONTEXT_LOCK_FILE: False, ClusterGroups.CONTEXT_QUIET: True}
capacity = HostCapacity(cpu="32", memory="128Gi", storage="1Ti")


def groups(scope):
    """A LoadBalancer group of two MetalLB hosts and an Ingress group behind NGINX Gateway Fabric; returns the virtual cluster team-a."""
    lb = ClusterGroup(scope, "Lb", name="dc-lb", endpoint_type=EndpointType.LOAD_BALANCER, tags={"team": "platform"})
    for name, pool in (("dc1", "10.1.0.16/28"), ("dc2", "10.2.0.16/28")):
        lb.add_host(
            name,
            name=name,
            kind=HostKind.PRIVATE_CLOUD,
            capacity=capacity,
            connection=Connection.kubeconfig("~/.kube/config", name),
            endpoint=HostEndpoint.metallb(address_pools=[pool]),
        )
    team_a = lb.add_virtual_cluster("TeamA", name="team-a")
    lb.add_virtual_cluster(
        "TeamB",
        name="team-b",
        resources=VirtualClusterResources(cpu="5", memory="6Gi"),
        owner="team-b",
        load_balancer=LoadBalancerOptions(source_ranges=["10.0.0.0/8"]),
    )
    web = ClusterGroup(scope, "Web", name="web", endpoint_type=EndpointType.INGRESS)
    web.add_host(
        "eu1",
        name="eu1",
        kind=HostKind.PUBLIC_CLOUD,
        capacity=capacity,
        connection=Connection.kubeconfig("~/.kube/config", "eu1"),
        endpoint=HostEndpoint.gateway(implementation=GatewayImplementation.NGINX_GATEWAY_FABRIC),
        wildcard_dns="*.apps.eu1.example.com",
    )
    web.add_virtual_cluster("Shop", name="shop")
    return team_a


@jsii.implements(IShardChooser)
class ByGroupAndKind:
    def shard_of(self, host):
        # host.kind is a HostKind member here, as it is in TypeScript.
        return f"{host.group}-{'cloud' if host.kind == HostKind.PUBLIC_CLOUD else 'private'}"


@jsii.implements(IStackConfigurer)
class LocalState:
    def configure(self, stack, shard):
        LocalBackend(stack, path=f"state/{shard}.tfstate")


app = App(outdir=outdir, context=context)
stack = TerraformStack(app, "single")
TerraformOutput(stack, "TeamAEndpoint", value=groups(stack).endpoint)

fleet = Fleet(app, "fleet", sharding=Sharding.by(ByGroupAndKind()), configure_stack=LocalState())
groups(fleet)

broken = TerraformStack(App(context=context), "broken")
ClusterGroup(broken, "Lb", name="dc-lb", endpoint_type=EndpointType.LOAD_BALANCER).add_virtual_cluster(
    "Huge", name="huge", resources=VirtualClusterResources(cpu="64")
)
# A jsii enum member in Python is named as in TypeScript (ERROR); its TypeScript value is the lower-case name.
findings = [
    {"rule": f.rule, "severity": f.severity.name.lower(), "path": f.path, "received": f.received, "expected": f.expected, "fix": f.fix, "message": f.message}
    for f in ClusterGroups.findings_of(broken)
]
print(json.dumps({"findings": findings, "synthesized": ClusterGroups.synthesize(app, set_exit_code=False)}, separators=(",", ":")))
